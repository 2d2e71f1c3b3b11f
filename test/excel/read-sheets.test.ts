import { analyzeWorkbook } from '../../src/core/analyze';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { readGridsInBands } from '../../src/excel/read-bands';
import { createFakeHost } from '../../kit/fake-excel/fake-excel';
import { SEED_SHEET } from '../../kit/fake-excel/seed-sheet';
import { seedWorkbook } from '../../kit/fake-excel/seed-workbook';

describe('reading sheets through Office.js', () => {
  test('reads every sheet in one sync and finds the indicators, the month columns and the problems', async () => {
    const host = createFakeHost(seedWorkbook());
    const port = new OfficeWorkbook(host);
    const grids = await port.readSheets([SEED_SHEET, 'Ghi chú']);
    expect(host.workbook.syncs).toBe(1);
    const analysis = analyzeWorkbook(grids);
    expect(analysis.indicators.map((i) => i.id)).toEqual(['1', '2', '3', '4', '5']);
    expect(analysis.tables[0]!.months.map((m) => m.label)).toEqual(['T10/2026', 'T11/2026']);
    expect(analysis.problems.some((p) => p.cell === 'D10' && p.code === 'target-unreadable')).toBe(true);
    // Shares keep their number format, so 0.85 reads as 85%.
    expect(grids[0]!.rows[4]![7]).toEqual({ value: 0.85, format: '0%' });
  });

  test.each([1_000, 10_000])('%i indicator rows take the same single sync', async (rows) => {
    const host = createFakeHost(seedWorkbook(rows));
    const port = new OfficeWorkbook(host);
    const grids = await port.readSheets([SEED_SHEET]);
    expect(host.workbook.syncs).toBe(1);
    expect(analyzeWorkbook(grids).indicators).toHaveLength(rows - 2);
  });

  test('merged areas and hidden rows come in the same sync', async () => {
    const workbook = seedWorkbook();
    workbook.sheet(SEED_SHEET).hiddenRows.add(6);
    const host = createFakeHost(workbook);
    const [grid] = await new OfficeWorkbook(host).readSheets([SEED_SHEET]);
    expect(host.workbook.syncs).toBe(1);
    expect(grid!.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 7 }]);
    expect(grid!.hiddenRows).toEqual([6]);
    expect(analyzeWorkbook([grid!]).problems.some((p) => p.code === 'hidden-row')).toBe(true);
  });

  test('hidden columns come in the same sync: a hidden leftover month gives way to the visible one', async () => {
    const workbook = seedWorkbook();
    const host = createFakeHost(workbook);
    const [before] = await new OfficeWorkbook(host).readSheets([SEED_SHEET]);
    const november = analyzeWorkbook([before!]).tables[0]!.months.find((m) => m.label === 'T11/2026')!.col;
    // The office relabels October as a second "T11/2026" and hides it: November is still read from its own column.
    const october = analyzeWorkbook([before!]).tables[0]!.months.find((m) => m.label === 'T10/2026')!.col;
    const header = analyzeWorkbook([before!]).tables[0]!.headerTop - 1;
    workbook.sheet(SEED_SHEET).setRows([['T11/2026']], header, october);
    workbook.sheet(SEED_SHEET).hiddenCols.add(october);
    host.workbook.syncs = 0;
    const [grid] = await new OfficeWorkbook(host).readSheets([SEED_SHEET]);
    expect(host.workbook.syncs).toBe(1);
    expect(grid!.hiddenCols).toEqual([october - grid!.origin.col]);
    const analysis = analyzeWorkbook([grid!]);
    expect(analysis.tables[0]!.months.map((m) => m.col)).toEqual([november]);
    expect(analysis.problems.filter((p) => p.code === 'month-column-twice').map((p) => p.severity)).toEqual(['info']);
  });

  test('an older Excel without merged areas or visible cells still reads the values (no merges, no hidden rows)', async () => {
    const workbook = seedWorkbook();
    workbook.sheet(SEED_SHEET).hiddenRows.add(6);
    const host = createFakeHost(workbook, { excelApi: '1.8' });
    const [grid] = await new OfficeWorkbook(host).readSheets([SEED_SHEET]);
    expect(grid!.merges).toEqual([]);
    expect(grid!.hiddenRows).toBeUndefined();
    expect(analyzeWorkbook([grid!]).indicators).toHaveLength(5);
  });

  test('a used range that does not start at A1 keeps its position', async () => {
    const host = createFakeHost();
    host.workbook.addSheet('Lệch').setRows([['STT', 'Nội dung chỉ tiêu', 'Chỉ tiêu', 'Kết quả'], ['1', 'Tỷ lệ A', '80%', 0.9]], 4, 2);
    const [grid] = await new OfficeWorkbook(host).readSheets(['Lệch']);
    expect(grid!.origin).toEqual({ row: 4, col: 2 });
    expect(analyzeWorkbook([grid!]).indicators[0]!.cells.target!.address).toBe('E6');
  });

  test('an empty sheet gives an empty grid; error values are errors', async () => {
    const host = createFakeHost();
    host.workbook.addSheet('Trống');
    const sheet = host.workbook.addSheet('Lỗi', [['x']]);
    Object.assign(sheet.own(0, 1), { value: '#DIV/0!', error: true });
    const [empty, errors] = await new OfficeWorkbook(host).readSheets(['Trống', 'Lỗi']);
    expect(empty!.rows).toEqual([]);
    expect(errors!.rows[0]![1]!.value).toEqual({ error: '#DIV/0!' });
  });

  test('sheet names come in workbook order in one sync', async () => {
    const host = createFakeHost(seedWorkbook());
    expect(await new OfficeWorkbook(host).sheetNames()).toEqual([SEED_SHEET, 'Ghi chú']);
    expect(host.workbook.syncs).toBe(1);
  });
});

