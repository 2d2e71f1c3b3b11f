/**
 * Where things sit on a unit's form ("Phiếu báo cáo tháng"): the writer puts
 * them there and the merge reads them back from there. Input cells are the
 * result, the evidence (document number, date, title or link) and a note.
 */
export const FORM_SHEET = 'Phiếu báo cáo';
/** 1-based rows. */
export const FORM_HEADER_ROW = 5;
export const FORM_FIRST_ROW = 6;

/** 0-based columns. */
export const FORM_COL = {
  id: 0,
  name: 1,
  target: 2,
  unit: 3,
  previous: 4,
  result: 5,
  docNumber: 6,
  docDate: 7,
  docTitle: 8,
  note: 9,
} as const;

export const FORM_INPUT_COLS: readonly number[] = [FORM_COL.result, FORM_COL.docNumber, FORM_COL.docDate, FORM_COL.docTitle, FORM_COL.note];
export const FORM_WIDTHS: readonly number[] = [7, 48, 22, 9, 12, 14, 16, 12, 36, 24];

export function formHeader(monthLabel: string): string[] {
  return [
    'STT',
    'Chỉ tiêu',
    'Chỉ tiêu năm',
    'Đơn vị tính',
    'Tháng trước',
    `Kết quả tháng ${monthLabel}`,
    'Số, ký hiệu văn bản kiểm chứng',
    'Ngày văn bản',
    'Trích yếu văn bản hoặc đường dẫn',
    'Ghi chú',
  ];
}
