import { bi, say, type Lang } from '../../core/i18n';
import { formatYearMonth, monthLabel, type YearMonth } from '../../core/months';
import { formatActual, formatDelta, statusLabel, targetText } from '../../core/report/format-values';
import { type MonthStatus, type IndicatorStatus, statusForMonth } from '../../core/report/month-status';
import { ReportingMonthSchema } from '../../core/schema';
import { nothingToReport } from '../../core/report/month-coverage';
import { historyLookup } from '../../core/summary/build-model';
import { historyOf, prepareSummary } from '../../core/workbook/actions';
import { formatProblems, problemJson } from '../format-problems';
import type { CliIo, CommonOptions } from '../io';
import { CliError, loadWorkbook } from '../load-workbook';
import { outputTarget } from '../output-target';
import { textTable } from '../text-table';

export interface SummaryOptions extends CommonOptions {
  month: string | undefined;
  sheet: string | undefined;
  out: string | undefined;
  commune: string | undefined;
  force: boolean;
}

/** `dti summary FILE --month YYYY-MM [--out OUT.xlsx]`: every indicator's status for the month. */
export async function summaryCommand(file: string, opts: SummaryOptions, io: CliIo): Promise<number> {
  const month = parseMonth(opts.month);
  // Checked first: a wrong --out is said before any work is done.
  const output = opts.out === undefined ? null : outputTarget(io.cwd, opts.out, file, opts.force);
  await output?.check();
  const loaded = await loadWorkbook(file, opts.sheet);
  const snapshot = { ...loaded.snapshot, analysis: loaded.analysis };
  const status = statusForMonth(loaded.analysis, month, historyLookup(historyOf(snapshot)));
  const columnless = nothingToReport(loaded.analysis, status, month);
  if (columnless) throw new CliError(columnless, 1);

  if (opts.json) io.out(JSON.stringify(toJson(status, opts.lang), null, 2));
  else printStatus(status, month, opts.lang, io);

  if (output && opts.out !== undefined) {
    // The same planning as the task pane's "Tạo báo cáo tháng" button.
    const result = prepareSummary(snapshot, month, new Date(), opts.commune);
    const applied = await loaded.port.apply(result.plans);
    if (!applied.ok) throw new CliError(bi(applied.blocked.map((b) => b.message.vi).join(' '), applied.blocked.map((b) => b.message.en).join(' ')), 1);
    const linkNote = await output.write(await loaded.port.toBytes());
    const lines = [bi(`Đã ghi báo cáo vào trang tính "${result.sheetName}" của tệp ${opts.out}.`, `Wrote the summary to sheet "${result.sheetName}" of ${opts.out}.`)];
    if (result.model.commune === null) {
      lines.push(bi('Chưa tìm thấy tên xã trong sổ làm việc: phần đầu báo cáo để trống "……"; thêm --commune "xã …" để điền.', 'No commune name found in the workbook: the report header leaves it blank; add --commune "xã …" to fill it in.'));
    }
    if (linkNote) lines.push(linkNote);
    if (result.keptEdited) lines.push(bi(`Báo cáo "${result.keptEdited}" đã được sửa tay nên được giữ nguyên; báo cáo mới được đặt tên "${result.sheetName}".`, `The report "${result.keptEdited}" was edited by hand, so it is kept as it is; the new report is named "${result.sheetName}".`));
    if (result.renamed) lines.push(bi(`Đã có trang tính của người dùng trùng tên nên báo cáo được đặt tên "${result.sheetName}".`, `A user's sheet had the summary's name, so the summary is named "${result.sheetName}".`));
    for (const line of lines) (opts.json ? io.err : io.out)(say(line, opts.lang));
  }
  return 0;
}

export function parseMonth(text: string | undefined): YearMonth {
  if (text === undefined) throw new CliError(bi('Thiếu tháng báo cáo: --month YYYY-MM (ví dụ --month 2026-11).', 'Missing the reporting month: --month YYYY-MM (e.g. --month 2026-11).'));
  const parsed = ReportingMonthSchema.safeParse(text);
  if (!parsed.success) throw new CliError(bi(`Tháng "${text}" không hợp lệ; dùng dạng YYYY-MM, ví dụ 2026-11.`, `Invalid month "${text}"; use YYYY-MM, e.g. 2026-11.`));
  return parsed.data;
}

function toJson(status: MonthStatus, lang: Lang): Record<string, unknown> {
  return {
    month: status.month,
    indicators: status.indicators.map(({ previousFrom: _p, key: _k, historyKey: _h, reason, ...rest }) => ({ ...rest, ...(reason ? { reason: reason[lang] } : {}) })),
    totals: status.totals,
    problems: status.problems.map((p) => problemJson(p, lang)),
  };
}

function printStatus(status: MonthStatus, month: YearMonth, lang: Lang, io: CliIo): void {
  const head = lang === 'vi'
    ? ['STT', 'Chỉ tiêu', 'Chỉ tiêu năm', 'Tháng trước', `T${monthLabel(month)}`, 'Chênh lệch', 'Tình trạng', 'Đơn vị chủ trì']
    : ['Id', 'Indicator', 'Target', 'Previous', formatYearMonth(month), 'Gap', 'Status', 'Owner'];
  let sheet = '';
  for (const i of status.indicators) {
    if (i.sheet !== sheet) {
      sheet = i.sheet;
      const rows = status.indicators.filter((x) => x.sheet === sheet).map((x) => row(x, lang));
      io.out(`\n${say(bi('Trang tính', 'Sheet'), lang)} "${sheet}"`);
      io.out(textTable(head, rows, [6, 48, 22, 12, 12, 14, 16, 30]));
    }
  }
  const t = status.totals;
  io.out(
    `\n${say(
      bi(
        `Tháng ${monthLabel(month)}: ${t.met} đạt, ${t.not_met} chưa đạt, ${t.no_data} chưa có số liệu, ${t.invalid} không đọc được (tổng ${status.indicators.length}).`,
        `${formatYearMonth(month)}: ${t.met} met, ${t.not_met} not met, ${t.no_data} no data, ${t.invalid} unreadable (${status.indicators.length} in all).`,
      ),
      lang,
    )}`,
  );
  const serious = status.problems.filter((p) => p.severity !== 'info');
  if (serious.length > 0) {
    io.out(`${say(bi('Vấn đề dữ liệu', 'Data problems'), lang)}: ${serious.length}`);
    for (const line of formatProblems(serious, lang)) io.out(`  ${line}`);
  }
}

function row(i: IndicatorStatus, lang: Lang): string[] {
  return [
    i.id ?? '',
    i.name,
    targetText(i.target),
    formatActual(i.previous, i.target, lang),
    formatActual(i.actual, i.target, lang),
    formatDelta(i.gap, i.target, lang),
    statusLabel(i.status, lang),
    i.owner ?? '',
  ];
}
