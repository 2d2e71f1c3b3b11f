import { joinSaid, say } from '../../core/i18n';
import { message, sentence } from '../../core/messages';
import { unreadNotice } from '../../core/writing/plain-limits';
import type { FormulaMode } from '../../core/writing/status-columns';
import { prepareStatusColumns } from '../../core/workbook/actions';
import type { CliIo, CommonOptions } from '../io';
import { CliError } from '../cli-error';
import { loadWorkbook } from '../load-workbook';
import { outputTarget } from '../output-target';
import { parseMonth } from '../month-option';

export interface StatusOptions extends CommonOptions {
  month: string | undefined;
  sheet: string | undefined;
  out: string | undefined;
  formulas: string | undefined;
  force: boolean;
}

/**
 * `dti status FILE --month YYYY-MM --out OUT.xlsx [--formulas plain|dti]`: the
 * status columns ("Chênh lệch", "Tình trạng", "Tiến độ") added to a copy, as the
 * task pane adds them; plain formulas by default, so the copy calculates in any
 * Excel, WPS or LibreOffice. The input is never written (same rules as summary --out).
 */
export async function statusCommand(file: string, opts: StatusOptions, io: CliIo): Promise<number> {
  const month = parseMonth(opts.month);
  const mode = parseMode(opts.formulas);
  if (opts.out === undefined) throw new CliError(message('status.needs-out'));
  const output = outputTarget(io.cwd, opts.out, file, opts.force);
  await output.check();
  const loaded = await loadWorkbook(file, opts.sheet);
  const prep = prepareStatusColumns({ ...loaded.snapshot, analysis: loaded.analysis }, month, mode);
  if (prep.plans.length === 0) throw new CliError(message('status.no-table', { skipped: prep.skipped }), 1);
  if (prep.foreign.length > 0) {
    const cells = prep.foreign.slice(0, 10).map((c) => `${c.sheet}!${c.address} ("${c.text.slice(0, 40)}")`);
    throw new CliError(message('status.foreign-cells', { cells: cells.join(', '), more: Math.max(0, prep.foreign.length - 10) }), 1);
  }
  const applied = await loaded.port.apply(prep.plans);
  if (!applied.ok) throw new CliError(joinSaid(applied.blocked.map((b) => b.message)), 1);
  const linkNote = await output.write(await loaded.port.toBytes());
  const sheets = [...new Set(prep.plans.map((p) => `"${p.sheet}"`))].join(', ');
  const added = { ...month, rows: prep.rows, sheets, file: opts.out };
  io.out(sentence(opts.lang, mode === 'plain' ? 'status.added-plain' : 'status.added-dti', added));
  for (const line of prep.skipped) io.out(`  ${say(line, opts.lang)}`);
  const unread = unreadNotice(prep.unread);
  if (unread) io.out(`  ${say(unread, opts.lang)}`);
  if (linkNote) io.out(say(linkNote, opts.lang));
  return 0;
}

function parseMode(text: string | undefined): FormulaMode {
  if (text === undefined || text === 'plain') return 'plain';
  if (text === 'dti') return 'dti';
  throw new CliError(message('status.bad-formulas', { text }));
}
