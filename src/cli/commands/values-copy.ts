import { promises as fs } from 'fs';
import { dirname, resolve } from 'path';
import { bi, say } from '../../core/i18n';
import { makeValuesCopy } from '../../xlsx/values-copy';
import { openWorkbookFile } from '../../xlsx/open-workbook';
import type { CliIo, CommonOptions } from '../io';
import { CliError } from '../load-workbook';

/** `dti values-copy FILE --out COPY.xlsx`: the copy to send upward, DTI formulas replaced by their values. */
export async function valuesCopyCommand(file: string, out: string | undefined, force: boolean, opts: CommonOptions, io: CliIo): Promise<number> {
  if (out === undefined) throw new CliError(bi('Thiếu --out BẢN_GỬI.xlsx.', 'Missing --out COPY.xlsx.'));
  const target = resolve(io.cwd, out);
  if (target === resolve(io.cwd, file)) throw new CliError(bi('Bản gửi phải là tệp khác tệp gốc.', 'The copy must be another file than the input.'));
  if (!force && (await fs.stat(target).catch(() => null))) throw new CliError(bi(`Đã có tệp "${out}". Thêm --force để ghi đè.`, `"${out}" exists. Add --force to replace it.`));
  const { bytes } = await openWorkbookFile(file); // checks the file is a workbook, with plain messages
  const copy = await makeValuesCopy(bytes);
  await fs.mkdir(dirname(target), { recursive: true });
  await fs.writeFile(target, copy.bytes);
  io.out(say(bi(`Đã ghi bản gửi ${out}: ${copy.replaced} ô công thức DTI được thay bằng giá trị.`, `Wrote ${out}: ${copy.replaced} DTI formula cells replaced by their values.`), opts.lang));
  return 0;
}
