/**
 * The add-in's own sheets in .xlsx files other programs saved: LibreOffice
 * renumbers sheetIds on save and Excel reuses a deleted sheet's id, so an id
 * says nothing; the hidden DTI_OWN mark does.
 */
import { loadSnapshot } from '../../src/ports/load-snapshot';
import { prepareSummary } from '../../src/core/workbook/summary-action';
import { XlsxWorkbook } from '../../src/xlsx/xlsx-workbook';
import { deleteSheet, partText, renameSheet, setSheetId } from '../helpers/xlsx-package';
import { NOTES_SHEET, seedXlsx } from '../../kit/fake-excel/seed-xlsx';

const NOV = { year: 2026, month: 11 };
const AT = new Date(2026, 11, 5, 9, 30);

async function withReport(): Promise<Uint8Array> {
  const port = await XlsxWorkbook.fromBytes(await seedXlsx(), 'so.xlsx');
  expect((await port.apply(prepareSummary(await loadSnapshot(port), NOV, AT).plans)).ok).toBe(true);
  return port.toBytes();
}

async function plansFor(bytes: Uint8Array) {
  const port = await XlsxWorkbook.fromBytes(bytes, 'so.xlsx');
  return { port, plans: prepareSummary(await loadSnapshot(port), NOV, AT).plans };
}

test('sheetIds renumbered by another program: the report is still known and refreshed in place', async () => {
  let bytes = await withReport();
  // The notes sheet takes the report's old id and the report another (ids as LibreOffice or Excel may leave them).
  bytes = await setSheetId(bytes, 'Báo cáo T11-2026', 41);
  bytes = await setSheetId(bytes, NOTES_SHEET, 3);
  const { port, plans } = await plansFor(bytes);
  expect(plans.map((p) => [p.sheet, p.mode])).toEqual([
    ['Báo cáo T11-2026', 'replace-own'],
    ['Phụ lục BC T11-2026', 'replace-own'],
    ['DTI_LichSu', 'replace-own'],
  ]);
  expect((await port.apply(plans)).ok).toBe(true);
  expect(await port.sheetNames()).toEqual(['Phụ lục CĐS', NOTES_SHEET, 'Báo cáo T11-2026', 'Phụ lục BC T11-2026', 'DTI_LichSu']);
});

test("a deleted report's id and name given to a user's sheet: that sheet is the user's, read and kept", async () => {
  let bytes = await withReport();
  const workbook = await partText(bytes, 'xl/workbook.xml');
  const reportId = Number(/<sheet [^>]*name="Báo cáo T11-2026"[^>]*sheetId="(\d+)"|<sheet [^>]*sheetId="(\d+)"[^>]*name="Báo cáo T11-2026"/.exec(workbook)!.slice(1).find(Boolean));
  bytes = await deleteSheet(bytes, 'Báo cáo T11-2026');
  bytes = await renameSheet(bytes, NOTES_SHEET, 'Báo cáo T11-2026');
  bytes = await setSheetId(bytes, 'Báo cáo T11-2026', reportId);
  const { port, plans } = await plansFor(bytes);
  const snapshot = await loadSnapshot(port);
  expect(snapshot.sheets.find((s) => s.sheet === 'Báo cáo T11-2026')).toMatchObject({ own: null, dti: false });
  expect(plans[0]).toMatchObject({ sheet: 'Báo cáo T11-2026 (2)', mode: 'create' });
  // The deleted report's mark went with it: the appendix's and the history's marks still name their sheets.
  expect(plans.slice(1).map((p) => [p.sheet, p.mode])).toEqual([
    ['Phụ lục BC T11-2026', 'replace-own'],
    ['DTI_LichSu', 'replace-own'],
  ]);
  expect((await port.apply(plans)).ok).toBe(true);
});
