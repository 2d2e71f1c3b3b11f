import type { CellStyle, PageMargins } from '../writing/write-plan';

/** Nghị định 30/2020/NĐ-CP, Phụ lục I: Times New Roman; body text 13–14 pt. */
export const FONT_NAME = 'Times New Roman';
export const REPORT_FONT = { name: FONT_NAME, size: 13 };
/** The appendix's table: 11 pt, so its eleven columns fit an A4 landscape page without shrinking. */
export const APPENDIX_FONT = { name: FONT_NAME, size: 11 };

/** Top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm; the page number 10 mm from the top edge. */
export const DECREE_MARGINS: PageMargins = { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 };

/** The height in points A4 leaves inside the decree's top and bottom margins. */
export function printableHeight(orientation: 'portrait' | 'landscape'): number {
  const mm = (orientation === 'portrait' ? 297 : 210) - DECREE_MARGINS.top - DECREE_MARGINS.bottom;
  return (mm * 72) / 25.4;
}

/** The body's name ("ỦY BAN NHÂN DÂN / XÃ …"): capitals, bold, 12–13 pt. */
export const BODY_NAME: CellStyle = { bold: true, fontSize: 13, horizontal: 'center', vertical: 'middle' };
/** Quốc hiệu: capitals, bold, 12–13 pt. */
export const NATIONAL_NAME: CellStyle = { bold: true, fontSize: 12, horizontal: 'center', vertical: 'middle' };
/** Tiêu ngữ: bold, 13–14 pt. */
export const MOTTO: CellStyle = { bold: true, fontSize: 13, horizontal: 'center', vertical: 'middle' };
export const NUMBER_LINE: CellStyle = { fontSize: 13, horizontal: 'center', vertical: 'middle' };
/** Place and date: italic, 13–14 pt. */
export const PLACE_DATE: CellStyle = { italic: true, fontSize: 14, horizontal: 'center', vertical: 'middle', wrap: true };
/** "BÁO CÁO" and the trích yếu: bold, 13–14 pt. */
export const DOC_TYPE: CellStyle = { bold: true, fontSize: 14, horizontal: 'center', vertical: 'middle' };
export const DOC_SUMMARY: CellStyle = { bold: true, fontSize: 14, horizontal: 'center', vertical: 'middle', wrap: true };
export const RECIPIENT: CellStyle = { fontSize: 14, horizontal: 'center', vertical: 'middle', wrap: true };
/** The content: 13–14 pt, justified. */
export const PARAGRAPH: CellStyle = { fontSize: 13, horizontal: 'justify', vertical: 'top', wrap: true };
export const HEADING: CellStyle = { bold: true, fontSize: 13, vertical: 'middle', wrap: true };
export const SUBHEADING: CellStyle = { bold: true, italic: true, fontSize: 13, vertical: 'middle', wrap: true };
export const TABLE_HEAD: CellStyle = { bold: true, fontSize: 12, horizontal: 'center', vertical: 'middle', wrap: true, border: true };
export const CELL: CellStyle = { fontSize: 12, border: true, vertical: 'top', wrap: true };
export const NUMBER: CellStyle = { fontSize: 12, border: true, vertical: 'top', horizontal: 'center' };
export const TOTAL_CELL: CellStyle = { ...CELL, bold: true };
export const TOTAL_NUMBER: CellStyle = { ...NUMBER, bold: true };
/** "Nơi nhận:": 12 pt, bold italic; its entries 11 pt. */
export const RECIPIENTS_HEAD: CellStyle = { bold: true, italic: true, fontSize: 12, vertical: 'top' };
export const RECIPIENTS_ITEM: CellStyle = { fontSize: 11, vertical: 'top', wrap: true };
/** The signer's office: capitals, bold, 13–14 pt; the name bold, 13–14 pt. */
export const SIGNER_TITLE: CellStyle = { bold: true, fontSize: 13, horizontal: 'center', vertical: 'top', wrap: true };
export const SIGNER_NAME: CellStyle = { bold: true, fontSize: 14, horizontal: 'center', vertical: 'middle' };

/** The appendix. */
export const APPENDIX_TITLE: CellStyle = { bold: true, fontSize: 13, horizontal: 'center', vertical: 'middle', wrap: true };
export const APPENDIX_NOTE: CellStyle = { italic: true, fontSize: 13, horizontal: 'center', vertical: 'middle', wrap: true };
export const APPENDIX_HEAD: CellStyle = { bold: true, fontSize: 11, horizontal: 'center', vertical: 'middle', wrap: true, border: true, fill: '#F2F2F2' };
export const APPENDIX_CELL: CellStyle = { fontSize: 11, border: true, vertical: 'top', wrap: true };
export const APPENDIX_NUMBER: CellStyle = { fontSize: 11, border: true, vertical: 'top', horizontal: 'center' };
export const APPENDIX_GROUP: CellStyle = { bold: true, fontSize: 11, border: true, vertical: 'top', wrap: true };

/** The history sheet's header. */
export const HISTORY_HEAD: CellStyle = { bold: true, fill: '#DDEBF7', horizontal: 'center', vertical: 'middle', wrap: true, border: true };

export const STATUS_COLORS = {
  met: { fill: '#C6EFCE', fontColor: '#006100' },
  not_met: { fill: '#FFC7CE', fontColor: '#9C0006' },
  no_data: { fill: '#FFEB9C', fontColor: '#9C5700' },
  invalid: { fill: '#D9D9D9', fontColor: '#404040' },
} as const;
