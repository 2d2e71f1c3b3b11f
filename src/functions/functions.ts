/**
 * DTI cell functions for Excel (namespace DTI, set in manifest.xml).
 *
 * Each function is a thin wrapper: the rules live in src/core/formulas. Every
 * argument may be a range: a column of results against one target gives a column
 * of answers. The JSDoc tags below generate dist/functions.json at build time;
 * the ids after @customfunction are part of users' workbooks and must not change.
 * Vietnamese help texts live in ./metadata-vi.json (checked by the build).
 */
import * as f from '../core/formulas';
import { broadcast } from './broadcast';

/**
 * Distance to the target in the target's unit (a fraction for a percentage target); negative when short.
 * @customfunction GAP GAP
 * @param actual The reported result (a number, "85%", "7/9" …) or a range of results.
 * @param target The target as written in the plan, e.g. "Đạt tối thiểu 70%", "9/9 nền tảng".
 * @param [unit] Optional unit of the indicator (Đơn vị tính), e.g. "%" or "nền tảng".
 * @returns The gap, or #N/A when no result is reported yet.
 */
export function gap(actual: unknown[][], target: unknown[][], unit?: unknown[][]): unknown[][] {
  return broadcast([actual, target, unit], (a, t, u) => f.gap(a, t, u));
}

/**
 * Whether the target is met: "Đạt", "Chưa đạt" or "Chưa có số liệu" (English labels with lang "en").
 * @customfunction STATUS STATUS
 * @param actual The reported result or a range of results.
 * @param target The target as written in the plan.
 * @param [unit] Optional unit of the indicator (Đơn vị tính).
 * @param [lang] Optional language of the labels: "vi" (default) or "en".
 * @returns The status label.
 */
export function status(actual: unknown[][], target: unknown[][], unit?: unknown[][], lang?: string): unknown[][] {
  return broadcast([actual, target, unit], (a, t, u) => f.status(a, t, u, lang));
}

/**
 * TRUE when the target is met, FALSE when not, #N/A when no result is reported yet.
 * @customfunction MET MET
 * @param actual The reported result or a range of results.
 * @param target The target as written in the plan.
 * @param [unit] Optional unit of the indicator (Đơn vị tính).
 * @returns TRUE or FALSE.
 */
export function met(actual: unknown[][], target: unknown[][], unit?: unknown[][]): unknown[][] {
  return broadcast([actual, target, unit], (a, t, u) => f.met(a, t, u));
}

/**
 * The result as a share of the target (1 means reached; for "at most" targets, target divided by result).
 * @customfunction PROGRESS PROGRESS
 * @param actual The reported result or a range of results.
 * @param target The target as written in the plan.
 * @param [unit] Optional unit of the indicator (Đơn vị tính).
 * @returns The progress as a fraction.
 */
export function progress(actual: unknown[][], target: unknown[][], unit?: unknown[][]): unknown[][] {
  return broadcast([actual, target, unit], (a, t, u) => f.progress(a, t, u));
}

/**
 * The progress capped between 0 and 1: the usual DTI score of one indicator.
 * @customfunction SCORE SCORE
 * @param actual The reported result or a range of results.
 * @param target The target as written in the plan.
 * @param [unit] Optional unit of the indicator (Đơn vị tính).
 * @returns The score between 0 and 1.
 */
export function score(actual: unknown[][], target: unknown[][], unit?: unknown[][]): unknown[][] {
  return broadcast([actual, target, unit], (a, t, u) => f.score(a, t, u));
}

/**
 * The threshold of a target as a number: 80% gives 0.8, "9/9 nền tảng" gives 9, "Đạt" gives TRUE.
 * @customfunction TARGET TARGET
 * @param target The target as written in the plan, or a range of targets.
 * @param [unit] Optional unit of the indicator (Đơn vị tính).
 * @returns The threshold.
 */
