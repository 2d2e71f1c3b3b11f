/** The two writing actions of the task pane, planned from a snapshot (pure: the port applies them). */
import type { Bilingual } from '../core/i18n';
import { formatYearMonth, parseYearMonth, type YearMonth } from '../core/months';
import { type ForeignCell, foreignCells, planStatusColumns } from '../core/plan/status-columns';
import type { SheetPlan } from '../core/plan/write-plan';
import { findCommune } from '../core/summary/commune';
import { readHistory, sheetMarker } from '../core/summary/markers';
import { planMonthlySummary } from '../core/summary/plan-summary';
import type { SummaryResult } from '../core/summary/types';
import type { Snapshot } from './workbook-session';

export interface StatusColumnsPrep {
  plans: SheetPlan[];
  /** Cells holding data the add-in did not write: the user is asked before they are overwritten. */
  foreign: ForeignCell[];
  /** Tables left out, and why. */
  skipped: Bilingual[];
  rows: number;
}

export function prepareStatusColumns(snapshot: Snapshot, month: YearMonth): StatusColumnsPrep {
  const prep: StatusColumnsPrep = { plans: [], foreign: [], skipped: [], rows: 0 };
  for (const table of snapshot.analysis.tables) {
    const grid = snapshot.grids.find((g) => g.sheet === table.sheet);
    if (!grid) continue;
    const planned = planStatusColumns(grid, table, snapshot.analysis.indicators, month);
    if (!planned.ok) {
      prep.skipped.push(planned.message);
      continue;
    }
    prep.plans.push(planned.value.plan);
    prep.foreign.push(...foreignCells(planned.value.plan, grid));
    prep.rows += planned.value.rows;
  }
  return prep;
}

/** The commune for the summary's header: saved in the mapping, else found in the sheets; asked when neither. */
export interface CommuneChoice {
  saved: string | null;
  found: string | null;
  /** Neither saved nor found: the task pane asks (once: the answer is saved in the mapping). */
  ask: boolean;
}

export function communeChoice(snapshot: Snapshot): CommuneChoice {
  const saved = snapshot.mapping?.commune?.trim() || null;
  const found = saved ? null : findCommune(snapshot.grids);
  return { saved, found, ask: saved === null && found === null };
}

/** `commune` is what the user typed, when asked; otherwise the saved or found name is used. */
export function prepareSummary(snapshot: Snapshot, month: YearMonth, now = new Date(), commune?: string | null): SummaryResult {
  const choice = communeChoice(snapshot);
  return planMonthlySummary({
    analysis: snapshot.analysis,
    month,
    commune: commune?.trim() || choice.saved || choice.found,
    history: snapshot.grids.flatMap(readHistory),
    existingSheets: snapshot.grids.map((g) => ({ name: g.sheet, marker: sheetMarker(g) })),
    generatedAt: now,
  });
}

/** Months to pick from: every month column with a year, and the current month; newest first. */
export function monthChoices(snapshot: Snapshot | null, today = new Date()): string[] {
  const set = new Set<string>([formatYearMonth({ year: today.getFullYear(), month: today.getMonth() + 1 })]);
  for (const table of snapshot?.analysis.tables ?? []) {
    for (const m of table.months) set.add(formatYearMonth({ year: m.year ?? table.targetYear ?? today.getFullYear(), month: m.month }));
  }
  return [...set].sort().reverse();
}

/** The month to offer first: the newest month column that is not in the future, else the current month. */
export function defaultMonth(snapshot: Snapshot | null, today = new Date()): string {
  const now = formatYearMonth({ year: today.getFullYear(), month: today.getMonth() + 1 });
  const columns = monthChoices(snapshot, today).filter((m) => m !== now || hasColumn(snapshot, m));
  return columns.find((m) => m <= now) ?? columns[columns.length - 1] ?? now;
}

function hasColumn(snapshot: Snapshot | null, month: string): boolean {
  const ym = parseYearMonth(month);
  return Boolean(ym && snapshot?.analysis.tables.some((t) => t.months.some((m) => m.month === ym.month && (m.year ?? ym.year) === ym.year)));
}
