/**
 * The add-in's log of merged forms (a hidden sheet it owns): which unit's form
 * was merged, when, and each cell it changed. It is also how the report knows
 * which units sent their figures, and when.
 */
import { type Grid, valueText } from '../grid';
import type { SheetPlan } from '../writing/write-plan';
import { freeSheetName } from '../summary/plan-history';
import { HISTORY_HEAD } from '../summary/styles';
import type { ExistingSheet } from '../summary/types';
import { blocksHash, newOwnToken } from '../writing/own-sheets';

export const LOG_SHEET = 'DTI_NhatKyPhieu';
export const LOG_HEADER = ['Thời điểm', 'Tháng', 'Đơn vị', 'Tệp', 'Trang tính', 'Ô', 'Trước', 'Sau', 'Ghi chú'] as const;

export interface MergeLogRow {
  /** ISO time of the merge. */
  at: string;
  /** "2026-11". */
  month: string;
  unit: string;
  file: string;
  sheet: string;
  address: string;
  before: string;
  after: string;
  note: string;
}

/** "2026-11-20" of a moment, in the office's own time zone (the machine's). */
export function localDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** "2026-11-20T09:30:00", local time: what the log records and the deadline is compared with. */
export function localStamp(d: Date): string {
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${localDay(d)}T${two(d.getHours())}:${two(d.getMinutes())}:${two(d.getSeconds())}`;
}

export function readMergeLog(grid: Grid): MergeLogRow[] {
  const out: MergeLogRow[] = [];
  for (const row of grid.rows.slice(1)) {
    const t = (i: number): string => valueText(row[i]?.value ?? null);
    if (!/^\d{4}-\d{2}-\d{2}T/.test(t(0)) || !/^\d{4}-\d{2}$/.test(t(1)) || !t(2)) continue;
    out.push({ at: t(0), month: t(1), unit: t(2), file: t(3), sheet: t(4), address: t(5), before: t(6), after: t(7), note: t(8) });
  }
  return out;
}

/** The log sheet with `added` after the rows it holds (made on the first merge). */
export function planMergeLog(rows: readonly MergeLogRow[], added: readonly MergeLogRow[], existing: readonly ExistingSheet[]): SheetPlan {
  const own = existing.find((s) => s.own?.kind === 'log' && !s.edited);
  const all = [...rows, ...added];
  const text = (value: string) => ({ value });
  const cells = [LOG_HEADER.map((value) => ({ value, style: HISTORY_HEAD })), ...all.map((r) => [r.at, r.month, r.unit, r.file, r.sheet, r.address, r.before, r.after, r.note].map(text))];
  const blocks = [{ top: 1, left: 0, cells }];
  return {
    sheet: own?.name ?? freeSheetName(LOG_SHEET, existing),
    mode: own ? 'replace-own' : 'create',
    blocks,
    widths: { 0: 20, 1: 9, 2: 32, 3: 30, 4: 14, 5: 7, 6: 18, 7: 30, 8: 30 },
    freezeRows: 2,
    hidden: true,
    own: { kind: 'log', token: own?.own?.token ?? newOwnToken('log'), hash: blocksHash(blocks) },
  };
}

/** The rows of the add-in's log sheet (none before the first merge). */
export function logOf(snapshot: { grids: readonly Grid[]; sheets: ReadonlyArray<{ sheet: string; own: { kind: string } | null }> }): MergeLogRow[] {
  const sheet = snapshot.sheets.find((s) => s.own?.kind === 'log');
  const grid = sheet ? snapshot.grids.find((g) => g.sheet === sheet.sheet) : undefined;
  return grid ? readMergeLog(grid) : [];
}
