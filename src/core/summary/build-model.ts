import { dueState } from '../deadline';
import { nextMonth, type YearMonth } from '../months';
import { emptyTotals, type HistoryLookup, type IndicatorStatus, statusForMonth } from '../status/month-status';
import type { Analysis } from '../model';
import { ownerUnits } from './owners';
import { type CycleInput, cycleStatus } from '../cycle/cycle-status';
import type { DueItem, GroupSummary, HistoryRow, OwnerSummary, SummaryModel } from './types';

export const NO_GROUP = 'Chỉ tiêu chung';
export const NO_OWNER = 'Chưa rõ đơn vị chủ trì';

/** The monthly summary of every mapped indicator: the figures the report is made of. */
export function buildSummaryModel(analysis: Analysis, month: YearMonth, commune: string | null, history: HistoryRow[], cycle?: { input: CycleInput; now: Date }): SummaryModel {
  const status = statusForMonth(analysis, month, historyLookup(history));
  const indicators = status.indicators;
  const shortfalls = indicators.filter((i) => i.status === 'not_met').sort(byShortfall);
  const deadlines = new Map(analysis.indicators.map((i) => [i.key, i.deadline]));
  const due: DueItem[] = indicators
    .filter((i) => i.status !== 'met' && (i.due === 'due' || i.due === 'overdue'))
    .map((indicator) => ({ indicator, state: indicator.due!, ongoing: deadlines.get(indicator.key)?.kind === 'ongoing' }));
  const next = nextMonth(month);
  const dueNext = indicators.filter((i) => {
    const deadline = deadlines.get(i.key);
    return deadline?.kind === 'month' && dueState(deadline, next) === 'due';
  });
  return {
    month: status.month,
    commune,
    totals: status.totals,
    indicators,
    byGroup: byGroup(indicators),
    byOwner: byOwner(indicators),
    shortfalls,
    due,
    dueNext,
    moved: indicators.filter((i) => i.previous !== null && i.actual !== null && i.previous !== i.actual),
    problems: status.problems.filter((p) => p.severity !== 'info'),
    score: meanScore(indicators),
    ...(cycle ? { cycle: cycleStatus(indicators, month, cycle.input, cycle.now) } : {}),
  };
}

export function historyLookup(rows: HistoryRow[]): HistoryLookup {
  const index = new Map<string, HistoryRow>();
  for (const row of rows) index.set(`${row.key}#${row.month}`, row);
  return (key: string, month: string) => {
    const row = index.get(`${key}#${month}`);
    return row ? { value: row.value, ...(row.format ? { format: row.format } : {}) } : undefined;
  };
}

/** Furthest behind first: lowest progress, then most negative gap. */
function byShortfall(a: IndicatorStatus, b: IndicatorStatus): number {
  return (a.progress ?? 1) - (b.progress ?? 1) || (a.gap ?? 0) - (b.gap ?? 0) || a.row - b.row;
}

function meanScore(list: IndicatorStatus[]): number | null {
  const scored = list.filter((i) => i.score !== null);
  if (scored.length === 0) return null;
  return Math.round((scored.reduce((s, i) => s + i.score!, 0) / scored.length) * 1e4) / 1e4;
}

function byGroup(indicators: IndicatorStatus[]): GroupSummary[] {
  const groups = new Map<string, IndicatorStatus[]>();
  for (const i of indicators) {
    const name = i.group ?? NO_GROUP;
    const list = groups.get(name);
    if (list) list.push(i);
    else groups.set(name, [i]);
  }
  return [...groups].map(([group, list]) => ({ group, totals: totalsOf(list), score: meanScore(list) }));
}

function byOwner(indicators: IndicatorStatus[]): OwnerSummary[] {
  const owners = new Map<string, IndicatorStatus[]>();
  // An indicator with several owner units counts for each of them.
  for (const i of indicators) {
    const units = ownerUnits(i.owner);
    for (const name of units.length ? units : [NO_OWNER]) {
      const list = owners.get(name);
      if (list) list.push(i);
      else owners.set(name, [i]);
    }
  }
  return [...owners]
    .map(([owner, list]) => ({ owner, totals: totalsOf(list), shortfalls: list.filter((i) => i.status === 'not_met').sort(byShortfall) }))
    .sort((a, b) => b.shortfalls.length - a.shortfalls.length || a.owner.localeCompare(b.owner, 'vi'));
}

function totalsOf(list: IndicatorStatus[]): SummaryModel['totals'] {
  const totals = emptyTotals();
  for (const i of list) totals[i.status] += 1;
  return totals;
}
