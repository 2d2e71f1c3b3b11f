/**
 * What `dti forms` and `dti merge` refuse before writing anything, and the two
 * kinds of disagreement a merge meets: two units' forms for one shared
 * indicator, and a form made from another tracker.
 */
import { copyFileSync, existsSync, readFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { dtiAt } from '../helpers/run-dti';
import { readWorkbook, tempDir, writeWorkbook } from '../helpers/workbook';

const SAMPLE = join(__dirname, '../../samples/dti-sample.xlsx');
const AT = new Date(2026, 10, 12);

async function fill(path: string, cells: Record<string, ExcelJS.CellValue>): Promise<void> {
  const wb = await readWorkbook(path);
  for (const [address, value] of Object.entries(cells)) wb.worksheets[0]!.getCell(address).value = value;
  await wb.xlsx.writeFile(path);
}

/** A tracker with month columns where one indicator is owned by two units. */
async function sharedTracker(): Promise<string> {
  return writeWorkbook(
    {
      'Kế hoạch': [
        ['STT', 'Chỉ tiêu', 'Đơn vị chủ trì', 'Chỉ tiêu năm 2026', 'T10/2026', 'T11/2026'],
        ['1', 'Tỷ lệ người dân có kỹ năng số cơ bản', 'Công an xã; Trạm Y tế', '60%', '50%', null],
        ['2', 'Tỷ lệ hồ sơ khám chữa bệnh điện tử', 'Trạm Y tế', '90%', '80%', null],
      ],
    },
    'so-chung.xlsx',
  );
}

describe('refused before anything is written', () => {
  test.each([
    [['forms', 'T.xlsx', '--month', '2026-11'], 'Thiếu thư mục ghi phiếu: --out-dir'],
    [['merge', 'T.xlsx', 'F.xlsx', '--month', '2026-11'], 'Thiếu tệp kết quả: --out'],
    [['merge', 'T.xlsx', '--month', '2026-11', '--out', 'O.xlsx'], 'Thiếu tệp phiếu'],
    [['merge', 'T.xlsx', 'F.xlsx', '--month', '2026-11', '--out', 'O.xlsx', '--prefer', 'so'], '--prefer chỉ nhận "form"'],
    [['forms', 'T.xlsx', '--month', '2026-11', '--out-dir', 'd', '--han-nop', '40'], '--han-nop "40" không hợp lệ'],
  ])('%j', async (args, said) => {
    const run = await dtiAt(AT, ...args);
    expect(run.code).toBe(2);
    expect(run.err).toContain(said);
  });

  test('--out naming one of the forms is refused, and the form is unchanged', async () => {
    const dir = tempDir();
    const tracker = join(dir, 'so.xlsx');
    copyFileSync(SAMPLE, tracker);
    await dtiAt(AT, 'forms', tracker, '--month', '2026-11', '--out-dir', dir);
    const form = join(dir, 'Phieu-T11-2026-Cong-an-xa.xlsx');
    const before = readFileSync(form);
    const run = await dtiAt(AT, 'merge', tracker, form, '--month', '2026-11', '--out', form, '--force');
    expect(run.code).toBe(2);
    expect(readFileSync(form).equals(before)).toBe(true);
  });
});

describe('disagreements', () => {
  test('two units giving different figures for the indicator they share: a conflict naming both forms; --prefer form takes the later', async () => {
    const tracker = await sharedTracker();
    const dir = tempDir();
    await dtiAt(AT, 'forms', tracker, '--month', '2026-11', '--out-dir', dir);
    const police = join(dir, 'Phieu-T11-2026-Cong-an-xa.xlsx');
    const health = join(dir, 'Phieu-T11-2026-Tram-y-te.xlsx');
    await fill(police, { F6: 0.55 });
    await fill(health, { F6: 0.58, F7: 0.85 });
    const out = join(dir, 'ra.xlsx');
    const stopped = await dtiAt(AT, 'merge', tracker, police, health, '--month', '2026-11', '--out', out);
    expect(stopped.code).toBe(1);
    expect(stopped.out).toContain('Kế hoạch!F2 [1 Tỷ lệ người dân có kỹ năng số cơ bản]: sổ "55% (Phieu-T11-2026-Cong-an-xa.xlsx)" ≠ Phieu-T11-2026-Tram-y-te.xlsx!F6 "58%"');
    expect(existsSync(out)).toBe(false);
    const json = await dtiAt(AT, 'merge', tracker, police, health, '--month', '2026-11', '--out', out, '--json');
    expect(JSON.parse(json.out)).toMatchObject({
      month: '2026-11',
      written: false,
      conflicts: [{ unit: 'Trạm Y tế', file: 'Phieu-T11-2026-Tram-y-te.xlsx', formAddress: 'F6', sheet: 'Kế hoạch', address: 'F2', existing: '55% (Phieu-T11-2026-Cong-an-xa.xlsx)', incoming: '58%' }],
    });

    expect((await dtiAt(AT, 'merge', tracker, police, health, '--month', '2026-11', '--out', out, '--prefer', 'form')).code).toBe(0);
    const ws = (await readWorkbook(out)).getWorksheet('Kế hoạch')!;
    expect([ws.getCell('F2').value, ws.getCell('F3').value]).toEqual([0.58, 0.85]);
  });

  test('a form made from another tracker is refused whole', async () => {
    const dir = tempDir();
    const sample = join(dir, 'so.xlsx');
    copyFileSync(SAMPLE, sample);
    await dtiAt(AT, 'forms', sample, '--month', '2026-11', '--out-dir', dir);
    const form = join(dir, 'Phieu-T11-2026-Cong-an-xa.xlsx');
    await fill(form, { F7: 0.99 });
    const out = join(dir, 'ra.xlsx');
    const run = await dtiAt(AT, 'merge', await sharedTracker(), form, '--month', '2026-11', '--out', out);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Không nhập: Phieu-T11-2026-Cong-an-xa.xlsx (Công an xã): Phiếu được tạo từ một kế hoạch khác');
    expect(run.out).toContain('Không có ô nào thay đổi');
    expect((await readWorkbook(out)).getWorksheet('Kế hoạch')!.getCell('F2').value).toBeNull();
  });
});
