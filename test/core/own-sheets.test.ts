import { findOwnSheet, isOwnSheetOf, type OwnSheet, reconcileOwnSheets, recordOwnSheet } from '../../src/core/workbook/own-sheets';

const report: OwnSheet = { kind: 'summary', month: '2026-11', name: 'Báo cáo T11-2026', ids: ['xlsx:3'] };
const history: OwnSheet = { kind: 'history', name: 'DTI_LichSu', ids: ['xlsx:4', 'excel:{H}'] };

describe('the add-in\'s own sheets are the ones its record lists, by id', () => {
  test('a sheet is found by its host id, whatever it is called now', () => {
    expect(findOwnSheet({ name: 'Báo cáo tháng 11 (gửi huyện)', id: 'xlsx:3' }, [report, history])).toBe(report);
  });

  test('a sheet of the listed name but another id of the same host is a user\'s sheet', () => {
    expect(findOwnSheet({ name: 'Báo cáo T11-2026', id: 'xlsx:9' }, [report, history])).toBeNull();
    expect(findOwnSheet({ name: 'DTI_LichSu', id: 'excel:{X}' }, [report, history])).toBeNull();
  });

  test('a host that never saw the sheet (no id of its own in the entry) recognises it by name, case aside', () => {
    expect(findOwnSheet({ name: 'báo cáo t11-2026', id: 'excel:{R}' }, [report])).toBe(report);
  });

  test('no record, no own sheet', () => {
    expect(findOwnSheet({ name: 'Báo cáo T11-2026', id: 'xlsx:3' }, undefined)).toBeNull();
  });

  test('the kind and month must match for a replacement', () => {
    expect(isOwnSheetOf({ name: 'Báo cáo T11-2026', id: 'xlsx:3' }, [report], { kind: 'summary', month: '2026-11' })).toBe(true);
    expect(isOwnSheetOf({ name: 'Báo cáo T11-2026', id: 'xlsx:3' }, [report], { kind: 'summary', month: '2026-10' })).toBe(false);
    expect(isOwnSheetOf({ name: 'Báo cáo T11-2026', id: 'xlsx:3' }, [report], { kind: 'history' })).toBe(false);
  });
});

describe('keeping the record up to date', () => {
  test('a deleted sheet leaves the record; a renamed one keeps its entry under the new name; a name match learns the host id', () => {
    const sheets = [
      { name: 'Báo cáo gửi huyện', id: 'xlsx:3' },
      { name: 'Kế hoạch', id: 'xlsx:1' },
    ];
    const fromExcel: OwnSheet = { kind: 'summary', month: '2026-10', name: 'Kế hoạch', ids: ['excel:{K}'] };
    expect(reconcileOwnSheets([report, history], sheets)).toEqual([{ ...report, name: 'Báo cáo gửi huyện' }]);
    expect(reconcileOwnSheets([fromExcel], sheets)).toEqual([{ ...fromExcel, ids: ['excel:{K}', 'xlsx:1'] }]);
  });

  test('writing a sheet records it with this host\'s id only, replacing the entry of the same name', () => {
    const after = recordOwnSheet([report, history], { name: 'Báo cáo T11-2026', id: 'xlsx:7' }, { kind: 'summary', month: '2026-11' });
    expect(after).toEqual([history, { kind: 'summary', month: '2026-11', name: 'Báo cáo T11-2026', ids: ['xlsx:7'] }]);
  });
});
