import { type Bilingual, joinSaid, type Lang, say } from '../../core/i18n';
import { message, said, sentence } from '../../core/messages';
import type { YearMonth } from '../../core/months';
import { formatActual, formatDelta, statusLabel, targetText } from '../../core/status/labels';
import { type MonthStatus, type IndicatorStatus, statusForMonth } from '../../core/status/month-status';
import { nothingToReport } from '../../core/status/month-coverage';
import { historyLookup } from '../../core/summary/build-model';
import { checkReportInput, type DocumentParts, type ReportInput } from '../../core/summary/settings';
import { cycleInput, historyOf, recordWithReportInput } from '../../core/workbook/actions';
import { prepareSummary } from '../../core/workbook/summary-action';
import { type CycleStatus, cycleStatus } from '../../core/cycle/cycle-status';
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
    throw new CliError(message('summary.pdf-is-out'));
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
      if (!applied.ok) throw new CliError(joinSaid(applied.blocked.map((b) => b.message)), 1);
      // What was given is kept in the workbook's record: the next report need not be told again.
      const record = recordWithReportInput(snapshot, month, input);
      if (record) await loaded.port.writeMapping(record);
      const linkNote = await output.write(await loaded.port.toBytes());
      lines.push(message('summary.wrote-report', { sheet: result.sheetName, appendix: result.appendixName, file: opts.out }));
      if (linkNote) lines.push(linkNote);
      if (result.renamed) lines.push(message('summary.renamed', { sheet: result.sheetName, appendix: result.appendixName }));
      if (result.keptEdited.length > 0) lines.push(keptEditedLine(result.keptEdited, result.sheetName, result.appendixName));
    }
    if (pdfOutput && soffice && opts.pdf !== undefined) {
      let pdf: Uint8Array;
      try {
        pdf = await renderPdf(soffice, await printCopy(result.plans));
      } catch (e) {
        throw new CliError(message('summary.pdf-failed', { program: soffice }), 2, e instanceof Error ? e.message.slice(0, 200) : String(e));
      }
      const linkNote = await pdfOutput.write(pdf);
      lines.push(message('summary.wrote-pdf', { file: opts.pdf }));
      if (linkNote) lines.push(linkNote);
    }
    const blank = blankParts(result.parts);
    if (blank) lines.push(blank);
    for (const line of lines) (opts.json ? io.err : io.out)(say(line, opts.lang));
  }
  return 0;
}

const NO_LIBREOFFICE = message('summary.no-libreoffice');

/** Which document parts are still blank, and the option that fills each. */
function blankParts(parts: DocumentParts): Bilingual | null {
  if (parts.missing.length === 0) return null;
  return message('summary.blank-parts', { parts: parts.missing });
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
  io.out(`\n${sentence(lang, 'summary.forms-heading', { deadline: cycle.deadline })}`);
  for (const u of cycle.units) {
    const merged = u.mergedAt ? ` (${u.mergedAt.replace('T', ' ')})` : '';
    const short = u.shortfalls.length ? `; ${sentence(lang, 'summary.unit-shortfalls', { count: u.shortfalls.length })}` : '';
    io.out(`  ${u.unit}: ${sentence(lang, 'summary.form-state', { state: u.state })}${merged}${short}`);
  }
  if (cycle.metWithoutEvidence.length > 0) {
    io.out(sentence(lang, 'summary.met-without-evidence', { count: cycle.metWithoutEvidence.length }));
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
      io.out(`\n${sentence(lang, 'summary.sheet-heading', { sheet })}`);
      io.out(textTable(head, rows, [6, 48, 22, 12, 12, 14, 16, 30]));
    }
  }
  const t = status.totals;
  io.out(
    `\n${sentence(lang, 'summary.totals', { ...month, met: t.met, notMet: t.not_met, noData: t.no_data, invalid: t.invalid, all: status.indicators.length })}`,
  );
  const serious = status.problems.filter((p) => p.severity !== 'info');
  if (serious.length > 0) {
    io.out(sentence(lang, 'summary.data-problems', { count: serious.length }));
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
  return message('summary.kept-edited', { names, count: kept.length, sheet, appendix });
}
