import type { Bilingual } from '../i18n';

/** The comparisons a target may ask for. */
export const OPS = ['>=', '>', '<=', '<', '='] as const;
export type Op = (typeof OPS)[number];

/**
 * - percent: a share, `value` as a fraction (80% → 0.8);
 * - number: an index or a plain quantity (0.70, 2 công chức);
 * - count: `value` out of `of` (9/9 nền tảng);
 * - rate: `value` per `per` inhabitants (01 doanh nghiệp/1.000 dân);
 * - boolean: a yes/no indicator (Đạt);
 * - qualitative: a statement met by evidence (Có ứng dụng AI …);
 * - task: an action with no number ("Ban hành kế hoạch …"): done or not, by its deadline.
 */
export const TARGET_KINDS = ['percent', 'number', 'count', 'rate', 'boolean', 'qualitative', 'task'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** Targets met by a yes or a no ("Đạt", "Hoàn thành", "Đã ban hành") rather than by a number. */
export function isYesNoKind(kind: TargetKind): boolean {
  return kind === 'boolean' || kind === 'qualitative' || kind === 'task';
}

export interface Target {
  ok: true;
  kind: TargetKind;
  op: Op;
  value: number | boolean;
  of?: number;
  per?: number;
  /** What is measured: "%", "%/năm", "nền tảng", "doanh nghiệp/1.000 dân", "công chức". */
  unit?: string;
  /** The words after the number that say what the share or count is of. */
  qualifier?: string;
  /** Set when the target is a yearly rate (≥ 2%/năm). */
  perYear?: boolean;
  /** The text as read (before tidying). */
  text: string;
}

export interface TargetError {
  ok: false;
  /** Stable code for tests and for callers that branch on the reason. */
  code: TargetErrorCode;
  reason: Bilingual;
  text: string;
}

export type TargetErrorCode =
  | 'empty'
  | 'error-value'
  | 'two-thresholds'
  | 'bad-number'
  | 'no-threshold'
  | 'not-a-target'
  | 'unit-boolean-number'
  | 'unit-percent-text'
  | 'relative'
  | 'rank'
  | 'ambiguous-share'
  | 'date'
  | 'not-calculated';

export type TargetParse = Target | TargetError;

export function isUpperBound(op: Op): boolean {
  return op === '<=' || op === '<';
}
