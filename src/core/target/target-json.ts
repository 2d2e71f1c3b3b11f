import type * as z from 'zod/mini';
import type { Lang } from '../i18n';
import type { TargetJsonSchema } from '../schema';
import type { TargetParse } from './types';

/** The public JSON form of a target (the `dti target --json` contract), as the schema defines it. */
export type TargetJson = z.infer<typeof TargetJsonSchema>;

export function targetToJson(target: TargetParse, lang: Lang = 'vi'): TargetJson {
  if (!target.ok) return { ok: false, error: target.reason[lang], code: target.code, text: target.text };
  return {
    ok: true,
    kind: target.kind,
    op: target.op,
    value: target.value,
    ...(target.of !== undefined ? { of: target.of } : {}),
    ...(target.per !== undefined ? { per: target.per } : {}),
    ...(target.unit !== undefined ? { unit: target.unit } : {}),
    text: target.text,
  };
}
