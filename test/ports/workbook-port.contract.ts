/**
 * What every workbook port promises, whatever holds the workbook: the Office.js
 * adapter over the stateful fake of Excel, and the .xlsx port over real file
 * bytes run this same suite (workbook-port.*.test.ts). Each subject starts from
 * the same commune workbook: the plan appendix "Phụ lục CĐS" (seed rows, shares
 * shown as 0%, a merged title) and a notes sheet "Ghi chú".
 */
import { type Cell, type Grid, parseAddress } from '../../src/core/grid';
import type { SheetPlan } from '../../src/core/writing/write-plan';
import type { WorkbookMapping } from '../../src/core/schema';
import { prepareStatusColumns } from '../../src/core/workbook/actions';
import { prepareSummary } from '../../src/core/workbook/summary-action';
import { loadSnapshot } from '../../src/ports/load-snapshot';
import { recordKept } from '../../src/ports/blocked-writes';
import type { ApplyResult, WorkbookPort } from '../../src/ports/workbook-port';
import { SEED_SHEET } from '../../kit/fake-excel/seed-sheet';

import { NOTES_SHEET } from '../../kit/fake-excel/seed-xlsx';

export { NOTES_SHEET };
const NOV = { year: 2026, month: 11 };
const GENERATED = new Date(2026, 11, 5, 9, 30);

export interface PortSubject {
  /** The port under test; a subject that changes the workbook behind the port's back may hand out a new one. */
  port: WorkbookPort;
  /** 'excel' or 'xlsx': the prefix of the sheet ids the port records. */
  host: string;
  /** Everything the workbook holds (cells, formats, sheets, ids, the DTI record…), to prove a refusal changed nothing. */
  state(): Promise<string>;
  /** What a user sees and the add-in reads, without host ids (a sheet Excel replaces gets a new id), to compare re-runs. */
  view(): Promise<string>;
  /** What a user may do between the add-in's read and its write. */
  protectSheet(sheet: string): Promise<void>;
  protectStructure(): Promise<void>;
  typeInto(sheet: string, address: string, text: string): Promise<void>;
  renameSheet(from: string, to: string): Promise<void>;
  deleteSheet(name: string): Promise<void>;
  /** The DTI record's part made to hold this XML, as a damaged file or a newer version of DTI leaves it. */
  putRecordXml(xml: string): Promise<void>;
  /** The XML of the DTI record's part as the workbook holds it. */
  recordXml(): Promise<string>;
}

/** The cell at an A1 address of a grid read through a port (grids may start below or right of A1). */
export function cellIn(grid: Grid, address: string): Cell {
  const at = parseAddress(address)!;
  return grid.rows[at.row - grid.origin.row]?.[at.col - grid.origin.col] ?? { value: null };
}

async function sheet(port: WorkbookPort, name: string): Promise<Grid> {
  const [grid] = await port.readSheets([name]);
  if (!grid) throw new Error(`no sheet ${name}`);
  return grid;
}

async function statusPlans(port: WorkbookPort): Promise<SheetPlan[]> {
  const prep = prepareStatusColumns(await loadSnapshot(port), NOV);
  expect(prep.plans).toHaveLength(1);
  return prep.plans;
}

async function summaryPlans(port: WorkbookPort): Promise<SheetPlan[]> {
  return prepareSummary(await loadSnapshot(port), NOV, GENERATED).plans;
}

function reasons(result: ApplyResult): string[] {
  return result.ok ? [] : result.blocked.map((b) => `${b.reason}:${b.where}`);
}

/** A plan that makes a sheet of its own, holding values of every kind. */
function kindsPlan(name: string): SheetPlan {
  return {
    sheet: name,
    mode: 'create',
    blocks: [
      {
        top: 1,
        left: 0,
        cells: [
          [{ value: '07' }, { value: '7/9' }, { value: '2026-11' }, { value: 12.5, style: { numberFormat: '0.0%' } }, { value: true }, { value: '=1+1' }],
          [{ formula: '=SUM(D1:D1)', result: 12.5 }, { formula: '=DTI.STATUS(D1,"≥ 80%")' }, { value: 'Tình trạng', style: { bold: true, fill: '#DDEBF7', border: true } }],
        ],
      },
    ],
    merges: ['C2:D2'],
    widths: { 0: 12 },
  };
}

