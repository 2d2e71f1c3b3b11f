import type { CellStyle } from '../plan/write-plan';

export const TITLE: CellStyle = { bold: true, fontSize: 14, horizontal: 'center' };
export const HEADING: CellStyle = { bold: true, fontSize: 12 };
export const CENTER_BOLD: CellStyle = { bold: true, horizontal: 'center' };
export const TABLE_HEAD: CellStyle = { bold: true, fill: '#DDEBF7', horizontal: 'center', vertical: 'middle', wrap: true, border: true };
export const CELL: CellStyle = { border: true, vertical: 'top', wrap: true };
export const NOTE: CellStyle = { italic: true, fontColor: '#595959' };

export const STATUS_COLORS = {
  met: { fill: '#C6EFCE', fontColor: '#006100' },
  not_met: { fill: '#FFC7CE', fontColor: '#9C0006' },
  no_data: { fill: '#FFEB9C', fontColor: '#9C5700' },
  invalid: { fill: '#D9D9D9', fontColor: '#404040' },
} as const;

export const PERCENT = '0.0%';
export const SCORE = '0.00';
