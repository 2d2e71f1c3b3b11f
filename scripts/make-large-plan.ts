/**
 * Writes a generated plan of N indicators × 12 month columns, for trying the add-in
 * on a large workbook by hand (TESTING.md): npx tsx scripts/make-large-plan.ts 10000 out/ke-hoach-lon.xlsx
 */
import { mkdirSync } from 'fs';
import { dirname } from 'path';
import { writePlan } from '../kit/plans/large-plan';

const count = Number(process.argv[2] ?? 10_000);
const path = process.argv[3] ?? `out/ke-hoach-${count}.xlsx`;
if (!Number.isInteger(count) || count < 1) {
  console.error('Cách dùng / usage: npx tsx scripts/make-large-plan.ts <số chỉ tiêu> [tệp.xlsx]');
  process.exit(2);
}
mkdirSync(dirname(path), { recursive: true });
void writePlan(path, count).then(() => console.log(`Đã ghi ${count} chỉ tiêu vào ${path} / wrote ${count} indicators to ${path}`));
