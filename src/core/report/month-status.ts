import { type DueState, dueState } from '../deadline';
import type { Bilingual } from '../i18n';
import type { Analysis, Indicator, Problem, SheetTable } from '../model';
import { type YearMonth, formatYearMonth, previousMonth } from '../months';
import { roundTo } from '../numbers';
import { type Evaluation, type Status, evaluate } from '../status/evaluate';
import { actualSource, monthColumn, previousSource, readCell } from '../status/indicator-values';
import type { ActualRead } from '../status/read-actual';
import { readActual } from '../status/read-actual';
import { type TargetJson, targetToJson } from '../target/target-json';
import { type CellValue, columnLetters } from '../grid';


/** A value kept by an earlier summary for an indicator and a month ("YYYY-MM"). */
export type HistoryLookup = (indicator: Indicator, month: string) => { value: CellValue; format?: string } | undefined;

/** One indicator's standing in a reporting month (the `dti summary --json` contract, plus extras). */
export interface IndicatorStatus {
  key: string;
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
}

export function emptyTotals(): StatusTotals {
  return { met: 0, not_met: 0, no_data: 0, invalid: 0 };
}

/** Every indicator's status for a reporting month. */
export function statusForMonth(analysis: Analysis, month: YearMonth, history?: HistoryLookup): MonthStatus {
  const tables = new Map(analysis.tables.map((t) => [`${t.sheet}#${t.index}`, t]));
  const totals = emptyTotals();
  const indicators: IndicatorStatus[] = [];
  for (const indicator of analysis.indicators) {
    const table = tables.get(`${indicator.sheet}#${indicator.table}`);
    if (!table) continue;
    const one = indicatorStatus(indicator, table, month, history);
    totals[one.status] += 1;
    indicators.push(one);
  }
  const missingMonth = analysis.tables.filter((t) => t.months.length > 0 && monthColumn(t, month) === null);
  return { month: formatYearMonth(month), indicators, totals, problems: analysis.problems, missingMonth };
}

export function indicatorStatus(
  indicator: Indicator,
  table: SheetTable,
  month: YearMonth,
  history?: HistoryLookup,
): IndicatorStatus {
  const target = indicator.target;
  const source = actualSource(indicator, table, month);
  let evaluation: Evaluation;
  let previous: number | boolean | null = null;
  let previousFrom: IndicatorStatus['previousFrom'] = null;
  if (!target.ok) {
    evaluation = evaluate(target, { kind: 'empty' });
  } else {
    evaluation = evaluate(target, readCell(source.cell, target));
    const prevSource = previousSource(indicator, table, month);
    let prevRead: ActualRead = prevSource.cell ? readCell(prevSource.cell, target) : { kind: 'empty' };
    if (prevRead.kind !== 'empty') previousFrom = 'column';
    if (prevRead.kind === 'empty' && history) {
      const kept = history(indicator, formatYearMonth(previousMonth(month)));
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
  const address = source.cell?.address ?? (source.col !== null ? `${columnLetters(source.col)}${indicator.row}` : null);
  return {
    key: indicator.key,
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
