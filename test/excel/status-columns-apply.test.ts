import { monthView } from '../../src/core/status/month-view';
import { analyzeWorkbook } from '../../src/core/analyze';
import { planStatusColumns } from '../../src/core/writing/status-columns';
import type { SheetPlan } from '../../src/core/writing/write-plan';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { type FakeCell, type FakeWorkbook, createFakeHost } from '../../kit/fake-excel/fake-excel';
import { SEED_SHEET } from '../../kit/fake-excel/seed-sheet';
import { seedWorkbook } from '../../kit/fake-excel/seed-workbook';

const NOV = { year: 2026, month: 11 };
const OWNED = new Set([8, 9, 10]); // I, J, K

async function statusPlan(workbook: FakeWorkbook): Promise<{ port: OfficeWorkbook; plan: SheetPlan }> {
  const port = new OfficeWorkbook(createFakeHost(workbook));
  const [grid] = await port.readSheets([SEED_SHEET]);
  const analysis = analyzeWorkbook([grid!]);
  const planned = planStatusColumns(grid!, analysis.tables[0]!, monthView(analysis, NOV).reported, NOV);
  if (!planned.ok) throw new Error(planned.message.en);
  workbook.syncs = 0;
  return { port, plan: planned.value.plan };
}

function outsideOwned(cells: Map<string, FakeCell>): Map<string, FakeCell> {
  return new Map([...cells].filter(([k]) => !OWNED.has(Number(k.split(',')[1]))));
}

function everySheet(workbook: FakeWorkbook): string {
  return JSON.stringify(workbook.sheets.map((s) => ({ name: s.name, cells: [...s.snapshot()], merges: s.merges, cf: s.conditionalFormats, widths: [...s.columnWidths] })));
}

