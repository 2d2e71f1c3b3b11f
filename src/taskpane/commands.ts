/**
 * What each button does, as plain async functions returning the notice to show.
 * Every command that writes first reads the workbook as it is now
 * (readCurrent): the user may have changed any cell since the pane last read
 * it, and a plan made from that older read would write old figures.
 */
import { parseYearMonth } from '../core/months';
import { nothingToReport } from '../core/status/month-coverage';
import { statusForMonth } from '../core/status/month-status';
import { unreadNotice } from '../core/writing/plain-limits';
import type { ForeignCell, FormulaMode } from '../core/writing/status-columns';
import type { TableMapping } from '../core/schema';
import { AdapterError } from '../excel/errors';
import { FILE_API_MISSING } from '../excel/document-file';
import type { ApplyResult } from '../ports/workbook-port';
import { checkReportInput, type ReportInput } from '../core/summary/settings';
import { prepareStatusColumns, recordWithReportInput } from '../core/workbook/actions';
import { headersChanged, mappingWithDrafts } from '../core/mapping/mapping-draft';
import { both, t } from './strings';
import type { Notice } from './use-workbook';
import { mappingWithSheets, type Snapshot } from '../core/workbook/snapshot';
import { type Progress, readCurrent, type TaskpanePort } from './workbook-session';

/** What a command reports while it works: the re-read of the workbook, then the writes. */
export interface Steps {
  reading: Progress;
  writing: Progress;
}

/** For callers that show no progress (tests, the benchmark). */
export const NO_PROGRESS: Steps = { reading: () => undefined, writing: () => undefined };


/**
 * Saves which sheets hold indicators. `shown` are the sheets the user saw in the
 * list: a sheet added since keeps its current choice rather than being excluded
 * for not having been ticked.
 */
export async function saveSheetChoice(port: TaskpanePort, shown: readonly string[], included: ReadonlySet<string>, steps: Steps): Promise<Notice> {
  const snapshot = await readCurrent(port, steps.reading);
  const unseen = snapshot.sheets.filter((s) => s.included && !shown.includes(s.sheet)).map((s) => s.sheet);
  await port.writeMapping(mappingWithSheets(snapshot, new Set([...included, ...unseen])));
  return { intent: 'success', text: both('sheetsSaved') };
}

/**
 * Saves the tables the user mapped on `sheet`. The drafts point at rows and
 * columns of the sheet as `shown` to the user: if its header rows no longer
 * read the same (rows inserted above, headers edited), nothing is saved and the
 * user is asked to look again.
 */
export async function saveMapping(port: TaskpanePort, shown: Snapshot, sheet: string, drafts: TableMapping[], steps: Steps): Promise<Notice> {
  const snapshot = await readCurrent(port, steps.reading);
  const before = shown.grids.find((g) => g.sheet === sheet);
  const now = snapshot.grids.find((g) => g.sheet === sheet);
  if (!before || !now || headersChanged(before, now, drafts)) return { intent: 'warning', text: both('mappingSheetChanged', { sheet }) };
  const base = mappingWithSheets(snapshot, new Set(snapshot.sheets.filter((s) => s.included || s.sheet === sheet).map((s) => s.sheet)));
  await port.writeMapping(mappingWithDrafts(base, sheet, drafts));
  return { intent: 'success', text: both('saved') };
}

/** Written, refused with a notice, or cells the user must agree to overwrite first. */
export type StatusOutcome = { notice: Notice } | { ask: ForeignCell[] };

/**
 * Adds or refreshes the status columns for `month`. Cells the add-in did not
 * write are overwritten only when the user agreed to each of them as it is now
 * (`consented`, from the dialog); any other, or one changed since, is asked about again.
 */
export async function writeStatusColumns(
  port: TaskpanePort,
  month: string,
  steps: Steps,
  consented: readonly ForeignCell[] = [],
  mode: FormulaMode = port.customFunctions === false ? 'plain' : 'dti',
): Promise<StatusOutcome> {
  const ym = parseYearMonth(month);
  if (!ym) return { notice: invalidMonth(month) };
  const prep = prepareStatusColumns(await readCurrent(port, steps.reading), ym, mode);
  if (prep.plans.length === 0) return { notice: { intent: 'warning', text: both('statusNothing'), items: prep.skipped } };
  const agreed = (c: ForeignCell): boolean => consented.some((s) => s.sheet === c.sheet && s.address === c.address && s.text === c.text);
  if (!prep.foreign.every(agreed)) return { ask: prep.foreign };
  const result = await port.apply(prep.plans, steps.writing, { allowOverwrite: prep.foreign.map((c) => `${c.sheet}!${c.address}`) });
  if (!result.ok) return { notice: blockedNotice(result) };
  const sheets = [...new Set(prep.plans.map((p) => p.sheet))].map((s) => `"${s}"`).join(', ');
  const unread = unreadNotice(prep.unread);
  const items = [both(mode === 'plain' ? 'statusModePlain' : 'statusModeDti'), ...(unread ? [unread] : []), ...(port.notesWritten === false ? [both('notesMissing')] : []), ...prep.skipped];
  return { notice: { intent: prep.skipped.length || unread ? 'warning' : 'success', text: both('statusDone', { rows: prep.rows, sheets }), items } };
}

