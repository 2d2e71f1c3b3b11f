/** What each button does, as plain async functions returning the notice to show. */
import { bi } from '../core/i18n';
import { parseYearMonth } from '../core/months';
import type { TableMapping } from '../core/schema';
import type { ApplyResult } from '../ports/workbook-port';
import { prepareSummary, type StatusColumnsPrep } from './actions';
import { mappingWithDrafts } from './mapping-draft';
import { t } from './strings';
import type { Notice } from './use-workbook';
import { mappingWithSheets, type Snapshot, type TaskpanePort } from './workbook-session';

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

export async function makeMonthlyReport(port: TaskpanePort, snapshot: Snapshot, month: string, report: Progress): Promise<Notice> {
  const ym = parseYearMonth(month);
  if (!ym) return { intent: 'error', text: bi(`Tháng không hợp lệ: ${month}`, `Invalid month: ${month}`) };
  const summary = prepareSummary(snapshot, ym);
  const result = await port.apply(summary.plans, report);
  if (!result.ok) return blockedNotice(result);
  const totals = summary.model.totals;
  const items = [both('reportTotals', { met: totals.met, notMet: totals.not_met, noData: totals.no_data, invalid: totals.invalid })];
  if (summary.renamed) items.unshift(both('reportRenamed', { base: `Báo cáo T${ym.month}-${ym.year}`, sheet: summary.sheetName }));
  return { intent: 'success', text: both('reportDone', { sheet: summary.sheetName }), items };
}

function blockedNotice(result: Extract<ApplyResult, { ok: false }>): Notice {
  return { intent: 'warning', text: both('blocked'), items: result.blocked.map((b) => b.message) };
}