describe('a workbook too large for one response', () => {
  test('read in row bands gives the very same grids (values, formats, formulas, merges, hidden rows)', async () => {
    const workbook = seedWorkbook(300);
    workbook.sheet(SEED_SHEET).hiddenRows.add(6);
    workbook.sheet(SEED_SHEET).setRows([['=SUM(G4:H4)']], 3, 8);
    const host = createFakeHost(workbook);
    const port = new OfficeWorkbook(host);
    const whole = await port.readSheets([SEED_SHEET, 'Ghi chú']);
    host.workbook.syncs = 0;
    // 500 cells a sync: the plan sheet (303 × 9) comes in many bands.
    const seen: Array<[number, number]> = [];
    const banded = await readGridsInBands(host, port.features, [SEED_SHEET, 'Ghi chú'], 500, (done, total) => seen.push([done, total]));
    expect(banded).toEqual(whole);
    expect(host.workbook.syncs).toBeGreaterThan(5);
    // Progress for the pane's bar: the sizes, then each band's sync, out of all of them, known from the start.
    const total = host.workbook.syncs;
    expect(seen).toEqual(Array.from({ length: total }, (_, i) => [i + 1, total]));
  });

  test('a response over 5 MB is read again in bands, each under the limit', async () => {
    const workbook = seedWorkbook(1_000);
    // A long note in every row makes the sheet far larger than one response.
    const long = 'Ghi chú dài về tiến độ thực hiện chỉ tiêu của xã '.repeat(100);
    workbook.sheet(SEED_SHEET).setRows(Array.from({ length: 1_000 }, () => [long]), 3, 8);
    const host = createFakeHost(workbook);
    const grids = await new OfficeWorkbook(host).readSheets([SEED_SHEET]);
    expect(analyzeWorkbook(grids).indicators).toHaveLength(998);
    expect(grids[0]!.rows[1_002]![8]!.value).toBe(long);
    // The one-sync try is refused, then bands: smaller each time a sync is still refused, until every one fits.
    const responses = host.workbook.responses;
    expect(responses[0]).toBeGreaterThan(5 * 1024 * 1024);
    let lastRefused = 0;
    responses.forEach((bytes, i) => bytes > 5 * 1024 * 1024 && (lastRefused = i));
    const final = responses.slice(lastRefused + 1);
    expect(final.length).toBeGreaterThan(3);
    for (const bytes of final) expect(bytes).toBeLessThan(5 * 1024 * 1024);
  });

  describe('the saved mapping of a workbook read in bands', () => {
    async function largeWithMapping(): Promise<{ workbook: ReturnType<typeof seedWorkbook>; host: ReturnType<typeof createFakeHost> }> {
      const workbook = seedWorkbook(1_000);
      workbook.sheet(SEED_SHEET).setRows(Array.from({ length: 1_000 }, () => ['Ghi chú dài về tiến độ thực hiện chỉ tiêu của xã '.repeat(100)]), 3, 8);
      const host = createFakeHost(workbook);
      await new OfficeWorkbook(host).writeMapping({ version: 1, sheets: {}, commune: 'xã Lộc Tấn' });
      return { workbook, host };
    }

    test('is read with the sheets\' sizes, in no sync of its own', async () => {
      const { workbook, host } = await largeWithMapping();
      workbook.syncs = 0;
      const read = await new OfficeWorkbook(host).readAll();
      expect(read.stored).toMatchObject({ found: true, mapping: { commune: 'xã Lộc Tấn' } });
      // The same workbook without a saved mapping takes as many syncs.
      const syncs = workbook.syncs;
      workbook.customXmlParts.splice(0);
      workbook.syncs = 0;
      expect((await new OfficeWorkbook(host).readAll()).stored).toEqual({ found: false });
      expect(workbook.syncs).toBe(syncs);
    });

    test('is still read when another copy of the add-in replaced it in the meantime', async () => {
      const { workbook, host } = await largeWithMapping();
      // Between the names' sync and the band read, the part read first is replaced by a newer one.
      let runs = 0;
      const racing = { ...host, run: <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
        if (++runs === 2) workbook.customXmlParts.splice(0, 1, { ...workbook.addPart(workbook.customXmlParts[0]!.xml.replace('xã Lộc Tấn', 'xã Tân Phú')), id: '{part-new}' });
        return host.run(batch);
      } };
      const read = await new OfficeWorkbook(racing).readAll();
      expect(read.stored).toMatchObject({ found: true, mapping: { commune: 'xã Tân Phú' } });
      expect(read.grids[0]!.rows).toHaveLength(1_003);
    });
  });
});
