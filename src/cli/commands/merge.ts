import { basename } from 'path';
import { logOf } from '../../core/cycle/merge-log';
import { type MergeOutcome, planMerge } from '../../core/cycle/merge-plan';
import { returnedForms } from '../../core/cycle/returned-files';
import { type Bilingual, joinSaid, type Lang, say } from '../../core/i18n';
import { message, sentence } from '../../core/messages';
import { formatYearMonth, type YearMonth } from '../../core/months';
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
  if (opts.prefer !== undefined && opts.prefer !== 'form') throw new CliError(message('merge.bad-prefer', { text: opts.prefer }));
  const deadlineDay = parseDeadlineDay(opts.deadlineDay);
  if (forms.length === 0) throw new CliError(message('merge.missing-forms'));
  if (opts.out === undefined) throw new CliError(message('merge.missing-out'));
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
  const print = opts.json ? io.err : io.out;
  print(sentence(opts.lang, 'merge.wrote', { file: opts.out }));
  if (note) print(say(note, opts.lang));
  return 0;
}

/** `--han-nop 18`: the day of the month units send their forms by. */
export function parseDeadlineDay(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const day = Number(text);
  if (!Number.isInteger(day) || day < 1 || day > 28) throw new CliError(message('merge.bad-deadline-day', { text }));
  return day;
}

function printOutcome(outcome: MergeOutcome, month: YearMonth, stop: boolean, lang: Lang, io: CliIo): void {
  const line = (text: Bilingual): void => io.out(say(text, lang));
  if (outcome.conflicts.length > 0) {
    line(message('merge.conflicts', { count: outcome.conflicts.length }));
    for (const c of outcome.conflicts) {
      const conflict = { at: `${c.sheet}!${c.address}`, indicator: c.indicator.slice(0, 50), existing: c.existing, source: `${c.file}!${c.formAddress}`, incoming: c.incoming };
      io.out(`  ${sentence(lang, 'merge.conflict-line', conflict)}`);
    }
    if (stop) {
      line(message('merge.stopped'));
      return;
    }
    line(message('merge.forms-preferred'));
  }
  for (const r of outcome.refusals) {
    const where = `${r.file}${r.address ? `!${r.address}` : ''}${r.unit ? ` (${r.unit})` : ''}`;
    io.out(sentence(lang, 'merge.not-merged-line', { where, reason: r.reason }));
  }
  if (outcome.changes.length === 0) line(message('merge.nothing-changed', { month }));
  else {
    line(message('merge.changed', { count: outcome.changes.length }));
    for (const c of outcome.changes) io.out(`  ${c.sheet}!${c.address}: "${c.before}" → "${c.after}" (${c.unit})`);
  }
  for (const n of outcome.notes) io.out(sentence(lang, 'merge.note-line', { where: `${n.file}!${n.address} (${n.unit}, ${n.indicator.slice(0, 40)})`, note: n.note }));
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
