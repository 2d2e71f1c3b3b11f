import { bi, type Bilingual, say, type Lang } from '../../core/i18n';
import { said, sentence } from '../../core/messages';
import { formatYearMonth, monthLabel, type YearMonth } from '../../core/months';
import { formatActual, formatDelta, statusLabel, targetText } from '../../core/report/format-values';
import { type MonthStatus, type IndicatorStatus, statusForMonth } from '../../core/report/month-status';
import { nothingToReport } from '../../core/report/month-coverage';
import { historyLookup } from '../../core/summary/build-model';
import { checkReportInput, type DocumentParts, type ReportInput } from '../../core/summary/settings';
import { cycleInput, historyOf, prepareSummary, recordWithReportInput } from '../../core/workbook/actions';
import { type CycleStatus, cycleStatus, type ReturnState } from '../../core/cycle/cycle-status';
import { printCopy } from '../../xlsx/print-copy';
import { formatProblems, problemJson } from '../format-problems';
import type { CliIo, CommonOptions } from '../io';
import { CliError } from '../cli-error';
import { loadWorkbook } from '../load-workbook';
import { parseMonth } from '../month-option';
import { fromCwd, outputTarget } from '../output-target';
import { findLibreOffice, renderPdf } from '../pdf';
import { textTable } from '../text-table';

export interface SummaryOptions extends CommonOptions {
  month: string | undefined;
  sheet: string | undefined;
  out: string | undefined;
  /** The report and its appendix as a PDF, through LibreOffice. */
  pdf: string | undefined;
  commune: string | undefined;
  /** The report's document parts (`--so`, `--kinh-gui`, `--chuc-vu`, `--nguoi-ky`, `--tinh`). */
  report: Omit<ReportInput, 'commune'>;
  force: boolean;
}

/** `dti summary FILE --month YYYY-MM [--out OUT.xlsx] [--pdf OUT.pdf]`: every indicator's status for the month. */
export async function summaryCommand(file: string, opts: SummaryOptions, io: CliIo): Promise<number> {
  const month = parseMonth(opts.month);
  const input: ReportInput = { ...opts.report, ...(opts.commune !== undefined ? { commune: opts.commune } : {}) };
  const wrong = checkReportInput(input);
  if (wrong) throw new CliError(wrong);
  // Checked first: a wrong --out or --pdf, or no LibreOffice for --pdf, is said before any work is done.
  const output = opts.out === undefined ? null : outputTarget(io.cwd, opts.out, file, opts.force);
  await output?.check();
  const pdfOutput = opts.pdf === undefined ? null : outputTarget(io.cwd, opts.pdf, file, opts.force);
  if (opts.pdf !== undefined && opts.out !== undefined && fromCwd(io.cwd, opts.pdf) === fromCwd(io.cwd, opts.out)) {
    throw new CliError(bi('--pdf và --out phải là hai tệp khác nhau.', '--pdf and --out must be two different files.'));
  }
  await pdfOutput?.check();
  const soffice = pdfOutput ? findLibreOffice() : null;
  if (pdfOutput && !soffice) throw new CliError(NO_LIBREOFFICE);
  const loaded = await loadWorkbook(file, opts.sheet);
  const snapshot = { ...loaded.snapshot, analysis: loaded.analysis };
  const status = statusForMonth(loaded.analysis, month, historyLookup(historyOf(snapshot)));
  const columnless = nothingToReport(loaded.analysis, status, month);
  if (columnless) throw new CliError(columnless, 1);

  const now = io.now?.() ?? new Date();
  const cycleIn = cycleInput(snapshot, month);
  const cycle = cycleIn ? cycleStatus(status.indicators, month, cycleIn, now) : null;
  if (opts.json) io.out(JSON.stringify({ ...toJson(status, opts.lang), ...(cycle ? { cycle } : {}) }, null, 2));
  else {
    printStatus(status, month, opts.lang, io);
    if (cycle) printCycle(cycle, opts.lang, io);
  }

  if (output || pdfOutput) {
    // The same planning as the task pane's "Tạo báo cáo tháng" button.
    const result = prepareSummary(snapshot, month, now, input);
    const lines: Bilingual[] = [];
    if (output && opts.out !== undefined) {
      const applied = await loaded.port.apply(result.plans);
      if (!applied.ok) throw new CliError(bi(applied.blocked.map((b) => b.message.vi).join(' '), applied.blocked.map((b) => b.message.en).join(' ')), 1);
      // What was given is kept in the workbook's record: the next report need not be told again.
      const record = recordWithReportInput(snapshot, month, input);
      if (record) await loaded.port.writeMapping(record);
      const linkNote = await output.write(await loaded.port.toBytes());
      lines.push(bi(`Đã ghi báo cáo vào trang tính "${result.sheetName}" và phụ lục vào trang "${result.appendixName}" của tệp ${opts.out}.`, `Wrote the report to sheet "${result.sheetName}" and its appendix to sheet "${result.appendixName}" of ${opts.out}.`));
      if (linkNote) lines.push(linkNote);
      if (result.renamed) lines.push(bi(`Đã có trang tính của người dùng trùng tên nên báo cáo được đặt tên "${result.sheetName}", phụ lục "${result.appendixName}".`, `A user's sheet had the report's name, so the report is named "${result.sheetName}" and its appendix "${result.appendixName}".`));
      if (result.keptEdited.length > 0) lines.push(keptEditedLine(result.keptEdited, result.sheetName, result.appendixName));
    }
    if (pdfOutput && soffice && opts.pdf !== undefined) {
      let pdf: Uint8Array;
      try {
        pdf = await renderPdf(soffice, await printCopy(result.plans));
      } catch (e) {
        throw new CliError(bi(`LibreOffice không tạo được tệp PDF (${soffice}).`, `LibreOffice could not make the PDF (${soffice}).`), 2, e instanceof Error ? e.message.slice(0, 200) : String(e));
      }
      const linkNote = await pdfOutput.write(pdf);
      lines.push(bi(`Đã ghi báo cáo và phụ lục ra tệp PDF ${opts.pdf} (để ký số và gửi).`, `Wrote the report and its appendix to the PDF ${opts.pdf} (to sign digitally and send).`));
      if (linkNote) lines.push(linkNote);
    }
    const blank = blankParts(result.parts);
    if (blank) lines.push(blank);
    for (const line of lines) (opts.json ? io.err : io.out)(say(line, opts.lang));
  }
  return 0;
}

