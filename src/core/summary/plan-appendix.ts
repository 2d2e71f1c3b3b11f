/**
 * The report's appendix, "Phụ lục: chi tiết từng chỉ tiêu" (A4 landscape):
 * one row per indicator under its pillar, every figure a number with its
 * format, the table's header repeated on each printed page. No merged cell
 * inside the table, so it can be filtered and sorted.
 */
import type { YearMonth } from '../months';
import type { CellStyle, SheetPlan } from '../writing/write-plan';
import { statusLabel } from '../status/labels';
import type { IndicatorStatus } from '../status/month-status';
import { DocumentBuilder, type Piece } from './document-builder';
import { type DocumentParts, monthWords } from './settings';
import * as S from './styles';
import type { SummaryModel } from './types';
import { actualCell, deltaCell, progressCell, statusText, type ValueCell } from './value-cells';

/**
 * STT, indicator, target, last month, this month, change, gap, progress,
 * status, owner, deadline: 688 pt, inside the 714 pt A4 landscape leaves
 * within the decree's margins.
 */
const COLUMNS = [28, 150, 84, 48, 48, 58, 58, 36, 56, 76, 46];
const LAST = COLUMNS.length - 1;
const HEAD = ['STT', 'Chỉ tiêu', 'Chỉ tiêu năm', 'Tháng trước', 'Tháng này', 'Thay đổi so với tháng trước', 'Chênh lệch so với chỉ tiêu', 'Tiến độ', 'Tình trạng', 'Đơn vị chủ trì', 'Thời hạn'];
const STATUS_COL = 8;
/** The STT column's cells, centred. */
const ID_CELL: CellStyle = { ...S.APPENDIX_CELL, horizontal: 'center' };

export function planAppendix(model: SummaryModel, ym: YearMonth, parts: DocumentParts, sheet: string, mode: SheetPlan['mode']): SheetPlan {
  const first = appendixRows(model, ym, parts, COLUMNS);
  const columns = first.rows.fitted(1, 110);
  const { rows: b, head } = columns.every((w, i) => w === COLUMNS[i]) ? first : appendixRows(model, ym, parts, columns);
  const columnPoints: Record<number, number> = {};
  columns.forEach((w, i) => (columnPoints[i] = w));
  return {
    sheet,
    mode,
    blocks: [b.block()],
    merges: b.merges,
    columnPoints,
    heights: b.heights,
    pageBreaks: b.pageBreaks(S.printableHeight('landscape'), b.heights[head] ?? 0),
    font: S.APPENDIX_FONT,
    conditionalFormats: b.conditionalFormats,
    freezeRows: head + 1,
    print: {
      orientation: 'landscape',
      paper: 'A4',
      fitToWidth: false,
      repeatRows: { first: head, last: head },
      margins: S.DECREE_MARGINS,
      centerHorizontally: true,
      pageNumbers: { fontName: S.FONT_NAME, fontSize: 13 },
    },
    // The token and hash are set by planMonthlySummary once the sheet is laid out.
    own: { kind: 'appendix', month: model.month, token: '' },
  };
}

