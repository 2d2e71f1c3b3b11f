import { FakeWorkbook } from './fake-workbook';
import { SEED_SHEET, seedRows } from './seed-sheet';

/** A workbook like a commune's: the plan appendix (with `rows` indicator lines), and a sheet of notes. */
export function seedWorkbook(rows?: number): FakeWorkbook {
  const workbook = new FakeWorkbook();
  const plan = workbook.addSheet(SEED_SHEET, seedRows(rows));
  // Shares typed as 0.7 and shown as 70%.
  for (const [row] of seedRows(rows).entries()) {
    if (row >= 3) {
      plan.own(row, 6).numberFormat = '0%';
      plan.own(row, 7).numberFormat = '0%';
    }
  }
  plan.merges.push({ top: 0, left: 0, bottom: 0, right: 7 });
  workbook.addSheet('Ghi chú', [['Ghi chú của Phòng Văn hóa - Xã hội'], ['Số liệu gửi trước ngày 18 hằng tháng.']]);
  return workbook;
}
