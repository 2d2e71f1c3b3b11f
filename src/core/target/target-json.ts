import type { Lang } from '../i18n';
import type { Op, TargetKind, TargetParse } from './types';

/** The public JSON form of a target (the `dti target --json` contract). */
export type TargetJson =
  | {
      ok: true;
      kind: TargetKind;
      op: Op;
      value: number | boolean;
      of?: number;
      per?: number;
      unit?: string;
      text: string;
    }
  | { ok: false; error: string; code: string; text: string };

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
