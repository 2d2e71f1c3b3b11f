/**
 * Where the month's cycle stands, for the report: which owning units sent their
 * form by the deadline day (read from the merge log), which met indicators have
 * no evidence (the month's evidence column), and each unit's shortfalls. A
 * tracker that never merged a form has no cycle to report.
 */
import type { Grid } from '../grid';
import type { Analysis } from '../model';
import { formatYearMonth, type YearMonth } from '../months';
import type { IndicatorStatus } from '../status/month-status';
import { monthView } from '../status/month-view';
import { ownerUnits } from '../summary/owners';
import { evidenceAt, findEvidenceColumn } from './evidence-column';
import { DEFAULT_DEADLINE_DAY } from './form-plan';
import { localDay, type MergeLogRow } from './merge-log';

export type ReturnState = 'on_time' | 'late' | 'missing' | 'waiting';

export interface UnitReturn {
  unit: string;
  /** on_time: merged by the deadline day; late: merged after it; missing: not merged and the day has passed; waiting: not yet due. */
  state: ReturnState;
  /** When its form was first merged (ISO), if it was. */
  mergedAt: string | null;
  shortfalls: Array<Pick<IndicatorStatus, 'id' | 'name' | 'sheet' | 'row'>>;
}

export interface CycleStatus {
  /** "2026-11-20". */
  deadline: string;
  units: UnitReturn[];
  /** Units that did not send their form by the deadline (late or still missing). */
  late: string[];
  /** Met indicators with nothing in the month's evidence column. */
  metWithoutEvidence: Array<Pick<IndicatorStatus, 'id' | 'name' | 'sheet' | 'row' | 'owner'>>;
}

export interface CycleInput {
  log: readonly MergeLogRow[];
  deadlineDay?: number;
  /** The evidence of each indicator (by its key) for the month. */
  evidence: ReadonlyMap<string, string | null>;
}

export function cycleStatus(indicators: readonly IndicatorStatus[], month: YearMonth, input: CycleInput, now: Date): CycleStatus {
  const day = Math.min(input.deadlineDay ?? DEFAULT_DEADLINE_DAY, daysIn(month));
  const deadline = `${formatYearMonth(month)}-${String(day).padStart(2, '0')}`;
  const monthText = formatYearMonth(month);
  const firstMerge = new Map<string, string>();
  for (const row of input.log) {
    if (row.month !== monthText) continue;
    const seen = firstMerge.get(row.unit);
    if (seen === undefined || row.at < seen) firstMerge.set(row.unit, row.at);
  }
  const today = localDay(now);
  const units = [...new Set(indicators.flatMap((i) => ownerUnits(i.owner)))].map((unit): UnitReturn => {
    const mergedAt = firstMerge.get(unit) ?? null;
    const state: ReturnState = mergedAt !== null ? (mergedAt.slice(0, 10) <= deadline ? 'on_time' : 'late') : today > deadline ? 'missing' : 'waiting';
    const shortfalls = indicators.filter((i) => i.status === 'not_met' && ownerUnits(i.owner).includes(unit)).map(({ id, name, sheet, row }) => ({ id, name, sheet, row }));
    return { unit, state, mergedAt, shortfalls };
  });
  return {
    deadline,
    units,
    late: units.filter((u) => u.state === 'late' || u.state === 'missing').map((u) => u.unit),
    metWithoutEvidence: indicators.filter((i) => i.status === 'met' && !input.evidence.get(i.key)).map(({ id, name, sheet, row, owner }) => ({ id, name, sheet, row, owner })),
  };
}

/** The month's evidence of every indicator, read from the evidence column the merge keeps. */
export function evidenceByIndicator(analysis: Analysis, grids: readonly Grid[], month: YearMonth): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const { indicator, table } of monthView(analysis, month).reported) {
    const grid = grids.find((g) => g.sheet === indicator.sheet);
    const col = grid ? findEvidenceColumn(grid, table, month) : null;
    out.set(indicator.key, grid && col !== null ? evidenceAt(grid, indicator.row, col) : null);
  }
  return out;
}

function daysIn(month: YearMonth): number {
  return new Date(Date.UTC(month.year, month.month, 0)).getUTCDate();
}
