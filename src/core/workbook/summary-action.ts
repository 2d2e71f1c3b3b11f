/** The monthly report, planned from a snapshot (pure: a workbook port applies it). */
import type { YearMonth } from '../months';
import { mergeReportSettings, type ReportInput } from '../summary/settings';
import { planMonthlySummary } from '../summary/plan-summary';
import type { SummaryResult } from '../summary/types';
import { communeChoice } from '../summary/commune';
import { cycleInput, historyOf } from './actions';
import type { Snapshot } from './snapshot';

/**
 * The report of a month. `input` is what the user gave this time (the task
 * pane's form, `dti summary`'s options); what it leaves out comes from the
 * workbook's record (the commune: saved, else found in the sheets).
 */
export function prepareSummary(snapshot: Snapshot, month: YearMonth, now = new Date(), input: ReportInput = {}): SummaryResult {
  const choice = communeChoice(snapshot);
  const cycle = cycleInput(snapshot, month);
  return planMonthlySummary({
    analysis: snapshot.analysis,
    month,
    commune: input.commune?.trim() || choice.saved || choice.found,
    history: historyOf(snapshot),
    existingSheets: snapshot.sheets.map((s) => ({ name: s.sheet, own: s.own, edited: s.edited })),
    generatedAt: now,
    settings: mergeReportSettings(snapshot.mapping?.report, input, month),
    ...(cycle ? { cycle } : {}),
  });
}