export function describeWorkbookPortContract(name: string, makeSubject: () => Promise<PortSubject>): void {
  describe(`the workbook port contract: ${name}`, () => {
    describe('writes', () => {
      test('create: a new sheet after the last one; numbers, booleans and formulas read back, and text stays text', async () => {
        const s = await makeSubject();
        const before = await s.port.sheetNames();
        expect(await s.port.apply([kindsPlan('DTI thử')])).toEqual({ ok: true, written: ['DTI thử'] });
        expect(await s.port.sheetNames()).toEqual([...before, 'DTI thử']);
        const grid = await sheet(s.port, 'DTI thử');
        expect(['A1', 'B1', 'C1', 'D1', 'E1', 'F1'].map((a) => cellIn(grid, a).value)).toEqual(['07', '7/9', '2026-11', 12.5, true, '=1+1']);
        expect(cellIn(grid, 'F1').formula).toBeUndefined();
        expect(cellIn(grid, 'D1').format).toBe('0.0%');
        expect(cellIn(grid, 'A2').formula).toBe('=SUM(D1:D1)');
        expect(cellIn(grid, 'B2').formula).toBe('=DTI.STATUS(D1,"≥ 80%")');
        expect(cellIn(grid, 'C2').value).toBe('Tình trạng');
        expect(grid.merges.map((m) => [m.top + grid.origin.row, m.left + grid.origin.col, m.bottom + grid.origin.row, m.right + grid.origin.col])).toEqual([[1, 2, 1, 3]]);
        // The user's sheets are read as before.
        expect(cellIn(await sheet(s.port, NOTES_SHEET), 'A1').value).toBe('Ghi chú của Phòng Văn hóa - Xã hội');
      });

      test('cells: the status columns hold their formulas and every other cell of the sheet reads as before', async () => {
        const s = await makeSubject();
        const before = await sheet(s.port, SEED_SHEET);
        const plans = await statusPlans(s.port);
        const progress: Array<[number, number]> = [];
        expect(await s.port.apply(plans, (done, total) => progress.push([done, total]))).toEqual({ ok: true, written: [SEED_SHEET] });
        expect(progress.length).toBeGreaterThan(0);
        const [done, total] = progress[progress.length - 1]!;
        expect(done).toBe(total);
        const after = await sheet(s.port, SEED_SHEET);
        expect(cellIn(after, 'I3').value).toBe('Chênh lệch');
        expect(cellIn(after, 'J3').value).toBe('Tình trạng');
        expect(cellIn(after, 'K3').value).toBe('Tiến độ');
        expect(cellIn(after, 'J5').formula).toBe('=DTI.STATUS(H5,D5,C5)');
        expect(cellIn(after, 'K5').format).toBe('0%');
        for (let row = 1; row <= 10; row++) {
          for (const col of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']) expect([`${col}${row}`, cellIn(after, `${col}${row}`)]).toEqual([`${col}${row}`, cellIn(before, `${col}${row}`)]);
        }
        expect(after.merges).toEqual(before.merges);
      });

      test("replace-own: the add-in's own sheet is rewritten where it is, and the record lists it once", async () => {
        const s = await makeSubject();
        const first = await summaryPlans(s.port);
        expect((await s.port.apply(first)).ok).toBe(true);
        expect((await s.port.apply([kindsPlan('Sổ sau')])).ok).toBe(true);
        const order = await s.port.sheetNames();
        expect(order).toEqual([SEED_SHEET, NOTES_SHEET, 'Báo cáo T11-2026', 'Phụ lục BC T11-2026', 'DTI_LichSu', 'Sổ sau']);

        const again = await summaryPlans(s.port);
        expect(again.map((p) => p.mode)).toEqual(['replace-own', 'replace-own', 'replace-own']);
        expect(await s.port.apply(again)).toEqual({ ok: true, written: ['Báo cáo T11-2026', 'Phụ lục BC T11-2026', 'DTI_LichSu'] });
        expect(await s.port.sheetNames()).toEqual(order);
        const stored = await s.port.readMapping();
        const own = stored.found && 'mapping' in stored ? stored.mapping.ownSheets ?? [] : [];
        expect(own.map((o) => [o.kind, o.month ?? null, o.name])).toEqual([
          ['summary', '2026-11', 'Báo cáo T11-2026'],
          ['appendix', '2026-11', 'Phụ lục BC T11-2026'],
          ['history', null, 'DTI_LichSu'],
        ]);
        // Each is known by its hidden mark. The .xlsx port also keeps the sheet's number, never to give it to another
        // sheet; Excel's ids are never reused, so the Office.js port records its new sheets by their marks alone, in the
        // same sync as the writes.
        for (const entry of own) expect(entry).toMatchObject({ marked: true, ids: s.host === 'xlsx' ? [expect.stringMatching(/^xlsx:\d+$/)] : [] });
        const history = await sheet(s.port, 'DTI_LichSu');
        expect(history.rows.filter((r) => r[1]?.value === '2026-11')).toHaveLength(3); // November recorded once (indicators 1, 2 and 4 have a value)
      });

      test('the mapping kept in the workbook survives the writes, and the own-sheet record survives a mapping saved later', async () => {
        const s = await makeSubject();
        const mapping: WorkbookMapping = { version: 1, sheets: { [NOTES_SHEET]: { indicators: false, tables: [] } }, commune: 'xã An Bình' };
        await s.port.writeMapping(mapping);
        expect((await s.port.apply(await summaryPlans(s.port))).ok).toBe(true);
        const stored = await s.port.readMapping();
        expect(stored).toEqual({ found: true, mapping: { ...mapping, ownSheets: expect.any(Array) } });
        const own = stored.found && 'mapping' in stored ? stored.mapping.ownSheets : [];
        expect(own?.map((o) => o.name)).toEqual(['Báo cáo T11-2026', 'Phụ lục BC T11-2026', 'DTI_LichSu']);
        const report = await sheet(s.port, 'Báo cáo T11-2026');
        expect([cellIn(report, 'A1').value, cellIn(report, 'A2').value]).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ AN BÌNH']);

        await s.port.writeMapping({ ...mapping, commune: 'xã An Bình Tây' });
        const later = await s.port.readMapping();
        expect(later.found && 'mapping' in later && later.mapping).toEqual({ ...mapping, commune: 'xã An Bình Tây', ownSheets: own });
      });
      test('a record rewritten by a report, then by a saved mapping, keeps the attributes and elements this version does not know', async () => {
        const s = await makeSubject();
        const head = '<dtiMapping xmlns="urn:dti-excel:mapping:v1" xmlns:n="urn:dti-excel:notes" version="1" n:by="DTI 1.4">';
        const notes = '<n:note when="2026-10-31">Đã đối chiếu</n:note><n:empty/>';
        await s.putRecordXml(`${head}{"version":1,"sheets":{},"commune":"xã An Bình"}${notes}</dtiMapping>`);
        expect((await s.port.apply(await summaryPlans(s.port))).ok).toBe(true);
        const afterReport = await s.recordXml();
        expect([afterReport.startsWith(head), afterReport.endsWith(`${notes}</dtiMapping>`), afterReport.includes('Phụ lục BC T11-2026')]).toEqual([true, true, true]);
        await s.port.writeMapping({ version: 1, sheets: {}, commune: 'xã An Bình Tây' });
        const afterSave = await s.recordXml();
        expect([afterSave.startsWith(head), afterSave.endsWith(`${notes}</dtiMapping>`), afterSave.includes('xã An Bình Tây')]).toEqual([true, true, true]);
      });
    });

    describe('refusals change nothing at all', () => {
      async function refused(s: PortSubject, plans: SheetPlan[], expected: string[], options?: { allowOverwrite?: string[] }): Promise<void> {
        const before = await s.state();
        const result = await s.port.apply(plans, undefined, options);
        expect(reasons(result)).toEqual(expected);
        if (!result.ok) for (const b of result.blocked) expect(b.message.vi.length * b.message.en.length).toBeGreaterThan(0);
        expect(await s.state()).toBe(before);
      }

      test.each([
        ['damaged (a character reference beyond Unicode)', '<dtiMapping xmlns="urn:dti-excel:mapping:v1">{"version":1,"sheets":{},"commune":"xã &#99999999;"}</dtiMapping>', 'damaged'],
        ['written by a newer version', '<dtiMapping xmlns="urn:dti-excel:mapping:v1" version="2">{"version":2,"sheets":{},"reports":[]}</dtiMapping>', 'newer'],
      ] as const)('a DTI record %s is never written over: the report and a saved mapping are refused; cells of a plan sheet are still written', async (_name, xml, state) => {
        const s = await makeSubject();
        await s.putRecordXml(xml);
        const plans = await summaryPlans(s.port);
        const before = await s.state();
        const result = await s.port.apply(plans);
        const said = recordKept('', state, '').message;
        expect(result.ok ? [] : result.blocked.map((b) => [b.reason, b.message])).toEqual([['record-kept', said]]);
        await expect(s.port.writeMapping({ version: 1, sheets: {}, commune: 'xã An Bình' })).rejects.toThrow(said.en);
        expect(await s.state()).toBe(before);
        expect((await s.port.apply(await statusPlans(s.port))).ok).toBe(true);
      });

      test('a cell the add-in did not write (typed after the plan was made); with the user\'s consent for that cell it is written', async () => {
        const s = await makeSubject();
        const plans = await statusPlans(s.port);
        await s.typeInto(SEED_SHEET, 'J6', 'đừng xóa');
        await refused(s, plans, ['cell-not-empty:J6']);
        expect((await s.port.apply(plans, undefined, { allowOverwrite: [`${SEED_SHEET}!J6`] })).ok).toBe(true);
        expect(cellIn(await sheet(s.port, SEED_SHEET), 'J6').formula).toBe('=DTI.STATUS(H6,D6,C6)');
      });

      test('consent for another cell does not open this one', async () => {
        const s = await makeSubject();
        const plans = await statusPlans(s.port);
        await s.typeInto(SEED_SHEET, 'J6', 'đừng xóa');
        await refused(s, plans, ['cell-not-empty:J6'], { allowOverwrite: [`${SEED_SHEET}!J7`, `${NOTES_SHEET}!J6`] });
      });

      test('a protected sheet', async () => {
        const s = await makeSubject();
        const plans = await statusPlans(s.port);
        await s.protectSheet(SEED_SHEET);
        await refused(s, plans, [`protected:${SEED_SHEET}`]);
      });

      test('a protected workbook structure, for the sheets a summary adds', async () => {
        const s = await makeSubject();
        const plans = await summaryPlans(s.port);
        await s.protectStructure();
        await refused(s, plans, ['protected:Báo cáo T11-2026', 'protected:Phụ lục BC T11-2026', 'protected:DTI_LichSu']);
      });

      test('a sheet that is gone', async () => {
        const s = await makeSubject();
        const [plan] = await statusPlans(s.port);
        await refused(s, [{ ...plan!, sheet: 'Phụ lục đã xóa' }], ['sheet-missing:Phụ lục đã xóa']);
      });

      test('a new sheet whose name is taken (whatever the case)', async () => {
        const s = await makeSubject();
        await refused(s, [kindsPlan('GHI CHÚ')], ['sheet-exists:GHI CHÚ']);
      });

      test("replacing a sheet the DTI record does not list as the add-in's", async () => {
        const s = await makeSubject();
        const forged: SheetPlan = { ...kindsPlan(NOTES_SHEET), mode: 'replace-own', own: { kind: 'history', token: 'history_forged0000' } };
        await refused(s, [forged], [`sheet-exists:${NOTES_SHEET}`]);
      });

      test("a user's sheet under the name of a report the user deleted, even with the deleted report's token", async () => {
        const s = await makeSubject();
        const first = await summaryPlans(s.port);
        expect((await s.port.apply(first)).ok).toBe(true);
        await s.deleteSheet('Báo cáo T11-2026');
        await s.renameSheet(NOTES_SHEET, 'Báo cáo T11-2026');
        await refused(s, [{ ...first[0]!, mode: 'replace-own' }], ['sheet-exists:Báo cáo T11-2026']);
      });

      test("the add-in's own report, once the user protected it", async () => {
        const s = await makeSubject();
        expect((await s.port.apply(await summaryPlans(s.port))).ok).toBe(true);
        await s.protectSheet('Báo cáo T11-2026');
        await refused(s, await summaryPlans(s.port), ['protected:Báo cáo T11-2026']);
      });

      test('one refused plan stops the others: nothing is half written', async () => {
        const s = await makeSubject();
        const plans = await statusPlans(s.port);
        await s.protectSheet(SEED_SHEET);
        await refused(s, [kindsPlan('DTI thử'), ...plans], [`protected:${SEED_SHEET}`]);
        expect(await s.port.sheetNames()).not.toContain('DTI thử');
      });
    });

    describe("the add-in's own sheets are known by their hidden mark, not by name or position", () => {
      test('a report the user renamed is refreshed under its new name; no second report is made', async () => {
        const s = await makeSubject();
        expect((await s.port.apply(await summaryPlans(s.port))).ok).toBe(true);
        await s.renameSheet('Báo cáo T11-2026', 'Gửi huyện T11');
        const again = await summaryPlans(s.port);
        expect(again.map((p) => [p.sheet, p.mode])).toEqual([
          ['Gửi huyện T11', 'replace-own'],
          ['Phụ lục BC T11-2026', 'replace-own'],
          ['DTI_LichSu', 'replace-own'],
        ]);
        expect((await s.port.apply(again)).ok).toBe(true);
        expect(await s.port.sheetNames()).toEqual([SEED_SHEET, NOTES_SHEET, 'Gửi huyện T11', 'Phụ lục BC T11-2026', 'DTI_LichSu']);
      });

      test("a report the user deleted: the next summary makes a new one, and a user's sheet of that name is kept beside it", async () => {
        const s = await makeSubject();
        expect((await s.port.apply(await summaryPlans(s.port))).ok).toBe(true);
        await s.deleteSheet('Báo cáo T11-2026');
        await s.renameSheet(NOTES_SHEET, 'Báo cáo T11-2026');
        const snapshot = await loadSnapshot(s.port);
        // The user's sheet is read as the user's (not a report), and the record forgot the deleted report.
        expect(snapshot.sheets.find((i) => i.sheet === 'Báo cáo T11-2026')).toMatchObject({ own: null, dti: false });
        const again = prepareSummary(snapshot, NOV, GENERATED).plans;
        expect(again.map((p) => [p.sheet, p.mode])).toEqual([
          ['Báo cáo T11-2026 (2)', 'create'],
          ['Phụ lục BC T11-2026', 'replace-own'],
          ['DTI_LichSu', 'replace-own'],
        ]);
        expect((await s.port.apply(again)).ok).toBe(true);
        expect(cellIn(await sheet(s.port, 'Báo cáo T11-2026'), 'A1').value).toBe('Ghi chú của Phòng Văn hóa - Xã hội');
      });

      test('a report the user edited by hand is kept as it is; the new report gets a new name', async () => {
        const s = await makeSubject();
        expect((await s.port.apply(await summaryPlans(s.port))).ok).toBe(true);
        await s.typeInto('Báo cáo T11-2026', 'B40', 'Ý kiến của Chủ tịch: đồng ý');
        const again = await summaryPlans(s.port);
        expect(again.map((p) => [p.sheet, p.mode])).toEqual([
          ['Báo cáo T11-2026 (2)', 'create'],
          ['Phụ lục BC T11-2026 (2)', 'create'],
          ['DTI_LichSu', 'replace-own'],
        ]);
        expect((await s.port.apply(again)).ok).toBe(true);
        expect(cellIn(await sheet(s.port, 'Báo cáo T11-2026'), 'B40').value).toBe('Ý kiến của Chủ tịch: đồng ý');
      });
    });

    describe('running again gives the same workbook', () => {
      test('the status columns, twice', async () => {
        const s = await makeSubject();
        expect((await s.port.apply(await statusPlans(s.port))).ok).toBe(true);
        const once = await s.view();
        const again = await statusPlans(s.port);
        expect(again[0]!.blocks[0]!.left).toBe(8); // the same columns, found again
        expect((await s.port.apply(again)).ok).toBe(true);
        expect(await s.view()).toBe(once);
      });

      test('the monthly summary, twice: the same report, appendix and history (the date line is the day it is made)', async () => {
        const s = await makeSubject();
        expect((await s.port.apply(await summaryPlans(s.port))).ok).toBe(true);
        const once = await s.view();
        expect((await s.port.apply(await summaryPlans(s.port))).ok).toBe(true);
        expect(await s.view()).toBe(once);
      });

      test('the monthly summary, a day later: the report and appendix read the same but for their date lines', async () => {
        const s = await makeSubject();
        const cells = async (): Promise<string> => {
          const grids = await s.port.readSheets(['Báo cáo T11-2026', 'Phụ lục BC T11-2026']);
          return JSON.stringify(grids.map((g) => g.rows.map((r) => r.map((c) => [c.value, c.format ?? '']))));
        };
        expect((await s.port.apply(await summaryPlans(s.port))).ok).toBe(true);
        const once = await cells();
        const later = prepareSummary(await loadSnapshot(s.port), NOV, new Date(2026, 11, 6, 8, 0)).plans;
        expect((await s.port.apply(later)).ok).toBe(true);
        const after = await cells();
        const undated = (text: string): string => text.replace(/ngày \d{2} tháng \d{1,2} năm \d{4}/g, 'ngày …').replace(/ngày \d{2}\/\d{2}\/\d{4}/g, 'ngày …');
        expect(after).not.toBe(once);
        expect(after).toContain('ngày 06 tháng 12 năm 2026');
        expect(undated(after)).toBe(undated(once));
      });
    });
  });
}
