import { join } from 'path';
import { planForms } from '../../core/cycle/form-plan';
import { type Bilingual, say } from '../../core/i18n';
import { message, sentence } from '../../core/messages';
import { historyLookup } from '../../core/summary/build-model';
import { historyOf } from '../../core/workbook/actions';
import { formFileBytes } from '../../xlsx/form-file';
import type { CliIo, CommonOptions } from '../io';
import { CliError } from '../cli-error';
import { loadWorkbook } from '../load-workbook';
import { parseMonth } from '../month-option';
import { outputTarget } from '../output-target';
import { parseDeadlineDay } from './merge';

export interface FormsOptions extends CommonOptions {
  month: string | undefined;
  outDir: string | undefined;
  deadlineDay: string | undefined;
  force: boolean;
}

/** `dti forms TRACKER.xlsx --month YYYY-MM --out-dir DIR`: one form per owning unit. */
export async function formsCommand(file: string, opts: FormsOptions, io: CliIo): Promise<number> {
  const month = parseMonth(opts.month);
  if (opts.outDir === undefined) throw new CliError(message('forms.missing-out-dir'));
  const given = parseDeadlineDay(opts.deadlineDay);
  const loaded = await loadWorkbook(file);
  const snapshot = { ...loaded.snapshot, analysis: loaded.analysis };
  const deadlineDay = given ?? loaded.snapshot.mapping?.cycle?.deadlineDay;
  const plan = planForms(loaded.snapshot.analysis, month, { ...(deadlineDay ? { deadlineDay } : {}), now: io.now?.() ?? new Date(), history: historyLookup(historyOf(snapshot)) });
  if (plan.forms.length === 0) {
    throw new CliError(
      message('forms.no-owner', { month }),
      1,
    );
  }
  // Every file is checked before any is written: a name already taken stops the run with nothing half done.
  const targets = plan.forms.map((form) => ({ form, shown: join(opts.outDir!, form.fileName) }));
  const outputs = targets.map((t) => ({ ...t, output: outputTarget(io.cwd, t.shown, file, opts.force) }));
  for (const o of outputs) await o.output.check();
  const lines: Bilingual[] = [];
  for (const o of outputs) {
    const note = await o.output.write(await formFileBytes(o.form));
    lines.push(message('forms.form-line', { file: o.shown, unit: o.form.meta.unit, count: o.form.lines.length }));
    if (note) lines.push(note);
  }
  if (opts.json) {
    io.out(JSON.stringify({ month: plan.forms[0]!.meta.month, fingerprint: plan.fingerprint, forms: outputs.map((o) => ({ file: o.shown, unit: o.form.meta.unit, indicators: o.form.meta.rows.map((r) => ({ id: r.id, name: r.name })) })), unowned: plan.unowned.map((u) => ({ sheet: u.sheet, row: u.row, id: u.id, name: u.name })) }, null, 2));
    return 0;
  }
  io.out(sentence(opts.lang, 'forms.made', { count: outputs.length, month }));
  for (const line of lines) io.out(`  ${say(line, opts.lang)}`);
  if (plan.unowned.length > 0) {
    const list = plan.unowned.map((u) => `${u.sheet}!A${u.row}${u.id ? ` [${u.id}]` : ''}`).join(', ');
    io.out(sentence(opts.lang, 'forms.unowned', { count: plan.unowned.length, list }));
  }
  if (plan.noColumn) {
    io.out(sentence(opts.lang, 'forms.no-month-column', { month }));
  }
  return 0;
}