function appendixRows(model: SummaryModel, ym: YearMonth, parts: DocumentParts, columns: number[]): { rows: DocumentBuilder; head: number } {
  const b = new DocumentBuilder(columns, S.APPENDIX_FONT);
  b.text('Phụ lục', S.APPENDIX_TITLE);
  b.text(`KẾT QUẢ THỰC HIỆN TỪNG CHỈ TIÊU CHUYỂN ĐỔI SỐ ${monthWords(ym).toLocaleUpperCase('vi')}`, S.APPENDIX_TITLE);
  const number = parts.reference ?? '         /BC-UBND';
  b.text(`(Kèm theo Báo cáo số ${number} ngày ${parts.dateShort} của ${parts.bodyName})`, S.APPENDIX_NOTE);
  b.space(8);
  const head = b.row(HEAD.map((value, at) => ({ at, cell: { value, style: S.APPENDIX_HEAD } })));
  const first = b.nextRow;
  let group: string | null = null;
  const labels = new Set<string>();
  for (const i of model.indicators) {
    if (i.group && i.group !== group) {
      const row = b.row(COLUMNS.map((_, at) => ({ at, cell: { value: at === 1 ? i.group : null, style: S.APPENDIX_GROUP } })));
      b.keep(row, row + 1);
    }
    group = i.group;
    const status = statusText(i);
    labels.add(status);
    b.row([
      { at: 0, cell: { value: i.id ?? '', style: ID_CELL } },
      { at: 1, cell: { value: i.name.replace(/\s+/g, ' ').trim(), style: S.APPENDIX_CELL } },
      { at: 2, cell: { value: i.target.text.replace(/\s+/g, ' ').trim(), style: S.APPENDIX_CELL } },
      piece(3, actualCell(i.previous, i.target, S.APPENDIX_NUMBER)),
      piece(4, actualCell(i.actual, i.target, S.APPENDIX_NUMBER)),
      piece(5, deltaCell(i.change, i.target, S.APPENDIX_NUMBER)),
      piece(6, deltaCell(i.gap, i.target, S.APPENDIX_NUMBER)),
      piece(7, progressCell(i.progress, S.APPENDIX_NUMBER)),
      { at: STATUS_COL, cell: { value: status, style: S.APPENDIX_CELL } },
      { at: 9, cell: { value: i.owner ?? '', style: S.APPENDIX_CELL } },
      { at: LAST, cell: { value: i.deadline ?? '', style: S.APPENDIX_CELL } },
    ]);
  }
  // Each status in its colour, for the labels the table holds (a strict bound's "Chưa đạt — cần trên 80%" too).
  const range = `I${first}:I${Math.max(first, b.nextRow - 1)}`;
  for (const status of ['met', 'not_met', 'no_data', 'invalid'] as const) {
    const plain = statusLabel(status, 'vi');
    for (const label of [...labels].filter((l) => l === plain || (status === 'not_met' && l.startsWith(`${plain} —`)))) {
      b.conditionalFormats.push({ range, textEquals: label, ...S.STATUS_COLORS[status] });
    }
  }
  unreadable(b, model.indicators.filter((i) => i.status === 'invalid'));
  return { rows: b, head };
}

/**
 * Below the table: why each unreadable result could not be read, so the owner
 * can correct the cell. It stays on the page of the table's last rows: a page
 * of its own would start with the table's repeated header above it.
 */
function unreadable(b: DocumentBuilder, list: IndicatorStatus[]): void {
  if (list.length === 0) return;
  const last = b.nextRow - 1;
  b.space(10);
  const title = b.text('Số liệu chưa đọc được (cần kiểm tra và ghi lại):', { ...S.APPENDIX_GROUP, border: false }, 0, LAST);
  const head = b.row([
    { at: 0, cell: { value: 'STT', style: S.APPENDIX_HEAD } },
    { at: 1, cell: { value: 'Chỉ tiêu', style: S.APPENDIX_HEAD } },
    { at: 2, to: LAST, cell: { value: 'Lý do', style: S.APPENDIX_HEAD } },
  ]);
  b.keep(title, head + 1);
  for (const i of list) {
    b.row([
      { at: 0, cell: { value: i.id ?? '', style: ID_CELL } },
      { at: 1, cell: { value: i.name.replace(/\s+/g, ' ').trim(), style: S.APPENDIX_CELL } },
      { at: 2, to: LAST, cell: { value: i.reason?.vi.replace(/\s+/g, ' ').trim() ?? '', style: S.APPENDIX_CELL } },
    ]);
  }
  b.keep(last, b.nextRow - 1);
}

function piece(at: number, v: ValueCell): Piece {
  return { at, cell: v.cell, shows: v.shows };
}

