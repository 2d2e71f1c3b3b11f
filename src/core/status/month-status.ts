import { type DueState, dueState } from '../deadline';
import type { Bilingual } from '../i18n';
import type { Analysis, Problem, SheetTable } from '../model';
import { type YearMonth, formatYearMonth, previousMonth } from '../months';
import { roundTo } from '../numbers';
import { type Evaluation, type Status, evaluate } from './evaluate';
import { readSource } from './indicator-values';
import { type MonthSheetFamily, monthView, type ReportedIndicator } from './month-view';
import { type ActualRead, readActual } from './read-actual';
import { historyKey } from '../summary/history';
import { type TargetJson, targetToJson } from '../target/target-json';
import { type CellValue, columnLetters } from '../grid';

/** A value kept by an earlier summary for an indicator (by its history key) and a month ("YYYY-MM"). */
export type HistoryLookup = (historyKey: string, month: string) => { value: CellValue; format?: string } | undefined;

/** One indicator's standing in a reporting month (the `dti summary --json` contract, plus extras). */
export interface IndicatorStatus {
  key: string;
  /** How the history sheet knows the indicator from month to month (its sheet, or its month-sheet family; id; name). */
  historyKey: string;
  sheet: string;
  row: number;
  id: string | null;
  group: string | null;
  name: string;
  unit: string | null;
  target: TargetJson;
  actual: number | boolean | null;
  previous: number | boolean | null;
  change: number | null;
  gap: number | null;
  progress: number | null;
  score: number | null;
  status: Status;
  owner: string | null;
  deadline: string | null;
  due: DueState | null;
  /** A1 address of the cell the actual was read from (or would be), when there is one. */
  actualCell: string | null;
  /** Where `previous` came from. */
  previousFrom: 'column' | 'history' | null;
  /** Why the status is invalid. */
  reason?: Bilingual;
}

export type StatusTotals = Record<Status, number>;

export interface MonthStatus {
  month: string;
  indicators: IndicatorStatus[];
  totals: StatusTotals;
  problems: Problem[];
  /** Tables that have month columns but none for this month. */
  missingMonth: SheetTable[];
  /** Plans kept one sheet per month that have no sheet for this month. */
  missingSheet: MonthSheetFamily[];
  families: MonthSheetFamily[];
}

export function emptyTotals(): StatusTotals {
  return { met: 0, not_met: 0, no_data: 0, invalid: 0 };
}

/** Every indicator's status for a reporting month. */
export function statusForMonth(analysis: Analysis, month: YearMonth, history?: HistoryLookup): MonthStatus {
  const view = monthView(analysis, month);
  const totals = emptyTotals();
  const indicators: IndicatorStatus[] = [];
  for (const reported of view.reported) {
    const one = indicatorStatus(reported, month, history);
    totals[one.status] += 1;
    indicators.push(one);
  }
  // A result sheet's targets may be read from the plan sheet: the plan's problems are this month's too.
  const read = new Set([...view.sheets, ...view.reported.map((r) => r.indicator.cells.target?.sheet ?? r.indicator.sheet)]);
  return {
    month: formatYearMonth(month),
    indicators,
    totals,
    problems: [...view.problems, ...analysis.problems.filter((p) => read.has(p.sheet) || !analysis.tables.some((t) => t.sheet === p.sheet))],
    missingMonth: view.missingMonth,
    missingSheet: view.missingSheet,
    families: view.families,
  };
}

export function indicatorStatus(reported: ReportedIndicator, month: YearMonth, history?: HistoryLookup): IndicatorStatus {
  const { indicator, source } = reported;
  const target = indicator.target;
  const key = historyKey(reported.identity);
  let evaluation: Evaluation;
  let previous: number | boolean | null = null;
  let previousFrom: IndicatorStatus['previousFrom'] = null;
  if (!target.ok) {
    evaluation = evaluate(target, { kind: 'empty' });
  } else {
    evaluation = evaluate(target, readSource(source, target));
    let prevRead: ActualRead = readSource(reported.previous, target);
    if (prevRead.kind !== 'empty') previousFrom = 'column';
    if (prevRead.kind === 'empty' && history) {
      const kept = history(key, formatYearMonth(previousMonth(month)));
      if (kept !== undefined && kept.value !== null) {
        prevRead = readActual(kept.value, target, kept.format ? { format: kept.format } : {});
        if (prevRead.kind !== 'empty') previousFrom = 'history';
      }
    }
    const prevEval = evaluate(target, prevRead);
    previous = prevEval.status === 'invalid' ? null : prevEval.actual;
    if (previous === null) previousFrom = null;
  }
  const actual = evaluation.actual;
  const change = typeof actual === 'number' && typeof previous === 'number' ? roundTo(actual - previous) : null;
  const col = source.col ?? source.counts?.numeratorCol ?? null;
  const address = source.cell?.address ?? (col !== null ? `${columnLetters(col)}${indicator.row}` : null);
  return {
    key: indicator.key,
    historyKey: key,
    sheet: indicator.sheet,
    row: indicator.row,
    id: indicator.id,
    group: indicator.group,
    name: indicator.name,
    unit: indicator.unit,
    target: targetToJson(target),
    actual,
    previous,
    change,
    gap: evaluation.gap,
    progress: evaluation.progress,
    score: evaluation.score,
    status: evaluation.status,
    owner: indicator.owner,
    deadline: indicator.deadline?.text ?? null,
    due: indicator.deadline ? dueState(indicator.deadline, month) : null,
    actualCell: address,
    previousFrom,
    ...(evaluation.reason ? { reason: evaluation.reason } : {}),
  };
}
