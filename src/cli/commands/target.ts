import { message, sentence } from '../../core/messages';
import { parseTarget } from '../../core/target/parse-target';
import { describeTarget } from '../../core/target/describe';
import { targetToJson } from '../../core/target/target-json';
import type { CliIo, CommonOptions } from '../io';
import { CliError } from '../cli-error';

/** `dti target "<text>" [--unit U]`: how one target is understood. Exit 1 when it cannot be read. */
export function targetCommand(text: string | undefined, unit: string | undefined, opts: CommonOptions, io: CliIo): number {
  if (text === undefined) throw new CliError(message('target.missing-text'));
  const target = parseTarget(text, unit !== undefined ? { unit } : {});
  if (opts.json) {
    const json = targetToJson(target, opts.lang);
    io.out(JSON.stringify(json.ok ? json : { ok: false, error: json.error, code: json.code, text: json.text }));
  } else {
    io.out(sentence(opts.lang, target.ok ? 'target.read-as' : 'target.cannot-read', { description: describeTarget(target, opts.lang) }));
  }
  return target.ok ? 0 : 1;
}