export function target(target: unknown[][], unit?: unknown[][]): unknown[][] {
  return broadcast([target, unit], (t, u) => f.targetValue(t, u));
}

/**
 * The comparison a target asks for: ">=", ">", "<=", "<" or "=".
 * @customfunction TARGETOP TARGETOP
 * @param target The target as written in the plan, or a range of targets.
 * @param [unit] Optional unit of the indicator (Đơn vị tính).
 * @returns The comparison operator.
 */
export function targetOp(target: unknown[][], unit?: unknown[][]): unknown[][] {
  return broadcast([target, unit], (t, u) => f.targetOp(t, u));
}

/**
 * The value expected on a date on the straight path from the baseline at the start to the target at the deadline.
 * @customfunction EXPECTED EXPECTED
 * @param target The target as written in the plan.
 * @param baseline The value at the start (e.g. 40%).
 * @param start The start date (a date, "01/01/2025" or "Tháng 1/2025").
 * @param deadline The deadline (a date, "31/12/2026" or "Tháng 12/2026").
 * @param asOf The date to evaluate the path at, e.g. TODAY().
 * @param [unit] Optional unit of the indicator (Đơn vị tính).
 * @returns The expected value, in the target's unit.
 */
export function expected(
  target: unknown[][],
  baseline: unknown[][],
  start: unknown[][],
  deadline: unknown[][],
  asOf: unknown[][],
  unit?: unknown[][],
): unknown[][] {
  return broadcast([target, baseline, start, deadline, asOf, unit], (t, b, s, d, o, u) => f.expected(t, b, s, d, o, u));
}

/**
 * Whether the result keeps up with the straight path to the target: "Đúng tiến độ" or "Chậm tiến độ".
 * @customfunction ONTRACK ONTRACK
 * @param actual The reported result or a range of results.
 * @param target The target as written in the plan.
 * @param baseline The value at the start.
 * @param start The start date.
 * @param deadline The deadline.
 * @param asOf The date the result was reported, e.g. TODAY().
 * @param [unit] Optional unit of the indicator (Đơn vị tính).
 * @param [lang] Optional language of the labels: "vi" (default) or "en".
 * @returns The label.
 */
export function onTrack(
  actual: unknown[][],
  target: unknown[][],
  baseline: unknown[][],
  start: unknown[][],
  deadline: unknown[][],
  asOf: unknown[][],
  unit?: unknown[][],
  lang?: string,
): unknown[][] {
  return broadcast([actual, target, baseline, start, deadline, asOf, unit], (a, t, b, s, d, o, u) =>
    f.onTrack(a, t, b, s, d, o, u, lang),
  );
}

/**
 * A share from two counts: numerator divided by denominator (format the cell as %).
 * @customfunction RATIO RATIO
 * @param numerator The count that has the property, e.g. households with a bank account.
 * @param denominator The total count, e.g. all households.
 * @returns The ratio, #DIV/0! when the denominator is 0.
 */
export function ratio(numerator: unknown[][], denominator: unknown[][]): unknown[][] {
  return broadcast([numerator, denominator], (n, d) => f.ratio(n, d));
}

/** The functions by id, as Excel calls them (DTI.<id>). */
export const FUNCTIONS: Readonly<Record<string, (...args: never[]) => unknown[][]>> = {
  GAP: gap,
  STATUS: status,
  MET: met,
  PROGRESS: progress,
  SCORE: score,
  TARGET: target,
  TARGETOP: targetOp,
  EXPECTED: expected,
  ONTRACK: onTrack,
  RATIO: ratio,
};

/** Registers the functions with Excel; does nothing outside Office (Node tests, a plain browser). */
export function registerFunctions(): boolean {
  if (typeof CustomFunctions === 'undefined' || typeof CustomFunctions.associate !== 'function') return false;
  for (const [id, fn] of Object.entries(FUNCTIONS)) CustomFunctions.associate(id, fn);
  return true;
}

registerFunctions();
