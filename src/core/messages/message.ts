import type { Bilingual, Lang } from '../i18n';
import type { Catalogue } from './catalogue';
import { en } from './catalogue.en';
import { vi } from './catalogue.vi';
import { FORMATS } from './format';
import type { MessageCode, MessageParams } from './params';

const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { vi, en };

/**
 * A message: its code and parameters, with the sentence in both languages. It is a
 * `Bilingual`, so code that still takes `{ vi, en }` reads it unchanged.
 */
export interface Message<C extends MessageCode = MessageCode> extends Bilingual {
  code: C;
  params: MessageParams[C];
}

type ParamsArg<C extends MessageCode> = MessageParams[C] extends Record<string, never> ? [] : [MessageParams[C]];

export function message<C extends MessageCode>(code: C, ...rest: ParamsArg<C>): Message<C> {
  const params = (rest[0] ?? {}) as MessageParams[C];
  return { code, params, vi: sentence('vi', code, params), en: sentence('en', code, params) };
}

/** The sentence of one code in one language (for a cell function, which answers in one). */
export function sentence<C extends MessageCode>(lang: Lang, code: C, params: MessageParams[C]): string {
  const render = CATALOGUES[lang][code] as (p: MessageParams[C], f: (typeof FORMATS)[Lang]) => string;
  return render(params, FORMATS[lang]);
}

/** The codes whose sentence takes no parameters. */
type PlainCode = { [C in MessageCode]: MessageParams[C] extends Record<string, never> ? C : never }[MessageCode];

/** `sentence` of a code with no parameters to give. */
export function said(lang: Lang, code: PlainCode): string {
  return sentence(lang, code, {} as never);
}
