import { bi, say } from '../../core/i18n';
import { parseTarget } from '../../core/target/parse-target';
import { describeTarget } from '../../core/target/describe';
import { targetToJson } from '../../core/target/target-json';
import type { CliIo, CommonOptions } from '../io';
import { CliError } from '../cli-error';

/** `dti target "<text>" [--unit U]`: how one target is understood. Exit 1 when it cannot be read. */
export function targetCommand(text: string | undefined, unit: string | undefined, opts: CommonOptions, io: CliIo): number {
  if (text === undefined) throw new CliError(bi('Thiếu nội dung chỉ tiêu: dti target "Đạt tối thiểu 70%"', 'Missing target text: dti target "Đạt tối thiểu 70%"'));
  const target = parseTarget(text, unit !== undefined ? { unit } : {});
  if (opts.json) {
    const json = targetToJson(target, opts.lang);
    io.out(JSON.stringify(json.ok ? json : { ok: false, error: json.error, code: json.code, text: json.text }));
  } else {
    const label = say(target.ok ? bi('Hiểu là', 'Read as') : bi('Không đọc được', 'Cannot read'), opts.lang);
    io.out(`${label}: ${describeTarget(target, opts.lang)}`);
  }
  return target.ok ? 0 : 1;
}
