import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { prepareSummary } from '../../src/core/workbook/summary-action';
import { loadSnapshot } from '../../src/ports/load-snapshot';
import { createFakeHost } from '../../kit/fake-excel/fake-excel';
import { SEED_SHEET } from '../../kit/fake-excel/seed-sheet';
import { seedWorkbook } from '../../kit/fake-excel/seed-workbook';

const NOV = { year: 2026, month: 11 };

const SETTINGS = { commune: 'xã An Bình', number: '5', province: 'Đồng Nai', signerTitle: 'Phó Chủ tịch', signerName: 'Nguyễn Văn An' };

describe('the monthly summary written through Office.js', () => {
  test('creates the report, its appendix and the history sheet, leaving the plan sheet untouched', async () => {
    const workbook = seedWorkbook();
    const host = createFakeHost(workbook);
    const port = new OfficeWorkbook(host);
    const before = workbook.sheet(SEED_SHEET).snapshot();
    const summary = prepareSummary(await loadSnapshot(port), NOV, new Date(2026, 11, 5), SETTINGS);
    workbook.syncs = 0;
    expect(await port.apply(summary.plans)).toEqual({ ok: true, written: ['Báo cáo T11-2026', 'Phụ lục BC T11-2026', 'DTI_LichSu'] });
    // The checks (the sheets with the marks of those read just before), then the writes with the marks and the own-sheet record.
    expect(workbook.syncs).toBe(2);
    const report = workbook.sheet('Báo cáo T11-2026');
    const texts = [...report.snapshot().values()].map((c) => String(c.value));
    for (const part of ['ỦY BAN NHÂN DÂN', 'XÃ AN BÌNH', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 05/BC-UBND', 'An Bình, ngày 05 tháng 12 năm 2026', 'BÁO CÁO', 'Kính gửi: Sở Khoa học và Công nghệ tỉnh Đồng Nai.', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn An', 'Nơi nhận:', '- Lưu: VT, VHXH.']) {
      expect([part, texts.includes(part)]).toEqual([part, true]);
    }
    expect(report.charts).toHaveLength(0);
    expect(report.merges.length).toBeGreaterThan(0);
    // Listed by their marks (Excel's ids of new sheets are known only after the write's sync).
    expect(workbook.customXmlParts.map((p) => p.xml).join('')).toMatch(/\{"kind":"history","name":"DTI_LichSu","token":"history_\w+","ids":\[\],"hash":"fnv1a:\w+:\d+","marked":true\}/);
    // The sheets carry their hidden marks, under the tokens the record lists.
    for (const name of ['Báo cáo T11-2026', 'DTI_LichSu']) expect(workbook.customXmlParts[0]!.xml).toContain(workbook.sheet(name).names.get('DTI_OWN')!.formula.slice(2, -1));
    expect(workbook.sheet('DTI_LichSu').names.get('DTI_OWN')!.visible).toBe(false);
    expect(workbook.sheet(SEED_SHEET).snapshot()).toEqual(before);
  });

  test('lays the report out as planned: Times New Roman, column widths and row heights in points, A4 portrait within the decree\'s margins, page numbers from page 2, the rules drawn', async () => {
    const workbook = seedWorkbook();
    const port = new OfficeWorkbook(createFakeHost(workbook));
    const summary = prepareSummary(await loadSnapshot(port), NOV, new Date(2026, 11, 5), SETTINGS);
    await port.apply(summary.plans);
    const plan = summary.plans[0]!;
    const report = workbook.sheet('Báo cáo T11-2026');
    expect(report.cell(0, 0).format).toMatchObject({ fontName: 'Times New Roman', fontSize: 13, bold: true });
    expect([...report.columnWidths]).toEqual(Object.entries(plan.columnPoints!).map(([c, w]) => [Number(c), w]));
    for (const [row, height] of Object.entries(plan.heights!)) expect([row, report.rowHeights.get(Number(row) - 1)]).toEqual([row, height]);
    expect(report.pageLayout).toMatchObject({
      orientation: 'Portrait',
      paperSize: 'A4',
      scale: 100,
      centerHorizontally: true,
      firstPageNumber: 1,
      margins: { top: 56.69, bottom: 56.69, left: 85.04, right: 42.52, header: 28.35, footer: 28.35 },
      headersFooters: { state: 'FirstAndDefault', firstPage: { centerHeader: '' }, defaultForAllPages: { centerHeader: '&"Times New Roman,Regular"&13&P' } },
    });
    expect(report.pageLayout.fitToWidth).toBeUndefined();
    expect(report.pageBreaks).toEqual(plan.pageBreaks);
    expect(report.showGridlines).toBe(false);
    // Three rules: under the body's name, under the motto, under the summary; at the top edge of their rows.
    expect(report.lines).toHaveLength(3);
    const top = (row: number) => Array.from({ length: row - 1 }, (_, r) => plan.heights![r + 1]!).reduce((a, b) => a + b, 0);
    for (const [i, rule] of plan.rules!.entries()) {
      expect(report.lines[i]).toMatchObject({ startLeft: rule.from, endLeft: rule.to, startTop: top(rule.row), endTop: top(rule.row), type: 'Straight', color: '#000000' });
    }
    const appendix = workbook.sheet('Phụ lục BC T11-2026');
    expect(appendix.pageLayout).toMatchObject({ orientation: 'Landscape', printTitleRows: `$${summary.plans[1]!.print!.repeatRows!.first}:$${summary.plans[1]!.print!.repeatRows!.last}`, firstPageNumber: 1 });
  });

  test('the workbook shows the report: it is the active sheet, and the history is hidden', async () => {
    const workbook = seedWorkbook();
    const port = new OfficeWorkbook(createFakeHost(workbook));
    await port.apply(prepareSummary(await loadSnapshot(port), NOV, new Date(2026, 11, 5), SETTINGS).plans);
    expect(workbook.activeSheet).toBe('Báo cáo T11-2026');
    expect(workbook.sheets.map((s) => [s.name, s.visibility])).toEqual([
      [SEED_SHEET, 'Visible'],
      ['Ghi chú', 'Visible'],
      ['Báo cáo T11-2026', 'Visible'],
      ['Phụ lục BC T11-2026', 'Visible'],
      ['DTI_LichSu', 'Hidden'],
    ]);
  });

  test('making it again replaces our own sheets in place (same positions), not a user\'s; the hidden history stays hidden', async () => {
    const workbook = seedWorkbook();
    const port = new OfficeWorkbook(createFakeHost(workbook));
    await port.apply(prepareSummary(await loadSnapshot(port), NOV).plans);
    const positions = workbook.sheets.map((s) => s.name);
    const again = prepareSummary(await loadSnapshot(port), NOV);
    expect(again.plans.map((p) => p.mode)).toEqual(['replace-own', 'replace-own', 'replace-own']);
    expect(await port.apply(again.plans)).toEqual({ ok: true, written: ['Báo cáo T11-2026', 'Phụ lục BC T11-2026', 'DTI_LichSu'] });
    expect(workbook.sheets.map((s) => s.name)).toEqual(positions);
    expect(workbook.sheet('DTI_LichSu').visibility).toBe('Hidden');
    expect(workbook.sheet('Báo cáo T11-2026').lines).toHaveLength(3);
  });

  describe('what changed between the read and the click is checked again, never taken from the read', () => {
    async function readTwice(): Promise<{ workbook: ReturnType<typeof seedWorkbook>; port: OfficeWorkbook; plans: ReturnType<typeof prepareSummary>['plans'] }> {
      const workbook = seedWorkbook();
      const port = new OfficeWorkbook(createFakeHost(workbook));
      await port.apply(prepareSummary(await loadSnapshot(port), NOV).plans);
      return { workbook, port, plans: prepareSummary(await loadSnapshot(port), NOV).plans };
    }

    test('our report deleted and a sheet of the user\'s made under its name: refused, the user\'s sheet kept', async () => {
      const { workbook, port, plans } = await readTwice();
      workbook.sheets.splice(workbook.sheets.indexOf(workbook.sheet('Báo cáo T11-2026')), 1);
      workbook.addSheet('Báo cáo T11-2026', [['Báo cáo tự làm']]);
      workbook.syncs = 0;
      const result = await port.apply(plans);
      expect(!result.ok && result.blocked.map((b) => [b.sheet, b.reason])).toEqual([['Báo cáo T11-2026', 'sheet-exists']]);
      // The checks with the marks of the sheets read fail on the deleted report, then run again on the sheets as they are (2).
      expect(workbook.syncs).toBe(3);
      expect(workbook.sheet('Báo cáo T11-2026').cell(0, 0).value).toBe('Báo cáo tự làm');
    });

    test('a sheet added since the read: its mark is read in one more sync, and a copy of our report carrying our mark is not replaced', async () => {
      const { workbook, port, plans } = await readTwice();
      const copy = workbook.addSheet('Báo cáo T11-2026 (2)', [['bản sao']]);
      copy.names.set('DTI_OWN', { ...workbook.sheet('Báo cáo T11-2026').names.get('DTI_OWN')! });
      workbook.syncs = 0;
      expect((await port.apply(plans)).ok).toBe(true);
      expect(workbook.syncs).toBe(3); // the checks (2: the sheets with the marks of those read, then the new sheet's), the writes (1)
      expect(workbook.sheet('Báo cáo T11-2026 (2)').cell(0, 0).value).toBe('bản sao');
      expect(workbook.sheet('Báo cáo T11-2026').cell(0, 0).value).toBe('ỦY BAN NHÂN DÂN');
    });

    test('a sheet read just before deleted since: the checks start again from the sheets as they are, and our sheets are replaced in place', async () => {
      const { workbook, port, plans } = await readTwice();
      workbook.addSheet('Ghi chú riêng', [['x']]);
      const again = prepareSummary(await loadSnapshot(port), NOV).plans;
      workbook.sheets.splice(workbook.sheets.indexOf(workbook.sheet('Ghi chú riêng')), 1);
      const order = workbook.sheets.map((s) => s.name);
      expect((await port.apply(again)).ok).toBe(true);
      expect(workbook.sheets.map((s) => s.name)).toEqual(order);
      expect(plans.map((p) => p.mode)).toEqual(['replace-own', 'replace-own', 'replace-own']);
    });

    test('our report protected by the user since the read: refused, the report kept as it is', async () => {
      const { workbook, port, plans } = await readTwice();
      const report = workbook.sheet('Báo cáo T11-2026');
      report.protected = true;
      workbook.syncs = 0;
      const result = await port.apply(plans);
      expect(!result.ok && result.blocked.map((b) => [b.sheet, b.reason])).toEqual([['Báo cáo T11-2026', 'protected']]);
      expect(workbook.syncs).toBe(1);
      expect(workbook.sheet('Báo cáo T11-2026')).toBe(report);
    });
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

    const forged = { ...summary.plans[2]!, mode: 'replace-own' as const };
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

  test('without page layout, shapes, gridlines or conditional formats (Excel before ExcelApi 1.9) the report is still written, without them', async () => {
    const workbook = seedWorkbook();
    const port = new OfficeWorkbook(createFakeHost(workbook), { ...new OfficeWorkbook(createFakeHost()).features, charts: false, pageLayout: false, shapes: false, gridlines: false, conditionalFormats: false });
    const summary = prepareSummary(await loadSnapshot(port), NOV);
    expect((await port.apply(summary.plans)).ok).toBe(true);
    const report = workbook.sheet('Báo cáo T11-2026');
    expect(report.lines).toHaveLength(0);
    expect(report.pageLayout).toEqual({});
    expect(report.pageBreaks).toEqual([]);
    expect(report.rowHeights.size).toBeGreaterThan(0);
    expect(workbook.activeSheet).toBe('Báo cáo T11-2026');
  });

  test('on a host of ExcelApi 1.8 (Office 2019): the features it lacks are detected and left out', () => {
    const features = new OfficeWorkbook(createFakeHost(seedWorkbook(), { excelApi: '1.8' })).features;
    expect(features).toMatchObject({ pageLayout: false, shapes: false, gridlines: true });
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
      ['Phụ lục BC T11-2026', 'replace-own'],
      ['DTI_LichSu', 'replace-own'],
    ]);
    expect((await port.apply(again.plans)).ok).toBe(true);

    workbook.sheet('Báo cáo T11-2026').setRows([['Ý kiến của Chủ tịch']], 60, 1);
    const edited = prepareSummary(await loadSnapshot(port), NOV);
    expect(edited.plans.map((p) => [p.sheet, p.mode])).toEqual([
      ['Báo cáo T11-2026 (2)', 'create'],
      ['Phụ lục BC T11-2026 (2)', 'create'],
      ['DTI_LichSu', 'replace-own'],
    ]);
    expect((await port.apply(edited.plans)).ok).toBe(true);
    expect(workbook.sheet('Báo cáo T11-2026').cell(60, 1).value).toBe('Ý kiến của Chủ tịch');
    // The edited report is still not read as a plan.
    const snapshot = await loadSnapshot(port);
    expect(snapshot.sheets.filter((i) => i.included).map((i) => i.sheet)).toEqual([SEED_SHEET]);
  });
});
