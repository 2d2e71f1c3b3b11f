import type { Grid } from '../../src/core/grid';
import type { Block } from '../../src/core/writing/write-plan';
import { analyzeGrids } from '../../src/core/workbook/snapshot';
import {
  blocksHash,
  findOwnSheet,
  gridHash,
  isListedByNameAndId,
  isOwnSheetOf,
  newOwnToken,
  type OwnSheet,
  reconcileOwnSheets,
  recordOwnSheet,
} from '../../src/core/writing/own-sheets';

const report: OwnSheet = { kind: 'summary', month: '2026-11', name: 'Báo cáo T11-2026', token: 'summary_aaaaaaaa', ids: ['xlsx:3'] };
const history: OwnSheet = { kind: 'history', name: 'DTI_LichSu', token: 'history_bbbbbbbb', ids: ['xlsx:4', 'excel:{H}'] };

describe("the add-in's own sheets carry the token of a record entry", () => {
  test('a sheet is found by its token, whatever it is called now and whatever id a host gave it', () => {
    expect(findOwnSheet({ name: 'Báo cáo tháng 11 (gửi huyện)', id: 'xlsx:9', token: 'summary_aaaaaaaa' }, [report, history])).toBe(report);
  });

  test('a sheet of the listed name and id without the token is a user\'s sheet (deleted report, sheet made again; ids renumbered)', () => {
    expect(findOwnSheet({ name: 'Báo cáo T11-2026', id: 'xlsx:3' }, [report, history])).toBeNull();
    expect(findOwnSheet({ name: 'DTI_LichSu', id: 'excel:{H}', token: 'history_zzzzzzzz' }, [report, history])).toBeNull();
  });

  test('a token no entry lists (the record was lost or belongs to another file) finds nothing', () => {
    expect(findOwnSheet({ name: 'Báo cáo T11-2026', token: 'summary_aaaaaaaa' }, undefined)).toBeNull();
    expect(findOwnSheet({ name: 'Báo cáo T11-2026', token: 'summary_cccccccc' }, [report])).toBeNull();
  });

  test('copies of an own sheet carry its token: only the one under the recorded name is the entry\'s', () => {
    const original = { name: 'Báo cáo T11-2026', token: 'summary_aaaaaaaa' };
    const copy = { name: 'Báo cáo T11-2026 (2)', token: 'summary_aaaaaaaa' };
    expect(findOwnSheet(original, [report], [original, copy])).toBe(report);
    expect(findOwnSheet(copy, [report], [original, copy])).toBeNull();
    // The original renamed and a copy left: neither is surely the one written, neither is replaced.
    const renamed = { name: 'Gửi huyện', token: 'summary_aaaaaaaa' };
    expect(findOwnSheet(renamed, [report], [renamed, copy])).toBeNull();
  });

  test('the kind and month must match for a replacement', () => {
    const sheet = { name: 'Báo cáo T11-2026', token: 'summary_aaaaaaaa' };
    expect(isOwnSheetOf(sheet, [report], { kind: 'summary', month: '2026-11' })).toBe(true);
    expect(isOwnSheetOf(sheet, [report], { kind: 'summary', month: '2026-10' })).toBe(false);
    expect(isOwnSheetOf(sheet, [report], { kind: 'history' })).toBe(false);
  });

  test('fresh tokens differ and fit the record', () => {
    const a = newOwnToken('summary');
    const b = newOwnToken('summary');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^summary_[A-Za-z0-9]{16,}$/);
  });
});

describe('records of the first version (no tokens)', () => {
  const old: OwnSheet = { kind: 'summary', month: '2026-10', name: 'Báo cáo T10-2026', ids: ['xlsx:3'] };

  test('their sheets are known by name and id, to keep them out of the plans, but are never replaced', () => {
    expect(isListedByNameAndId({ name: 'Báo cáo T10-2026', id: 'xlsx:3' }, [old])).toBe(true);
    expect(isListedByNameAndId({ name: 'Báo cáo T10-2026', id: 'xlsx:5' }, [old])).toBe(false);
    expect(findOwnSheet({ name: 'Báo cáo T10-2026', id: 'xlsx:3' }, [old])).toBeNull();
  });

  test('they stay in the record while their sheet is there', () => {
    expect(reconcileOwnSheets([old], [{ name: 'Báo cáo T10-2026', id: 'xlsx:3' }])).toEqual([old]);
    expect(reconcileOwnSheets([old], [{ name: 'Kế hoạch', id: 'xlsx:1' }])).toEqual([]);
  });
});

