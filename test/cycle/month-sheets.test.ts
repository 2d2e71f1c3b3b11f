/**
 * A tracker kept one sheet per month (last month's sheet copied and refilled):
 * the forms carry the month's sheet's indicators, and the merge writes into
 * that sheet only, its evidence beside its result column.
 */
import { readdirSync } from 'fs';
import { join } from 'path';
import { dtiAt } from '../helpers/run-dti';
import { readWorkbook, tempDir, writeWorkbook } from '../helpers/workbook';

const HEADER = ['STT', 'Chỉ tiêu', 'Đơn vị chủ trì', 'Chỉ tiêu năm 2026', 'Kết quả'];
const month = (title: string, results: [string | null, string | null, string | null]) => [
  [title],
  HEADER,
  ['1', 'Tỷ lệ người dân có tài khoản định danh điện tử mức 2', 'Công an xã', '80%', results[0]],
  ['2', 'Tỷ lệ người dân có hồ sơ sức khỏe điện tử', 'Trạm Y tế', '70%', results[1]],
  ['3', 'Tỷ lệ trạm y tế dùng bệnh án điện tử', 'Trạm Y tế', '100%', results[2]],
];

test('forms and merge on month sheets', async () => {
  const tracker = await writeWorkbook({
    T10: month('KẾT QUẢ THỰC HIỆN THÁNG 10/2026', ['75%', '55%', '50%']),
    T11: month('KẾT QUẢ THỰC HIỆN THÁNG 11/2026', ['78%', null, null]),
  }, 'theo-thang.xlsx');
  const dir = tempDir();
  const at = new Date(2026, 10, 19);
  expect((await dtiAt(at, 'forms', tracker, '--month', '2026-11', '--out-dir', join(dir, 'phieu'))).code).toBe(0);
  expect(readdirSync(join(dir, 'phieu')).sort()).toEqual(['Phieu-T11-2026-Cong-an-xa.xlsx', 'Phieu-T11-2026-Tram-y-te.xlsx']);

  const form = join(dir, 'phieu', 'Phieu-T11-2026-Tram-y-te.xlsx');
  const wb = await readWorkbook(form);
  const ws = wb.worksheets[0]!;
  // Last month's values come from last month's sheet.
  expect([ws.getCell('B6').value, ws.getCell('E6').value, ws.getCell('E7').value]).toEqual(['Tỷ lệ người dân có hồ sơ sức khỏe điện tử', '55%', '50%']);
  ws.getCell('F6').value = 0.6;
  ws.getCell('I6').value = 'Báo cáo 07/BC-TYT';
  await wb.xlsx.writeFile(form);

  const out = join(dir, 'ra.xlsx');
  const run = await dtiAt(at, 'merge', tracker, form, '--month', '2026-11', '--out', out);
  expect(run.code).toBe(0);
  const merged = await readWorkbook(out);
  const t11 = merged.getWorksheet('T11')!;
  expect([t11.getCell('E4').value, t11.getCell('E5').value, t11.getCell('F2').value, t11.getCell('F4').value]).toEqual([0.6, null, 'Minh chứng 11/2026', 'Báo cáo 07/BC-TYT']);
  // The evidence column leaves the month sheets one plan: the month is still read from T11 alone, with the merged figure.
  const summary = JSON.parse((await dtiAt(at, 'summary', out, '--month', '2026-11', '--json')).out);
  expect(summary.indicators.map((i: { sheet: string; actual: number | null }) => [i.sheet, i.actual])).toEqual([['T11', 0.78], ['T11', 0.6], ['T11', null]]);
  expect(summary.cycle.metWithoutEvidence).toEqual([]);
  expect(summary.cycle.units.map((u: { unit: string; state: string }) => [u.unit, u.state])).toEqual([['Công an xã', 'waiting'], ['Trạm Y tế', 'on_time']]);
  const t10: unknown[] = [];
  merged.getWorksheet('T10')!.eachRow((row) => row.eachCell((c) => t10.push(c.value)));
  expect(t10).toEqual(month('KẾT QUẢ THỰC HIỆN THÁNG 10/2026', ['75%', '55%', '50%']).flat().filter((v) => v !== null));
});
