/** The host-qualified id of a worksheet (Worksheet.id), as the own-sheet record keeps it. */
export function excelSheetId(id: string): string {
  return `excel:${id}`;
}
