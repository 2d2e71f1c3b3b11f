import type { SheetPlan } from '../writing/write-plan';
import { blocksHash, newOwnToken } from '../writing/own-sheets';
import { HISTORY_HEADER, HISTORY_SHEET } from './history';
import { HISTORY_HEAD } from './styles';
import { PERCENT } from './value-cells';
import type { ExistingSheet, HistoryRow, SummaryModel } from './types';

/**
 * The history sheet with this month's actuals recorded (one row per indicator
 * and month). Rows of other months are kept as they were; this month's rows are
 * replaced, so making a summary twice records the month once. The sheet is
 * hidden: it is the add-in's memory, not a page to print or send.
 */
export function planHistory(model: SummaryModel, history: HistoryRow[], existing: ExistingSheet[]): SheetPlan {
  // A history the user edited (on a host without marks: it no longer holds what was written) is kept; its rows carry over.
  const own = existing.find((s) => s.own?.kind === 'history' && !s.edited);
  const reported = new Set(model.indicators.map((i) => i.historyKey));
  const sheet = own?.name ?? freeSheetName(HISTORY_SHEET, existing);
  const fresh: HistoryRow[] = model.indicators
    .filter((i) => i.actual !== null)
    .map((i) => ({
      key: i.historyKey,
      month: model.month,
      id: i.id,
      name: i.name,
      value: i.actual,
      ...(i.target.ok && i.target.kind === 'percent' ? { format: PERCENT } : {}),
    }));
  // This month's rows of the indicators reported now are replaced; other sheets' rows (a report made with --sheet) stay.
  const rows = [...history.filter((r) => r.month !== model.month || !reported.has(r.key)), ...fresh].sort((a, b) => a.month.localeCompare(b.month));
  const cells = [
    HISTORY_HEADER.map((value) => ({ value, style: HISTORY_HEAD })),
    ...rows.map((r) => [
      { value: r.key },
      { value: r.month },
      { value: r.id ?? '' },
      { value: r.name },
      { value: r.value, ...(r.format ? { style: { numberFormat: r.format } } : {}) },
    ]),
  ];
  const blocks = [{ top: 1, left: 0, cells }];
  return {
    sheet,
    mode: own ? 'replace-own' : 'create',
    blocks,
    widths: { 0: 30, 1: 10, 2: 8, 3: 60, 4: 12 },
    freezeRows: 2,
    hidden: true,
    own: { kind: 'history', token: own?.own?.token ?? newOwnToken('history'), hash: blocksHash(blocks) },
  };
}

/** `base`, or `base_2`, `base_3`… when a sheet has that name. */
export function freeSheetName(base: string, existing: readonly ExistingSheet[]): string {
  const taken = new Set(existing.map((s) => s.name.toLocaleLowerCase('vi')));
  if (!taken.has(base.toLocaleLowerCase('vi'))) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}_${n}`.toLocaleLowerCase('vi'))) return `${base}_${n}`;
}
