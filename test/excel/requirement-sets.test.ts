/**
 * Every Office API the pane calls, against the requirement set it needs: the fake
 * Excel throws (as office.js does) when a member above ExcelApi 1.4, the pane's
 * minimum, is called on an Excel that lacks it. The pane's whole work (read, save
 * the mapping, status columns, the monthly report) must then succeed at 1.4 and at
 * each version the support table in README.md names, doing less where a feature is missing.
 */
import { detectFeatures, PANE_EXCEL_API, paneSupported } from '../../src/excel/features';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { makeMonthlyReport, NO_PROGRESS, saveSheetChoice, writeStatusColumns } from '../../src/taskpane/commands';
import { readCurrent } from '../../src/taskpane/workbook-session';
import { createFakeHost } from '../../kit/fake-excel/fake-excel';
import { SEED_SHEET } from '../../kit/fake-excel/seed-sheet';
import { seedWorkbook } from '../../kit/fake-excel/seed-workbook';

const INPUT = { commune: 'xã An Bình', number: '5', province: 'Đồng Nai', signerTitle: 'Phó Chủ tịch', signerName: 'Nguyễn Văn An' };

test('the fake refuses an API its Excel lacks, as office.js does', async () => {
  const host = createFakeHost(seedWorkbook(), { excelApi: '1.4' });
  await expect(host.run(async (context) => context.workbook.worksheets.getItem(SEED_SHEET).getRangeByIndexes(0, 0, 1, 1).load('values'))).rejects.toThrow(/getRangeByIndexes needs ExcelApi 1.7/);
  await expect(host.run(async (context) => context.workbook.customXmlParts.load('items'))).rejects.toThrow(/customXmlParts needs ExcelApi 1.5/);
});

// 1.4: the pane's minimum; 1.7: Office 2019 (volume licence); 1.14: Office 2021; 1.17: Office 2024 and later.
describe.each(['1.4', '1.7', '1.14', '1.17'])('an Excel with ExcelApi %s', (version) => {
  test('runs the pane\'s whole work: sheets, mapping, status columns, report', async () => {
    const workbook = seedWorkbook();
    const host = createFakeHost(workbook, { excelApi: version });
    expect(paneSupported(host)).toBe(true);
    const port = new OfficeWorkbook(host);
    const snapshot = await readCurrent(port);
    expect(snapshot.sheets.find((s) => s.sheet === SEED_SHEET)?.included).toBe(true);

    const saved = await saveSheetChoice(port, [SEED_SHEET], new Set([SEED_SHEET]), NO_PROGRESS);
    expect(saved.intent).toBe('success');
    // The mapping is kept in the file: in a custom XML part from ExcelApi 1.5, else in the document settings.
    const inParts = workbook.customXmlParts.length > 0;
    expect([inParts, workbook.settings.size > 0]).toEqual(version === '1.4' ? [false, true] : [true, false]);

    const status = await writeStatusColumns(port, '2026-11', NO_PROGRESS);
    expect('notice' in status && status.notice.intent).toBe('success');
    expect(workbook.sheet(SEED_SHEET).cell(4, 9).formula).toBe('=DTI.STATUS(H5,D5,C5)');

    const report = await makeMonthlyReport(port, '2026-11', NO_PROGRESS, INPUT);
    expect(report.intent).toBe('success');
    const made = workbook.sheet('Báo cáo T11-2026');
    expect(made.cell(1, 0).value).toBe('XÃ AN BÌNH');
    // Print setup (1.9) and rules under the heading (1.9) only where Excel has them.
    const features = detectFeatures(host);
    expect(made.lines.length > 0).toBe(features.shapes);
    expect(made.pageLayout.orientation !== undefined).toBe(features.pageLayout);
  });
});

test('below ExcelApi 1.4 the pane is not started (it says which Excel is needed instead)', () => {
  expect(PANE_EXCEL_API).toBe('1.4');
  expect(paneSupported(createFakeHost(seedWorkbook(), { excelApi: '1.3' }))).toBe(false);
  expect(paneSupported(createFakeHost(seedWorkbook(), { excelApi: '1.1' }))).toBe(false);
  expect(paneSupported({ isSetSupported: () => { throw new Error('no requirements API'); } })).toBe(false);
});
