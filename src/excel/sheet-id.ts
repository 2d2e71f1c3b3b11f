/** The prefix of Excel's sheet ids in the own-sheet record. */
export const EXCEL_ID = 'excel:';

/** The host-qualified id of a worksheet (Worksheet.id), as the own-sheet record keeps it. */
export function excelSheetId(id: string): string {
  return `${EXCEL_ID}${id}`;
}
