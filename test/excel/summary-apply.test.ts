import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { prepareSummary } from '../../src/core/workbook/actions';
import { loadSnapshot } from '../../src/ports/load-snapshot';
import { createFakeHost } from '../fakes/fake-excel';
import { SEED_SHEET } from '../fakes/seed-sheet';
import { seedWorkbook } from '../fakes/seed-workbook';

const NOV = { year: 2026, month: 11 };

describe('the monthly summary written through Office.js', () => {
  test('creates the report sheet (with its chart) and the history sheet, leaving the plan sheet untouched', async () => {
    const workbook = seedWorkbook();
    const host = createFakeHost(workbook);
    const port = new OfficeWorkbook(host);
    const before = workbook.sheet(SEED_SHEET).snapshot();
    const summary = prepareSummary(await loadSnapshot(port), NOV, new Date(2026, 11, 5));
    workbook.syncs = 0;
    expect(await port.apply(summary.plans)).toEqual({ ok: true, written: ['Báo cáo T11-2026', 'DTI_LichSu'] });
    // The checks (the sheets, then their marks), the writes with the new sheets' marks, and the own-sheet record with their ids.
    expect(workbook.syncs).toBe(4);
    const report = workbook.sheet('Báo cáo T11-2026');
    expect([...report.snapshot().values()].some((c) => String(c.value).includes('BÁO CÁO KẾT QUẢ'))).toBe(true);
    expect(report.charts).toHaveLength(1);
    expect(report.charts[0]!.title).toBe('Tình trạng theo nhóm chỉ tiêu');
    expect(report.merges.length).toBeGreaterThan(0);
    expect(workbook.customXmlParts.map((p) => p.xml).join('')).toMatch(new RegExp(`\\{"kind":"history","name":"DTI_LichSu","token":"history_\\w+","ids":\\["excel:${workbook.sheet('DTI_LichSu').id.replace(/[{}-]/g, '\\$&')}"\\],"hash":"fnv1a:\\w+:\\d+","marked":true\\}`));
    // The sheets carry their hidden marks, under the tokens the record lists.
    for (const name of ['Báo cáo T11-2026', 'DTI_LichSu']) expect(workbook.customXmlParts[0]!.xml).toContain(workbook.sheet(name).names.get('DTI_OWN')!.formula.slice(2, -1));
    expect(workbook.sheet('DTI_LichSu').names.get('DTI_OWN')!.visible).toBe(false);
    expect(workbook.sheet(SEED_SHEET).snapshot()).toEqual(before);
  });

  test('making it again replaces our own sheet in place (same position), not a user\'s', async () => {
    const workbook = seedWorkbook();
    const port = new OfficeWorkbook(createFakeHost(workbook));
    await port.apply(prepareSummary(await loadSnapshot(port), NOV).plans);
    const position = workbook.sheets.findIndex((s) => s.name === 'Báo cáo T11-2026');
    const again = prepareSummary(await loadSnapshot(port), NOV);
    expect(again.plans[0]!.mode).toBe('replace-own');
    expect(await port.apply(again.plans)).toEqual({ ok: true, written: ['Báo cáo T11-2026', 'DTI_LichSu'] });
    expect(workbook.sheets.findIndex((s) => s.name === 'Báo cáo T11-2026')).toBe(position);
    expect(workbook.sheet('Báo cáo T11-2026').charts).toHaveLength(1);
  });

  test('a user\'s sheet with the report\'s name is kept: the report gets another name', async () => {
    const workbook = seedWorkbook();
    workbook.addSheet('Báo cáo T11-2026', [['Bản nháp của tôi']]);
    const port = new OfficeWorkbook(createFakeHost(workbook));
    const summary = prepareSummary(await loadSnapshot(port), NOV);
    expect(summary).toMatchObject({ sheetName: 'Báo cáo T11-2026 (2)', renamed: true });
    expect((await port.apply(summary.plans)).ok).toBe(true);
    expect(workbook.sheet('Báo cáo T11-2026').cell(0, 0).value).toBe('Bản nháp của tôi');
  });

  test('a "create" over a sheet that appeared meanwhile, or a replace of a sheet that is not ours, is refused and nothing is written', async () => {
    const workbook = seedWorkbook();
    const port = new OfficeWorkbook(createFakeHost(workbook));
    const summary = prepareSummary(await loadSnapshot(port), NOV);
    workbook.addSheet('DTI_LichSu', [['sổ riêng']]);
    const result = await port.apply(summary.plans);
    expect(!result.ok && result.blocked.map((b) => b.reason)).toEqual(['sheet-exists']);
    expect(workbook.findSheet('Báo cáo T11-2026')).toBeUndefined();

    const forged = { ...summary.plans[1]!, mode: 'replace-own' as const };
    const refused = await port.apply([forged]);
    expect(!refused.ok && refused.blocked[0]!.message.en).toMatch(/not made by DTI/);
    expect(workbook.sheet('DTI_LichSu').cell(0, 0).value).toBe('sổ riêng');
  });

  test('a protected workbook structure: refused with a message', async () => {
    const workbook = seedWorkbook();
    const port = new OfficeWorkbook(createFakeHost(workbook));
    const summary = prepareSummary(await loadSnapshot(port), NOV);
    workbook.structureProtected = true;
    const result = await port.apply(summary.plans);
    expect(!result.ok && result.blocked[0]!.reason).toBe('protected');
    expect(workbook.sheets).toHaveLength(2);
  });

  test('without charts or page layout support the report is still written', async () => {
    const workbook = seedWorkbook();
    const port = new OfficeWorkbook(createFakeHost(workbook), { ...new OfficeWorkbook(createFakeHost()).features, charts: false, pageLayout: false, conditionalFormats: false });
    const summary = prepareSummary(await loadSnapshot(port), NOV);
    expect((await port.apply(summary.plans)).ok).toBe(true);
    expect(workbook.sheet('Báo cáo T11-2026').charts).toHaveLength(0);
  });
});