describe('keeping the record up to date', () => {
  test('a deleted sheet leaves the record; a renamed one keeps its entry under the new name and learns this host\'s id', () => {
    const sheets = [
      { name: 'Báo cáo gửi huyện', id: 'excel:{R}', token: 'summary_aaaaaaaa' },
      { name: 'Kế hoạch', id: 'excel:{K}' },
    ];
    expect(reconcileOwnSheets([report, history], sheets)).toEqual([{ ...report, name: 'Báo cáo gửi huyện', ids: ['xlsx:3', 'excel:{R}'] }]);
  });

  test('writing a sheet records it with its token and this host\'s id, replacing the entry of that token or name', () => {
    const tag = { kind: 'summary' as const, month: '2026-11', token: 'summary_dddddddd', hash: 'h' };
    const after = recordOwnSheet([report, history], { name: 'Báo cáo T11-2026', id: 'xlsx:7', token: 'summary_dddddddd' }, tag);
    expect(after).toEqual([history, { kind: 'summary', month: '2026-11', name: 'Báo cáo T11-2026', token: 'summary_dddddddd', ids: ['xlsx:7'], hash: 'h', marked: true }]);
    // A host that could not mark the sheet says so: the entry then also knows its sheet by name and id.
    const unmarked = recordOwnSheet([], { name: 'Báo cáo T11-2026', id: 'excel:{R}' }, tag);
    expect(unmarked).toEqual([{ kind: 'summary', month: '2026-11', name: 'Báo cáo T11-2026', token: 'summary_dddddddd', ids: ['excel:{R}'], hash: 'h' }]);
    expect(isListedByNameAndId({ name: 'Báo cáo T11-2026', id: 'excel:{R}' }, unmarked)).toBe(true);
    expect(isListedByNameAndId({ name: 'Báo cáo T11-2026', id: 'xlsx:7' }, after)).toBe(false);
  });
});

describe('a report the user edited is told from one as written', () => {
  const blocks: Block[] = [
    { top: 1, left: 0, cells: [[{ value: 'BÁO CÁO' }], [{ value: 0.85, style: { numberFormat: '0%' } }, { formula: '=A2*2', result: 1.7 }]] },
    { top: 5, left: 1, cells: [[{ value: 12 }]] },
  ];
  const grid = (rows: Grid['rows']): Grid => ({ sheet: 'Báo cáo', origin: { row: 0, col: 0 }, rows, merges: [] });
  const asWritten = grid([
    [{ value: 'BÁO CÁO' }, { value: null }],
    [{ value: 0.85, format: '0%' }, { value: 1.7, formula: '=A2*2' }],
    [],
    [],
    [{ value: null }, { value: 12 }],
  ]);

  test('the values read back hash as the plan wrote them (formats and formula results aside)', () => {
    expect(gridHash(asWritten)).toBe(blocksHash(blocks));
  });

  test('a word typed anywhere, a value changed or a cell cleared changes the hash', () => {
    const typed = grid([...asWritten.rows.slice(0, 4), [{ value: 'Ý kiến' }, { value: 12 }]]);
    const changed = grid([asWritten.rows[0]!, [{ value: 0.9 }, asWritten.rows[1]![1]!], [], [], asWritten.rows[4]!]);
    const cleared = grid(asWritten.rows.slice(0, 4));
    for (const edited of [typed, changed, cleared]) expect(gridHash(edited)).not.toBe(blocksHash(blocks));
  });
});

describe('reading a workbook', () => {
  const planRows: Grid['rows'] = [
    [{ value: 'STT' }, { value: 'Chỉ tiêu' }, { value: 'Chỉ tiêu năm' }, { value: 'Kết quả' }],
    [{ value: 1 }, { value: 'Tỷ lệ hồ sơ trực tuyến' }, { value: '80%' }, { value: 0.5 }],
    [{ value: 2 }, { value: 'Số cuộc họp trực tuyến' }, { value: '12 cuộc' }, { value: 3 }],
  ];
  const sheet = (name: string, extra: Partial<Grid> = {}): Grid => ({ sheet: name, origin: { row: 0, col: 0 }, rows: planRows, merges: [], ...extra });

  test('a sheet with the mark is never read as a plan, even when the record that lists it was lost', () => {
    const read = analyzeGrids([sheet('Kế hoạch'), sheet('Báo cáo T11-2026', { ownToken: 'summary_aaaaaaaa' })], null);
    expect(read.sheets.map((s) => [s.sheet, s.dti, s.included, s.indicators])).toEqual([
      ['Kế hoạch', false, true, 2],
      ['Báo cáo T11-2026', true, false, 0],
    ]);
  });

  test('text a user types never makes a sheet the add-in\'s: only the hidden mark does', () => {
    const typed: Grid = { ...sheet('Kế hoạch 2'), rows: [...planRows, [{ value: 'DTI_OWN' }, { value: 'summary_aaaaaaaa' }], [{ value: 'dti:summary:2026-11' }]] };
    const read = analyzeGrids([typed], { version: 1, sheets: {}, ownSheets: [report] });
    expect(read.sheets[0]).toMatchObject({ own: null, dti: false, included: true, indicators: 2 });
  });
});
