/**
 * The real binary, interrupted or racing: a report killed while being replaced leaves the
 * previous report whole, and of two runs writing one new name, exactly one wins.
 */
import { type FSWatcher, readdirSync, readFileSync, unlinkSync, watch } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { PLAN_HEADER, PLAN_ROWS } from '../helpers/plan-fixture';
import { dti } from '../helpers/run-dti';
import { finished, spawnDti } from '../helpers/spawn-dti';
import { tempDir, writeWorkbook } from '../helpers/workbook';

/** A plan of 3,000 rows: a report of a few hundred KB, long enough to write that a kill lands inside. */
async function largePlan(): Promise<string> {
  const rows = Array.from({ length: 3000 }, (_, i) => {
    const r = [...PLAN_ROWS[i % PLAN_ROWS.length]!];
    r[0] = String(i + 1);
    return r;
  });
  return writeWorkbook({ 'Kế hoạch': [PLAN_HEADER, ...rows] });
}

async function opens(bytes: Buffer): Promise<boolean> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb.getWorksheet('Báo cáo T11-2026') !== undefined;
}

describe('dti summary --out --force killed while it replaces a report', () => {
  it('leaves the previous report whole, byte for byte', async () => {
    const input = await largePlan();
    const dir = tempDir();
    const out = join(dir, 'bao-cao.xlsx');
    expect((await dti('summary', input, '--month', '2026-11', '--out', out)).code).toBe(0);
    const previous = readFileSync(out);

    // The kill can land after the new report is already in place: then it must be whole too.
    // Tried until a kill lands mid-write, which is the case this test is for.
    let killedMidWrite = 0;
    for (let trial = 0; trial < 8 && killedMidWrite === 0; trial++) {
      const child = spawnDti(['summary', input, '--month', '2026-11', '--out', out, '--force']);
      let watcher: FSWatcher | null = watch(dir, () => {
        child.kill('SIGKILL'); // the instant anything in the folder changes
        watcher?.close();
        watcher = null;
      });
      const result = await finished(child);
      watcher?.close();
      const temps = readdirSync(dir).filter((n) => n !== 'bao-cao.xlsx');
      const now = readFileSync(out);
      if (result.signal === 'SIGKILL' && temps.length === 1) {
        killedMidWrite++;
        expect(temps[0]).toMatch(new RegExp(`^\\.bao-cao\\.xlsx\\.dti-tmp-${child.pid}-[0-9a-f]{8}$`));
        expect(now.equals(previous)).toBe(true);
        expect(await opens(now)).toBe(true);
        unlinkSync(join(dir, temps[0]!));
      } else {
        expect(temps).toEqual([]);
        expect(await opens(now)).toBe(true);
      }
    }
    expect(killedMidWrite).toBe(1);
  }, 180_000);
});

describe('two runs without --force writing the same new report', () => {
  it('exactly one writes it; the other says the file exists', async () => {
    const input = await writeWorkbook({ 'Kế hoạch': [PLAN_HEADER, ...PLAN_ROWS] });
    const dir = tempDir();
    const out = join(dir, 'bao-cao.xlsx');
    const runs = await Promise.all([0, 1].map(() => finished(spawnDti(['summary', input, '--month', '2026-11', '--out', out]))));
    expect(runs.map((r) => r.code).sort()).toEqual([0, 2]);
    const loser = runs.find((r) => r.code === 2)!;
    expect(loser.err).toBe(`Lỗi: Đã có tệp "${out}". Thêm --force để ghi đè, hoặc chọn tên khác.\n`);
    expect(readdirSync(dir)).toEqual(['bao-cao.xlsx']);
    expect(await opens(readFileSync(out))).toBe(true);
  }, 120_000);
});