describe('writing the status columns into Excel', () => {
  test.each([1_000, 10_000])('%i rows: two syncs, formulas in every indicator row, every other cell unchanged', async (rows) => {
    const workbook = seedWorkbook(rows);
    const before = workbook.sheet(SEED_SHEET).snapshot();
    const { port, plan } = await statusPlan(workbook);
    const result = await port.apply([plan]);
    expect(result).toEqual({ ok: true, written: [SEED_SHEET] });
    expect(workbook.syncs).toBe(2);
    expect(workbook.largestRequest).toBeLessThan(5 * 1024 * 1024);

    const sheet = workbook.sheet(SEED_SHEET);
    expect(sheet.cell(2, 8).value).toBe('Chênh lệch');
    expect(sheet.cell(2, 9).value).toBe('Tình trạng');
    expect(sheet.cell(2, 10).value).toBe('Tiến độ');
    expect(sheet.cell(4, 9).formula).toBe('=DTI.STATUS(H5,D5,C5)');
    const last = rows + 2; // 0-based row of the last indicator
    expect(sheet.cell(last, 8).formula).toBe(`=DTI.GAP(H${last + 1},D${last + 1},C${last + 1})`);
    expect(sheet.cell(last, 10).numberFormat).toBe('0%');
    expect(sheet.cell(2, 9).format.bold).toBe(true);
    expect(sheet.conditionalFormats.map((c) => c.formula1)).toEqual(['="Đạt"', '="Chưa đạt"', '="Chưa có số liệu"']);

    const after = sheet.snapshot();
    const outside = outsideOwned(after);
    expect(outside.size).toBe(outsideOwned(before).size);
    for (const [key, cell] of outsideOwned(before)) expect(outside.get(key)).toEqual(cell);
  });

  test('running it again refreshes in place: same columns, no second set of colour rules', async () => {
    const workbook = seedWorkbook();
    const first = await statusPlan(workbook);
    await first.port.apply([first.plan]);
    const second = await statusPlan(workbook);
    expect(second.plan.blocks[0]!.left).toBe(8);
    expect(await second.port.apply([second.plan])).toEqual({ ok: true, written: [SEED_SHEET] });
    expect(workbook.sheet(SEED_SHEET).conditionalFormats).toHaveLength(3);
    expect(workbook.sheet(SEED_SHEET).cell(2, 11).value).toBe('');
  });

  test('a protected sheet: refused with a message, nothing changed', async () => {
    const workbook = seedWorkbook();
    const { port, plan } = await statusPlan(workbook);
    workbook.sheet(SEED_SHEET).protected = true;
    const before = everySheet(workbook);
    const result = await port.apply([plan]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.blocked[0]).toMatchObject({ reason: 'protected', sheet: SEED_SHEET });
    expect(result.blocked[0]!.message.vi).toContain('bảo vệ');
    expect(everySheet(workbook)).toBe(before);
    expect(workbook.syncs).toBe(1);
  });

  test('an active filter over the rows: refused, nothing changed', async () => {
    const workbook = seedWorkbook();
    const { port, plan } = await statusPlan(workbook);
    workbook.sheet(SEED_SHEET).autoFilter = { area: { top: 2, left: 0, bottom: 9, right: 7 }, filtered: true };
    const before = everySheet(workbook);
    const result = await port.apply([plan]);
    expect(!result.ok && result.blocked.map((b) => b.reason)).toEqual(['filter']);
    expect(!result.ok && result.blocked[0]!.message.en).toMatch(/filter/);
    expect(everySheet(workbook)).toBe(before);
  });

  test('a filter that is on but hides nothing does not block', async () => {
    const workbook = seedWorkbook();
    const { port, plan } = await statusPlan(workbook);
    workbook.sheet(SEED_SHEET).autoFilter = { area: { top: 2, left: 0, bottom: 9, right: 7 }, filtered: false };
    expect((await port.apply([plan])).ok).toBe(true);
  });

  test.each(['1.17', '1.8'])('an Excel table over the owned columns: refused, nothing changed (ExcelApi %s)', async (excelApi) => {
    const workbook = seedWorkbook();
    workbook.sheet(SEED_SHEET).tables.push({ name: 'BangTheoDoi', area: { top: 20, left: 9, bottom: 30, right: 12 } });
    workbook.sheet(SEED_SHEET).tables.push({ name: 'BangKhac', area: { top: 2, left: 9, bottom: 6, right: 10 } });
    const port = new OfficeWorkbook(createFakeHost(workbook, { excelApi }));
    const { plan } = await statusPlan(workbook);
    const before = everySheet(workbook);
    const result = await port.apply([plan]);
    expect(!result.ok && result.blocked.map((b) => `${b.reason}:${b.where}`)).toEqual(['table-overlap:BangKhac']);
    expect(everySheet(workbook)).toBe(before);
  });

  test('a non-empty cell DTI did not write: refused and listed; with consent for that cell, written', async () => {
    const workbook = seedWorkbook();
    const { port, plan } = await statusPlan(workbook);
    workbook.sheet(SEED_SHEET).setRows([['đừng xóa']], 5, 9); // J6, typed after the plan was made
    const before = everySheet(workbook);
    const refused = await port.apply([plan]);
    expect(!refused.ok && refused.blocked.map((b) => `${b.reason}:${b.where}`)).toEqual(['cell-not-empty:J6']);
    expect(everySheet(workbook)).toBe(before);

    const agreed = await port.apply([plan], undefined, { allowOverwrite: [`${SEED_SHEET}!J6`] });
    expect(agreed.ok).toBe(true);
    expect(workbook.sheet(SEED_SHEET).cell(5, 9).formula).toBe('=DTI.STATUS(H6,D6,C6)');
  });

  test('progress is reported up to the end', async () => {
    const workbook = seedWorkbook(1_000);
    const { port, plan } = await statusPlan(workbook);
    const seen: Array<[number, number]> = [];
    await port.apply([plan], (done, total) => seen.push([done, total]));
    expect(seen[seen.length - 1]).toEqual([1, 1]);
  });
});
