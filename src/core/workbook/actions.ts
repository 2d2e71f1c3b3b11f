/**
 * The writing actions, planned from a snapshot (pure: a workbook port applies
 * them): the status columns here, the monthly report in summary-action.ts (a
 * module of its own, which the task pane loads only when a report is made).
 */
import { append } from '../arrays';
import type { Bilingual } from '../i18n';
import type { YearMonth } from '../months';
import { type ForeignCell, type FormulaMode, foreignCells, planStatusColumns } from '../writing/status-columns';
import type { UnreadResult } from '../writing/plain-limits';
import type { SheetPlan } from '../writing/write-plan';
import type { WorkbookMapping } from '../schema';
import { mergeReportSettings, type ReportInput } from '../summary/settings';
import { readHistory } from '../summary/history';
import type { HistoryRow } from '../summary/types';
import type { Snapshot } from './snapshot';
import { monthView } from '../status/month-view';
import { type CycleInput, evidenceByIndicator } from '../cycle/cycle-status';
import { logOf } from '../cycle/merge-log';

export interface StatusColumnsPrep {
  plans: SheetPlan[];
  /** Cells holding data the add-in did not write: the user is asked before they are overwritten. */
  foreign: ForeignCell[];
  /** Tables left out, and why. */
  skipped: Bilingual[];
  rows: number;
  /** Plain mode: results the core reads that the plain formulas will show as "Không đọc được". */
  unread: UnreadResult[];
}

/** `mode`: DTI.* custom functions, or plain formulas that calculate in every Excel, WPS and LibreOffice. */
export function prepareStatusColumns(snapshot: Snapshot, month: YearMonth, mode: FormulaMode = 'dti'): StatusColumnsPrep {
  const prep: StatusColumnsPrep = { plans: [], foreign: [], skipped: [], rows: 0, unread: [] };
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
    append(prep.unread, planned.value.unread);
  }
  return prep;
}

/** The monthly cycle as the tracker records it; null before its first merged form. */
export function cycleInput(snapshot: Pick<Snapshot, 'grids' | 'sheets' | 'analysis' | 'mapping'>, month: YearMonth): CycleInput | null {
  const log = logOf(snapshot);
  if (log.length === 0) return null;
  const day = snapshot.mapping?.cycle?.deadlineDay;
  return { log, ...(day ? { deadlineDay: day } : {}), evidence: evidenceByIndicator(snapshot.analysis, snapshot.grids, month) };
}

/**
 * The DTI record with what the user gave for the report kept (the commune,
 * the number of this month's report, the recipient, the signer, the
 * province), so it is not asked again; null when nothing new was given.
 */
export function recordWithReportInput(snapshot: Snapshot, month: YearMonth, input: ReportInput): WorkbookMapping | null {
  const base: WorkbookMapping = snapshot.mapping ?? { version: 1, sheets: {} };
  const commune = input.commune?.trim() || undefined;
  const report = mergeReportSettings(base.report, input, month);
  const sameCommune = commune === undefined || commune === base.commune;
  if (sameCommune && JSON.stringify(report) === JSON.stringify(base.report ?? {})) return null;
  return { ...base, ...(commune ? { commune } : {}), report };
}

/** The rows the add-in's history sheet keeps (none before the first summary). */
export function historyOf(snapshot: Pick<Snapshot, 'grids' | 'sheets'>): HistoryRow[] {
  const sheet = snapshot.sheets.find((s) => s.own?.kind === 'history');
  const grid = sheet ? snapshot.grids.find((g) => g.sheet === sheet.sheet) : undefined;
  return grid ? readHistory(grid) : [];
}
