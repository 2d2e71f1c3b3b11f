import type { Bilingual } from '../i18n';
import { roundTo } from '../numbers';
import { isUpperBound, type Op, type Target, type TargetParse } from '../target/types';
import type { ActualRead } from './read-actual';

export type Status = 'met' | 'not_met' | 'no_data' | 'invalid';

export interface Evaluation {
  status: Status;
  /** The actual in the target's terms (a fraction for shares), or null. */
  actual: number | boolean | null;
  /**
   * Distance to the target in the target's unit (a fraction for shares: −0.05 is
   * 5 percentage points short); negative means short whatever the direction of
   * the comparison. Null for yes/no targets and when there is nothing to compare.
   */
  gap: number | null;
  /**
   * Actual as a share of the target (for upper bounds: target ÷ actual). A
   * target not met never shows 100 %: "Trên 80%" with exactly 80 % is 99 %,
   * not 100 % beside "Chưa đạt" (see NOT_MET_CAP).
   */
  progress: number | null;
  /** min(progress, 1), never below 0: the usual DTI scoring of one indicator. */
  score: number | null;
  /** Why the status is invalid. */
  reason?: Bilingual;
}

const EPSILON = 1e-9;

/**
 * The most a target not met counts as done: a strict bound at its threshold
 * ("Trên 80%" at 80 %, "Dưới 5%" at 5 %) would otherwise read 100 %, and any
 * share of 99.5 % or more would print as 100 % next to "Chưa đạt".
 */
export const NOT_MET_CAP = 0.99;

export function evaluate(target: TargetParse, actual: ActualRead): Evaluation {
  if (!target.ok) return { status: 'invalid', actual: null, gap: null, progress: null, score: null, reason: target.reason };
  switch (actual.kind) {
    case 'empty':
      return { status: 'no_data', actual: null, gap: null, progress: null, score: null };
    case 'invalid':
      return { status: 'invalid', actual: null, gap: null, progress: null, score: null, reason: actual.reason };
    case 'boolean': {
      const met = actual.value === target.value;
      return { status: met ? 'met' : 'not_met', actual: actual.value, gap: null, progress: met ? 1 : 0, score: met ? 1 : 0 };
    }
    case 'number':
      return evaluateNumber(target, actual.value);
    case 'short':
      return { status: 'not_met', actual: null, gap: null, progress: null, score: 0 };
  }
}

function evaluateNumber(target: Target, value: number): Evaluation {
  const threshold = target.value as number;
  const met = compare(value, target.op, threshold);
  const gap = roundTo(gapOf(value, target.op, threshold));
  const reached = roundTo(progressOf(value, target.op, threshold));
  const progress = met ? reached : Math.min(reached, NOT_MET_CAP);
  return {
    status: met ? 'met' : 'not_met',
    actual: roundTo(value),
    gap,
    progress,
    score: Math.min(1, Math.max(0, progress)),
  };
}

export function compare(value: number, op: Op, threshold: number): boolean {
  // Stryker disable EqualityOperator: a strict and a non-strict bound differ only at exactly threshold ± EPSILON (docs/mutation-equivalents.md)
  switch (op) {
    case '>=':
      return value >= threshold - EPSILON;
    case '>':
      return value > threshold + EPSILON;
    case '<=':
      return value <= threshold + EPSILON;
    case '<':
      return value < threshold - EPSILON;
    case '=':
      // Stryker disable next-line all: no numeric target is read with '=' (docs/mutation-equivalents.md)
      return Math.abs(value - threshold) <= EPSILON;
  }
  // Stryker restore EqualityOperator
}

function gapOf(value: number, op: Op, threshold: number): number {
  // Stryker disable next-line all: no numeric target is read with '=' (docs/mutation-equivalents.md)
  if (op === '=') return -Math.abs(value - threshold);
  return isUpperBound(op) ? threshold - value : value - threshold;
}

function progressOf(value: number, op: Op, threshold: number): number {
  if (isUpperBound(op)) {
    if (value <= 0) return 1;
    return Math.min(1, threshold / value);
  }
  if (threshold === 0) return value >= 0 ? 1 : 0;
  return value / threshold;
}