/**
 * The report of a month, from the cells as they are now. `input` is what the
 * user typed in the report's form (the commune, this month's number, the
 * recipient, the signer…): it is saved in the workbook's record (after the
 * report is written) so it is not asked again.
 */
export async function makeMonthlyReport(port: TaskpanePort, month: string, steps: Steps, input: ReportInput = {}): Promise<Notice> {
  const ym = parseYearMonth(month);
  if (!ym) return invalidMonth(month);
  const wrong = checkReportInput(input);
  if (wrong) return { intent: 'error', text: wrong };
  const snapshot = await readCurrent(port, steps.reading);
  // No table, no column or sheet for the month, only another year's plan: said, and nothing is written.
  const nothing = nothingToReport(snapshot.analysis, statusForMonth(snapshot.analysis, ym), ym);
  if (nothing) return { intent: 'error', text: nothing };
  const { prepareSummary } = await import(/* webpackChunkName: "report" */ '../core/workbook/summary-action');
  const summary = prepareSummary(snapshot, ym, new Date(), input);
  const result = await port.apply(summary.plans, steps.writing);
  if (!result.ok) return blockedNotice(result);
  const record = recordWithReportInput(snapshot, ym, input);
  if (record) {
    // A first record keeps the sheets' choice as the pane shows it.
    const base = snapshot.mapping ? record : { ...record, sheets: mappingWithSheets(snapshot, new Set(snapshot.sheets.filter((s) => s.included).map((s) => s.sheet))).sheets };
    await port.writeMapping(base);
  }
  const totals = summary.model.totals;
  const items = [both('reportTotals', { met: totals.met, notMet: totals.not_met, noData: totals.no_data, invalid: totals.invalid })];
  if (summary.renamed) items.unshift(both('reportRenamed', { base: `Báo cáo T${ym.month}-${ym.year}`, sheet: summary.sheetName }));
  if (summary.keptEdited.length > 0) items.unshift(both('reportEditedKept', { kept: summary.keptEdited.map((n) => `"${n}"`).join(', '), sheet: summary.sheetName, appendix: summary.appendixName }));
  const blank = summary.parts.missing;
  if (blank.length > 0) {
    items.push(both('reportBlank', (lang) => ({ parts: blank.map((m) => t(lang, `blank_${m}`)).join(', ') })));
  }
  items.push(both('reportPdf', { sheet: summary.sheetName, appendix: summary.appendixName }));
  return { intent: 'success', text: both('reportDone', { sheet: summary.sheetName, appendix: summary.appendixName }), items };
}

/**
 * "Bản gửi đi": the workbook's file with every DTI formula replaced by its
 * value, so the district sees numbers, not #NAME?. The file is taken from
 * Office when the button is pressed (nothing is planned from an earlier read).
 * `deliver` offers the bytes to the user (a download in the task pane).
 */
export async function makeSendCopy(port: TaskpanePort, deliver: (bytes: Uint8Array, name: string) => void): Promise<Notice> {
  if (!port.documentBytes) throw new AdapterError(FILE_API_MISSING);
  const file = await port.documentBytes();
  const { makeValuesCopy } = await import(/* webpackChunkName: "send-copy" */ '../xlsx/values-copy');
  const copy = await makeValuesCopy(file.bytes);
  deliver(copy.bytes, file.name);
  return { intent: 'success', text: both('sendCopyDone', { name: file.name }), items: [both(copy.replaced > 0 ? 'sendCopyReplaced' : 'sendCopyNone', { n: copy.replaced })] };
}

function invalidMonth(month: string): Notice {
  return { intent: 'error', text: both('invalidMonth', { month }) };
}

function blockedNotice(result: Extract<ApplyResult, { ok: false }>): Notice {
  return { intent: 'warning', text: both('blocked'), items: result.blocked.map((b) => b.message) };
}