const NO_LIBREOFFICE = bi(
  'Không tìm thấy LibreOffice để tạo tệp PDF. Cài LibreOffice (https://www.libreoffice.org), hoặc bỏ --pdf, dùng --out rồi mở tệp trong Excel: Tệp → Xuất → Tạo PDF/XPS, chọn hai trang báo cáo và phụ lục (giữ Ctrl khi bấm tên trang), Tùy chọn → "Trang tính hiện hoạt".',
  'LibreOffice was not found, so no PDF can be made. Install LibreOffice (https://www.libreoffice.org), or leave out --pdf, use --out and open the file in Excel: File → Export → Create PDF/XPS, with the report and appendix sheets selected (Ctrl+click their tabs), Options → "Active sheet(s)".',
);

/** Which document parts are still blank, and the option that fills each. */
function blankParts(parts: DocumentParts): Bilingual | null {
  if (parts.missing.length === 0) return null;
  const words: Record<DocumentParts['missing'][number], Bilingual> = {
    commune: bi('tên xã (--commune "xã …")', 'the commune (--commune "xã …")'),
    number: bi('số văn bản (--so 05)', 'the number (--so 05)'),
    recipient: bi('nơi nhận "Kính gửi" (--tinh "…" hoặc --kinh-gui "…")', 'the recipient (--tinh "…" or --kinh-gui "…")'),
    signerName: bi('họ tên người ký (--nguoi-ky "…")', "the signer's name (--nguoi-ky \"…\")"),
  };
  const list = parts.missing.map((m) => words[m]);
  return bi(
    `Phần văn bản còn để trống, điền tay hoặc chạy lại với: ${list.map((w) => w.vi).join('; ')}. Thông tin đã cho được lưu trong tệp --out, lần sau không cần nhập lại.`,
    `Document parts still blank, to fill in by hand or run again with: ${list.map((w) => w.en).join('; ')}. What is given is kept in the --out file and need not be typed again.`,
  );
}

function toJson(status: MonthStatus, lang: Lang): Record<string, unknown> {
  return {
    month: status.month,
    indicators: status.indicators.map(({ previousFrom: _p, key: _k, historyKey: _h, reason, ...rest }) => ({ ...rest, ...(reason ? { reason: reason[lang] } : {}) })),
    totals: status.totals,
    problems: status.problems.map((p) => problemJson(p, lang)),
  };
}

function printCycle(cycle: CycleStatus, lang: Lang, io: CliIo): void {
  const states: Record<ReturnState, Bilingual> = {
    on_time: bi('đúng hạn', 'on time'),
    late: bi('muộn', 'late'),
    missing: bi('chưa gửi', 'not sent'),
    waiting: bi('chưa đến hạn', 'not due yet'),
  };
  io.out(`\n${say(bi(`Phiếu báo cáo tháng (hạn ${cycle.deadline}):`, `Monthly forms (due ${cycle.deadline}):`), lang)}`);
  for (const u of cycle.units) io.out(`  ${u.unit}: ${say(states[u.state], lang)}${u.mergedAt ? ` (${u.mergedAt.replace('T', ' ')})` : ''}${u.shortfalls.length ? `; ${say(bi('chưa đạt', 'not met'), lang)} ${u.shortfalls.length}` : ''}`);
  if (cycle.metWithoutEvidence.length > 0) {
    io.out(say(bi(`Đạt nhưng chưa có tài liệu kiểm chứng (${cycle.metWithoutEvidence.length}):`, `Met without evidence (${cycle.metWithoutEvidence.length}):`), lang));
    for (const i of cycle.metWithoutEvidence) io.out(`  ${i.sheet}!A${i.row} ${i.id ?? ''} ${i.name.slice(0, 60)}`);
  }
}

function printStatus(status: MonthStatus, month: YearMonth, lang: Lang, io: CliIo): void {
  const head = [
    said(lang, 'column.id'),
    said(lang, 'column.indicator'),
    said(lang, 'column.target'),
    said(lang, 'column.previous'),
    sentence(lang, 'column.month', month),
    said(lang, 'column.gap'),
    said(lang, 'column.status'),
    said(lang, 'column.owner'),
  ];
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

/** The month's report (or appendix) the user edited by hand is kept; the new one got another name. */
function keptEditedLine(kept: string[], sheet: string, appendix: string): Bilingual {
  const names = kept.map((n) => `"${n}"`).join(', ');
  return bi(
    `${names} đã được sửa tay nên được giữ nguyên; báo cáo mới nằm ở trang "${sheet}", phụ lục ở trang "${appendix}".`,
    `${names} ${kept.length > 1 ? 'were' : 'was'} edited by hand, so ${kept.length > 1 ? 'they are' : 'it is'} kept as ${kept.length > 1 ? 'they are' : 'it is'}; the new report is on sheet "${sheet}", its appendix on "${appendix}".`,
  );
}
