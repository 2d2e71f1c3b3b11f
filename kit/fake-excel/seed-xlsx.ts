import ExcelJS from 'exceljs';
import { SEED_SHEET, seedRows } from './seed-sheet';

/** The notes sheet of the contract's commune workbook. */
export const NOTES_SHEET = 'Ghi chú';

/** The contract's commune workbook as an .xlsx file (the same sheets as kit/fake-excel/seed-workbook). */
export async function seedXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const plan = wb.addWorksheet(SEED_SHEET);
  seedRows().forEach((line, r) =>
    line.forEach((value, c) => {
      if (value === null) return;
      const cell = plan.getCell(r + 1, c + 1);
      cell.value = value;
      if (r >= 3 && (c === 6 || c === 7)) cell.numFmt = '0%';
    }),
  );
  plan.mergeCells('A1:H1');
  const notes = wb.addWorksheet(NOTES_SHEET);
  notes.getCell('A1').value = 'Ghi chú của Phòng Văn hóa - Xã hội';
  notes.getCell('A2').value = 'Số liệu gửi trước ngày 18 hằng tháng.';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
