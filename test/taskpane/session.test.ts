import { MAPPING_NAMESPACE } from '../../src/core/mapping-xml';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { prepareStatusColumns } from '../../src/taskpane/actions';
import { saveMapping, writeStatusColumns } from '../../src/taskpane/commands';
import { draftAtRow, previewIndicators, setField } from '../../src/taskpane/mapping-draft';
import { loadSnapshot } from '../../src/taskpane/workbook-session';
import { createFakeHost } from '../fakes/fake-excel';
import { SEED_SHEET } from '../fakes/seed-sheet';
import { seedWorkbook } from '../fakes/seed-workbook';

const NOV = { year: 2026, month: 11 };

describe('the task pane\'s work on a workbook', () => {
  test.each([1_000, 10_000])('%i rows: checking, saving the mapping and adding status columns each take the same few syncs', async (rows) => {
    const workbook = seedWorkbook(rows);
    const port = new OfficeWorkbook(createFakeHost(workbook));
    const counts: Record<string, number> = {};
    const measure = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
      workbook.syncs = 0;
      const result = await fn();
      counts[name] = workbook.syncs;
      return result;
    };
    const snapshot = await measure('check', () => loadSnapshot(port));
    expect(snapshot.analysis.indicators).toHaveLength(rows - 2);
    const table = snapshot.sheets.find((s) => s.sheet === SEED_SHEET)!.tables[0]!;
    const draft = { headerTop: table.headerTop, headerBottom: table.headerBottom, columns: { id: 'A', name: 'B', unit: 'C', target: 'D', owner: 'E', deadline: 'F' }, months: [{ column: 'H', year: 2026, month: 11 }] };
    await measure('mapping', () => saveMapping(port, snapshot, SEED_SHEET, [draft]));
    const prep = prepareStatusColumns(snapshot, NOV);
    await measure('status', () => writeStatusColumns(port, prep, () => undefined, false));
    // names (1) + every used range (1) + the mapping (1: none saved yet); save: find + replace (2); status: check + write (2).
    expect(counts).toEqual({ check: 3, mapping: 2, status: 2 });
  });

  test('a corrected column is saved in the workbook and used when the sheet is read again', async () => {
    const workbook = seedWorkbook();
    const port = new OfficeWorkbook(createFakeHost(workbook));
    const snapshot = await loadSnapshot(port);
    const grid = snapshot.grids.find((g) => g.sheet === SEED_SHEET)!;
    // The user says the owner is in column F (not E).
    const draft = setField(draftAtRow(grid, 3), 'owner', 'F');
    expect(previewIndicators(grid, draft)[0]!.owner).toBe('Tháng 12/2026');
    await saveMapping(port, snapshot, SEED_SHEET, [draft]);
    expect(workbook.customXmlParts.find((p) => p.xml.includes(MAPPING_NAMESPACE))!.xml).toContain('"owner":"F"');
    const again = await loadSnapshot(port);
    expect(again.analysis.tables[0]!.source).toBe('saved');
    expect(again.analysis.indicators[0]!.owner).toBe('Tháng 12/2026');
  });

  test('a damaged mapping is reported and detection runs again', async () => {
    const workbook = seedWorkbook();
    workbook.addPart(`<?xml version="1.0"?><dtiMapping xmlns="${MAPPING_NAMESPACE}">{"version":7}</dtiMapping>`);
    const snapshot = await loadSnapshot(new OfficeWorkbook(createFakeHost(workbook)));
    expect(snapshot.mappingError).toMatch(/không hợp lệ/);
    expect(snapshot.analysis.indicators).toHaveLength(5);
    expect(snapshot.analysis.tables[0]!.source).toBe('detected');
  });

  test('the notes sheet is not an indicator sheet; the report sheets DTI made are never analysed', async () => {
    const workbook = seedWorkbook();
    workbook.addSheet('Báo cáo T10-2026', [['STT', 'Chỉ tiêu', 'Chỉ tiêu năm', 'Kết quả'], ['1', 'Tỷ lệ A', '80%', 0.5], ['dti:summary:2026-10']]);
    const snapshot = await loadSnapshot(new OfficeWorkbook(createFakeHost(workbook)));
    expect(snapshot.sheets.map((s) => [s.sheet, s.included, s.marker])).toEqual([
      [SEED_SHEET, true, null],
      ['Ghi chú', false, null],
      ['Báo cáo T10-2026', false, 'dti:summary:2026-10'],
    ]);
    expect(new Set(snapshot.analysis.indicators.map((i) => i.sheet))).toEqual(new Set([SEED_SHEET]));
  });

  test('overwriting a user\'s cell needs consent; without it nothing is written and the notice says why', async () => {
    const workbook = seedWorkbook();
    workbook.sheet(SEED_SHEET).setRows([['Tình trạng'], ['=IF(H4>0,"x","y")'], ['=IF(H5>0,"x","y")']], 2, 8);
    const port = new OfficeWorkbook(createFakeHost(workbook));
    const prep = prepareStatusColumns(await loadSnapshot(port), NOV);
    expect(prep.foreign.map((c) => c.address)).toEqual(['I4', 'I5']);
    const refused = await writeStatusColumns(port, prep, () => undefined, false);
    expect(refused.intent).toBe('warning');
    expect(refused.items!.map((i) => i.vi).join(' ')).toContain('I5');
    expect(workbook.sheet(SEED_SHEET).cell(4, 8).formula).toBe('=IF(H5>0,"x","y")');
    const agreed = await writeStatusColumns(port, prep, () => undefined, true);
    expect(agreed.intent).toBe('success');
    expect(workbook.sheet(SEED_SHEET).cell(4, 8).formula).toBe('=DTI.STATUS(H5,D5,C5)');
  });
});
