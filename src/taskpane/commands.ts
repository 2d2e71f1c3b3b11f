/** What each button does, as plain async functions returning the notice to show. */
import { bi } from '../core/i18n';
import { parseYearMonth } from '../core/months';
import type { TableMapping } from '../core/schema';
import { AdapterError } from '../excel/errors';
import { FILE_API_MISSING } from '../excel/document-file';
import type { ApplyResult } from '../ports/workbook-port';
import { makeValuesCopy } from '../xlsx/values-copy';
import { communeChoice, prepareSummary, type StatusColumnsPrep } from '../core/workbook/actions';
import { mappingWithDrafts } from './mapping-draft';
import { t } from './strings';
import type { Notice } from './use-workbook';
import { mappingWithSheets, type Snapshot } from '../core/workbook/snapshot';
import { type TaskpanePort } from './workbook-session';

type Progress = (done: number, total: number) => void;

const both = (key: Parameters<typeof t>[1], params: Record<string, string | number> = {}) => bi(t('vi', key, params), t('en', key, params));

export async function saveSheetChoice(port: TaskpanePort, snapshot: Snapshot, included: Set<string>): Promise<Notice> {
  await port.writeMapping(mappingWithSheets(snapshot, included));
  return { intent: 'success', text: both('sheetsSaved') };
}

export async function saveMapping(port: TaskpanePort, snapshot: Snapshot, sheet: string, drafts: TableMapping[]): Promise<Notice> {
  const base = mappingWithSheets(snapshot, new Set(snapshot.sheets.filter((s) => s.included || s.sheet === sheet).map((s) => s.sheet)));
  await port.writeMapping(mappingWithDrafts(base, sheet, drafts));
  return { intent: 'success', text: both('saved') };
}

export async function writeStatusColumns(port: TaskpanePort, prep: StatusColumnsPrep, report: Progress, consent: boolean): Promise<Notice> {
  if (prep.plans.length === 0) return { intent: 'warning', text: both('statusNothing'), items: prep.skipped };
  const allowOverwrite = consent ? prep.foreign.map((c) => `${c.sheet}!${c.address}`) : [];
  const result = await port.apply(prep.plans, report, { allowOverwrite });
  if (!result.ok) return blockedNotice(result);
  const sheets = [...new Set(prep.plans.map((p) => p.sheet))].map((s) => `"${s}"`).join(', ');
  return { intent: prep.skipped.length ? 'warning' : 'success', text: both('statusDone', { rows: prep.rows, sheets }), items: prep.skipped };
}

/**
 * The report of a month. `commune` is the name the user typed when asked: it
 * is saved in the workbook's mapping (after the report is written) so it is
 * not asked again.
 */
export async function makeMonthlyReport(port: TaskpanePort, snapshot: Snapshot, month: string, report: Progress, commune?: string): Promise<Notice> {
  const ym = parseYearMonth(month);
  if (!ym) return { intent: 'error', text: bi(`Tháng không hợp lệ: ${month}`, `Invalid month: ${month}`) };
  const typed = commune?.trim() ?? '';
  const summary = prepareSummary(snapshot, ym, new Date(), typed || null);
  const result = await port.apply(summary.plans, report);
  if (!result.ok) return blockedNotice(result);
  if (typed && typed !== communeChoice(snapshot).saved) {
    const base = snapshot.mapping ?? mappingWithSheets(snapshot, new Set(snapshot.sheets.filter((s) => s.included).map((s) => s.sheet)));
    await port.writeMapping({ ...base, commune: typed });
  }
  const totals = summary.model.totals;
  const items = [both('reportTotals', { met: totals.met, notMet: totals.not_met, noData: totals.no_data, invalid: totals.invalid })];
  if (summary.renamed) items.unshift(both('reportRenamed', { base: `Báo cáo T${ym.month}-${ym.year}`, sheet: summary.sheetName }));
  return { intent: 'success', text: both('reportDone', { sheet: summary.sheetName }), items };
}

/**
 * "Bản gửi đi": the workbook's file with every DTI formula replaced by its
 * value, so the district sees numbers, not #NAME?. `deliver` offers the bytes
 * to the user (a download in the task pane).
 */
export async function makeSendCopy(port: TaskpanePort, deliver: (bytes: Uint8Array, name: string) => void): Promise<Notice> {
  if (!port.documentBytes) throw new AdapterError(FILE_API_MISSING);
  const file = await port.documentBytes();
  const copy = await makeValuesCopy(file.bytes);
  deliver(copy.bytes, file.name);
  return { intent: 'success', text: both('sendCopyDone', { name: file.name }), items: [both(copy.replaced > 0 ? 'sendCopyReplaced' : 'sendCopyNone', { n: copy.replaced })] };
}

function blockedNotice(result: Extract<ApplyResult, { ok: false }>): Notice {
  return { intent: 'warning', text: both('blocked'), items: result.blocked.map((b) => b.message) };
}
