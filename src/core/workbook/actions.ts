/** The two writing actions, planned from a snapshot (pure: a workbook port applies them). */
import { append } from '../arrays';
import type { Bilingual } from '../i18n';
import type { YearMonth } from '../months';
import { type ForeignCell, type FormulaMode, foreignCells, planStatusColumns } from '../plan/status-columns';
import type { SheetPlan } from '../plan/write-plan';
import { findCommune } from '../summary/commune';
import { readHistory } from '../summary/history';
import { planMonthlySummary } from '../summary/plan-summary';
import type { HistoryRow, SummaryResult } from '../summary/types';
import type { Snapshot } from './snapshot';
import { monthView } from '../status/month-view';

export interface StatusColumnsPrep {
  plans: SheetPlan[];
  /** Cells holding data the add-in did not write: the user is asked before they are overwritten. */
  foreign: ForeignCell[];
  /** Tables left out, and why. */
  skipped: Bilingual[];
  rows: number;
}

/** `mode`: DTI.* custom functions, or plain formulas that calculate in every Excel, WPS and LibreOffice. */
export function prepareStatusColumns(snapshot: Snapshot, month: YearMonth, mode: FormulaMode = 'dti'): StatusColumnsPrep {
  const prep: StatusColumnsPrep = { plans: [], foreign: [], skipped: [], rows: 0 };
  // The month's own tables: for a plan kept one sheet per month, only that month's sheet.
  const view = monthView(snapshot.analysis, month);
  const tables = snapshot.analysis.tables.filter((t) => view.sheets.has(t.sheet));
  for (const table of tables) {
    const grid = snapshot.grids.find((g) => g.sheet === table.sheet);
    if (!grid) continue;
    const planned = planStatusColumns(grid, table, view.reported, month, mode);
    if (!planned.ok) {
      prep.skipped.push(planned.message);
      continue;
    }
    prep.plans.push(planned.value.plan);
    append(prep.foreign, foreignCells(planned.value.plan, grid));
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
    history: historyOf(snapshot),
    existingSheets: snapshot.sheets.map((s) => ({ name: s.sheet, own: s.own, edited: s.edited })),
    generatedAt: now,
  });
}

/** The rows the add-in's history sheet keeps (none before the first summary). */
export function historyOf(snapshot: Pick<Snapshot, 'grids' | 'sheets'>): HistoryRow[] {
  const sheet = snapshot.sheets.find((s) => s.own?.kind === 'history');
  const grid = sheet ? snapshot.grids.find((g) => g.sheet === sheet.sheet) : undefined;
  return grid ? readHistory(grid) : [];
}