describe('selecting a problem\'s cell', () => {
  test('activates the sheet and selects the cell in one sync', async () => {
    const workbook = seedWorkbook();
    const port = new OfficeWorkbook(createFakeHost(workbook));
    await port.select(SEED_SHEET, 'D10');
    expect(workbook.selection).toEqual({ sheet: SEED_SHEET, address: 'D10' });
    expect(workbook.activeSheet).toBe(SEED_SHEET);
    expect(workbook.syncs).toBe(1);
  });

  test('a malformed address is refused in plain words', async () => {
    const port = new OfficeWorkbook(createFakeHost(seedWorkbook()));
    await expect(port.select(SEED_SHEET, 'A1; DROP')).rejects.toThrow(/Invalid cell address/);
  });
});

describe('an Excel without Worksheet.names (ExcelApi below 1.4): no hidden mark', () => {
  test('a report is the add-in\'s while it holds exactly what the add-in wrote: refreshed in place; once the user typed in it, a new one is made beside it', async () => {
    const workbook = seedWorkbook();
    const port = new OfficeWorkbook(createFakeHost(workbook, { excelApi: '1.3' }));
    expect((await port.apply(prepareSummary(await loadSnapshot(port), NOV).plans)).ok).toBe(true);
    expect(workbook.sheet('Báo cáo T11-2026').names.size).toBe(0);
    const again = prepareSummary(await loadSnapshot(port), NOV);
    expect(again.plans.map((p) => [p.sheet, p.mode])).toEqual([
      ['Báo cáo T11-2026', 'replace-own'],
      ['DTI_LichSu', 'replace-own'],
    ]);
    expect((await port.apply(again.plans)).ok).toBe(true);

    workbook.sheet('Báo cáo T11-2026').setRows([['Ý kiến của Chủ tịch']], 60, 1);
    const edited = prepareSummary(await loadSnapshot(port), NOV);
    expect(edited.plans.map((p) => [p.sheet, p.mode])).toEqual([
      ['Báo cáo T11-2026 (2)', 'create'],
      ['DTI_LichSu', 'replace-own'],
    ]);
    expect((await port.apply(edited.plans)).ok).toBe(true);
    expect(workbook.sheet('Báo cáo T11-2026').cell(60, 1).value).toBe('Ý kiến của Chủ tịch');
    // The edited report is still not read as a plan.
    const snapshot = await loadSnapshot(port);
    expect(snapshot.sheets.filter((i) => i.included).map((i) => i.sheet)).toEqual([SEED_SHEET]);
  });
});
