import { basename } from 'path';
import { logOf } from '../../core/cycle/merge-log';
import { type MergeOutcome, planMerge } from '../../core/cycle/merge-plan';
import { returnedForms } from '../../core/cycle/returned-files';
import { bi, type Bilingual, joinSaid, type Lang, say } from '../../core/i18n';
import { formatYearMonth, monthLabel, type YearMonth } from '../../core/months';
import { openReturnedFile } from '../../xlsx/open-returned-file';
import type { CliIo, CommonOptions } from '../io';
import { CliError } from '../cli-error';
import { loadWorkbook } from '../load-workbook';
import { parseMonth } from '../month-option';
import { fromCwd, outputTarget } from '../output-target';

export interface MergeOptions extends CommonOptions {
  month: string | undefined;
  out: string | undefined;
  prefer: string | undefined;
  deadlineDay: string | undefined;
  force: boolean;
}

/** `dti merge TRACKER.xlsx FORM.xlsx… --month YYYY-MM --out OUT.xlsx [--prefer form]`. */
export async function mergeCommand(file: string, forms: readonly string[], opts: MergeOptions, io: CliIo): Promise<number> {
  const month = parseMonth(opts.month);
  if (opts.prefer !== undefined && opts.prefer !== 'form') throw new CliError(bi(`--prefer chỉ nhận "form" (lấy số liệu của phiếu khi khác sổ theo dõi), không phải "${opts.prefer}".`, `--prefer takes only "form" (the form's figure wins where it differs from the tracker), not "${opts.prefer}".`));
  const deadlineDay = parseDeadlineDay(opts.deadlineDay);
  if (forms.length === 0) throw new CliError(bi('Thiếu tệp phiếu: dti merge SỔ.xlsx PHIẾU.xlsx… --month YYYY-MM --out RA.xlsx', 'Missing the form files: dti merge TRACKER.xlsx FORM.xlsx… --month YYYY-MM --out OUT.xlsx'));
  if (opts.out === undefined) throw new CliError(bi('Thiếu tệp kết quả: --out SỔ-MỚI.xlsx (sổ theo dõi gốc không bao giờ bị ghi đè).', 'Missing the output file: --out NEW.xlsx (the tracker itself is never written).'));
  const output = outputTarget(io.cwd, opts.out, [file, ...forms], opts.force);
  await output.check();
  const tracker = await loadWorkbook(file);
  const snapshot = tracker.snapshot;
  const files = [];
  for (const path of forms) {
    const label = basename(path);
    files.push({ label, ...(await openReturnedFile(fromCwd(io.cwd, path), label)) });
  }
  const { forms: returned, unread } = returnedForms(files, snapshot.analysis, month);
  const outcome = planMerge({
    analysis: snapshot.analysis,
    grids: snapshot.grids,
    month,
    forms: returned,
    preferForm: opts.prefer === 'form',
    log: logOf(snapshot),
    existingSheets: snapshot.sheets.map((s) => ({ name: s.sheet, own: s.own, edited: s.edited })),
    now: io.now?.() ?? new Date(),
  });
  outcome.refusals.unshift(...unread);
  const stop = outcome.conflicts.length > 0 && opts.prefer !== 'form';
  if (opts.json) io.out(JSON.stringify(toJson(outcome, month, stop, opts.lang), null, 2));
  else printOutcome(outcome, month, stop, opts.lang, io);
  if (stop) return 1;

  const applied = await tracker.port.apply(outcome.plans, undefined, { allowOverwrite: outcome.overwrite });
  if (!applied.ok) throw new CliError(joinSaid(applied.blocked.map((b) => b.message)), 1);
  // The deadline is the plan's: kept in the tracker's record for the report (which units are late).
  const record = snapshot.mapping ?? { version: 1 as const, sheets: {} };
  if (deadlineDay !== undefined && record.cycle?.deadlineDay !== deadlineDay) await tracker.port.writeMapping({ ...record, cycle: { deadlineDay } });
  const note = await output.write(await tracker.port.toBytes());
  const said = (opts.json ? io.err : io.out);
  said(say(bi(`Đã ghi sổ theo dõi đã nhập phiếu ra tệp ${opts.out} (sổ gốc giữ nguyên).`, `Wrote the tracker with the forms merged to ${opts.out} (the original is unchanged).`), opts.lang));
  if (note) said(say(note, opts.lang));
  return 0;
}

/** `--han-nop 18`: the day of the month units send their forms by. */
export function parseDeadlineDay(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const day = Number(text);
  if (!Number.isInteger(day) || day < 1 || day > 28) throw new CliError(bi(`--han-nop "${text}" không hợp lệ: dùng một ngày từ 1 đến 28, ví dụ --han-nop 20.`, `--han-nop "${text}" is not valid: give a day from 1 to 28, e.g. --han-nop 20.`));
  return day;
}

function printOutcome(outcome: MergeOutcome, month: YearMonth, stop: boolean, lang: Lang, io: CliIo): void {
  const line = (text: Bilingual): void => io.out(say(text, lang));
  if (outcome.conflicts.length > 0) {
    line(bi(`${outcome.conflicts.length} ô khác với số liệu đã có trong sổ theo dõi:`, `${outcome.conflicts.length} cells differ from what the tracker holds:`));
    for (const c of outcome.conflicts) {
      io.out(`  ${c.sheet}!${c.address} [${c.indicator.slice(0, 50)}]: ${say(bi('sổ', 'tracker'), lang)} "${c.existing}" ≠ ${c.file}!${c.formAddress} "${c.incoming}"`);
    }
    if (stop) {
      line(bi('Chưa ghi gì. Hãy sửa trong sổ hoặc phiếu rồi nhập lại, hoặc chạy lại với --prefer form để lấy số liệu của phiếu.', 'Nothing was written. Fix the tracker or the form and merge again, or run again with --prefer form to take the forms\' figures.'));
      return;
    }
    line(bi('Đã lấy số liệu của phiếu (--prefer form).', "The forms' figures were taken (--prefer form)."));
  }
  for (const r of outcome.refusals) io.out(`${say(bi('Không nhập', 'Not merged'), lang)}: ${r.file}${r.address ? `!${r.address}` : ''}${r.unit ? ` (${r.unit})` : ''}: ${say(r.reason, lang)}`);
  if (outcome.changes.length === 0) line(bi(`Không có ô nào thay đổi (tháng ${monthLabel(month)}).`, `No cell changed (${formatYearMonth(month)}).`));
  else {
    line(bi(`Đã nhập ${outcome.changes.length} ô:`, `Merged ${outcome.changes.length} cells:`));
    for (const c of outcome.changes) io.out(`  ${c.sheet}!${c.address}: "${c.before}" → "${c.after}" (${c.unit})`);
  }
  for (const n of outcome.notes) io.out(`${say(bi('Ghi chú', 'Note'), lang)} ${n.file}!${n.address} (${n.unit}, ${n.indicator.slice(0, 40)}): ${n.note}`);
}

function toJson(outcome: MergeOutcome, month: YearMonth, stop: boolean, lang: Lang): Record<string, unknown> {
  return {
    month: formatYearMonth(month),
    written: !stop,
    changes: outcome.changes,
    conflicts: outcome.conflicts,
    refusals: outcome.refusals.map((r) => ({ ...r, reason: r.reason[lang] })),
    notes: outcome.notes,
  };
}
