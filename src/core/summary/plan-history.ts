import type { SheetPlan } from '../plan/write-plan';
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
  const own = existing.find((s) => s.own?.kind === 'history');
  const sheet = own?.name ?? freeName(existing);
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
  const rows = [...history.filter((r) => r.month !== model.month), ...fresh].sort((a, b) => a.month.localeCompare(b.month));
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
  return {
    sheet,
    mode: own ? 'replace-own' : 'create',
    blocks: [{ top: 1, left: 0, cells }],
    widths: { 0: 30, 1: 10, 2: 8, 3: 60, 4: 12 },
    freezeRows: 2,
    hidden: true,
    own: { kind: 'history' },
  };
}

function freeName(existing: ExistingSheet[]): string {
  const taken = new Set(existing.map((s) => s.name.toLocaleLowerCase('vi')));
  if (!taken.has(HISTORY_SHEET.toLocaleLowerCase('vi'))) return HISTORY_SHEET;
  for (let n = 2; ; n++) if (!taken.has(`${HISTORY_SHEET}_${n}`.toLocaleLowerCase('vi'))) return `${HISTORY_SHEET}_${n}`;
}
