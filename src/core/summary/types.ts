import type { DueState } from '../deadline';
import type { Analysis, Problem } from '../model';
import type { YearMonth } from '../months';
import type { SheetPlan } from '../writing/write-plan';
import type { ReportSettings } from '../schema';
import type { DocumentParts } from './settings';
import type { IndicatorStatus, StatusTotals } from '../status/month-status';
import type { OwnSheet } from '../writing/own-sheets';
import type { CycleInput, CycleStatus } from '../cycle/cycle-status';

/** A sheet already in the workbook, and its entry in the add-in's own-sheet list if it made it. */
export interface ExistingSheet {
  name: string;
  /** Null for a user's sheet. */
  own: OwnSheet | null;
  /** An own report the user edited by hand: kept as it is. */
  edited: boolean;
}

/** One remembered actual: what an indicator reported for a month. */
export interface HistoryRow {
  key: string;
  month: string;
  id: string | null;
  name: string;
  value: string | number | boolean | null;
  format?: string;
}

export interface SummaryRequest {
  analysis: Analysis;
  month: YearMonth;
  /** The commune's name ("xã …"), or null when not known yet. */
  commune: string | null;
  history: HistoryRow[];
  existingSheets: ExistingSheet[];
  generatedAt: Date;
  /** The document parts said once (the record's, with what was given this time). */
  settings?: ReportSettings;
  /** The monthly cycle of forms, once the tracker has merged any. */
  cycle?: CycleInput;
}

export interface GroupSummary {
  group: string;
  totals: StatusTotals;
  /** Mean of min(progress, 1) over indicators with data; null when none. */
  score: number | null;
}

export interface OwnerSummary {
  owner: string;
  totals: StatusTotals;
  shortfalls: IndicatorStatus[];
}

export interface DueItem {
  indicator: IndicatorStatus;
  state: DueState;
  /** Done every month ("Thường xuyên"), rather than by a month. */
  ongoing: boolean;
}

export interface SummaryModel {
  month: string;
  commune: string | null;
  totals: StatusTotals;
  indicators: IndicatorStatus[];
  byGroup: GroupSummary[];
  byOwner: OwnerSummary[];
  /** Not met, sorted by how far short (progress ascending, then gap). */
  shortfalls: IndicatorStatus[];
  /** Due this month or overdue, and not met. */
  due: DueItem[];
  /** Indicators whose deadline is the month after the reporting month (met or not). */
  dueNext: IndicatorStatus[];
  /** Indicators whose value changed since the month before. */
  moved: IndicatorStatus[];
  problems: Problem[];
  /** Estimated DTI-style score: mean of min(progress, 1) over indicators with data. */
  score: number | null;
  /** Which units sent their form in time, which met indicators lack evidence (absent before the first merge). */
  cycle?: CycleStatus;
}

export interface SummaryResult {
  model: SummaryModel;
  /** The report sheet, its appendix, then the history sheet. */
  plans: SheetPlan[];
  sheetName: string;
  appendixName: string;
  /** The lines of the document parts, and which of them are still blank. */
  parts: DocumentParts;
  /** True when a user's sheet had the summary's name and another name was chosen. */
  renamed: boolean;
  /** The month's report or appendix the user edited by hand, kept as they are (the new ones got other names). */
  keptEdited: string[];
}
