import { say } from '../../core/i18n';
import { message, sentence } from '../../core/messages';
import { makeValuesCopy } from '../../xlsx/values-copy';
import { XlsxWorkbook } from '../../xlsx/xlsx-workbook';
import type { CliIo, CommonOptions } from '../io';
import { CliError } from '../cli-error';
import { outputTarget } from '../output-target';

/** `dti values-copy FILE --out COPY.xlsx`: the copy to send upward, DTI formulas replaced by their values. */
export async function valuesCopyCommand(file: string, out: string | undefined, force: boolean, opts: CommonOptions, io: CliIo): Promise<number> {
  if (out === undefined) throw new CliError(message('values-copy.needs-out'));
  const output = outputTarget(io.cwd, out, file, force);
  await output.check();
  // Read as `check` reads it first: what is not a readable workbook is said plainly before anything is written.
  const workbook = await XlsxWorkbook.open(file);
  const copy = await makeValuesCopy(await workbook.toBytes());
  const linkNote = await output.write(copy.bytes);
  io.out(sentence(opts.lang, 'values-copy.wrote', { file: out, replaced: copy.replaced }));
  if (linkNote) io.out(say(linkNote, opts.lang));
  return 0;
}
