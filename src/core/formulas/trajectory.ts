import type { Lang } from '../i18n';
import { compare } from '../status/evaluate';
import { roundTo } from '../numbers';
import type { Target } from '../target/types';
import { readDate } from './dates';
import { said } from '../messages';
import { ARG_EN } from '../messages/catalogue.en';
import { ARG_VI } from '../messages/catalogue.vi';
import { LABELS, readLang } from './lang';
import { measure, readTargetArg } from './measure';
import { fail, type FormulaError, type FormulaResult, ok } from './result';

/**
 * The straight path from the baseline (at `start`) to the target (at `deadline`),
 * read at `asOf`: before the start it is the baseline, after the deadline the target.
 * Values are in the target's terms: a share as a fraction (45% → 0.45).
 */
export function expected(
  target: unknown,
  baseline: unknown,
  start: unknown,
  deadline: unknown,
  asOf: unknown,
  unit?: unknown,
): FormulaResult<number> {
  const path = pathAt(target, baseline, start, deadline, asOf, unit, 'vi');
  return path.ok ? ok(path.expected) : path;
}

/** "Đúng tiến độ" when the result is at or past the path at `asOf` (or the target is met), else "Chậm tiến độ". */
export function onTrack(
  actual: unknown,
  target: unknown,
  baseline: unknown,
  start: unknown,
  deadline: unknown,
  asOf: unknown,
  unit?: unknown,
  langArg?: unknown,
): FormulaResult<string> {
  const lang = readLang(langArg);
  if (lang === null) return fail('value', said('vi', 'formula.bad-lang'));
  const path = pathAt(target, baseline, start, deadline, asOf, unit, lang);
  if (!path.ok) return path;
  const m = measure(actual, target, unit, lang);
  if (!m.ok) return m;
  const { status, actual: value } = m.evaluation;
  if (status === 'no_data' || typeof value !== 'number') return ok(LABELS.noData[lang]);
  if (status === 'met') return ok(LABELS.onTrack[lang]);
  const ahead = towardsHigher(path.target, path.baseline)
    ? compare(value, '>=', path.expected)
    : compare(value, '<=', path.expected);
  return ok((ahead ? LABELS.onTrack : LABELS.behind)[lang]);
}

/** Whether reaching the target means going up (≥, >) or down (≤, <); "=" follows the path. */
function towardsHigher(target: Target, baseline: number): boolean {
  if (target.op === '>=' || target.op === '>') return true;
  if (target.op === '<=' || target.op === '<') return false;
  return (target.value as number) >= baseline;
}

type Path = { ok: true; target: Target; baseline: number; expected: number } | FormulaError;

function pathAt(
  targetRaw: unknown,
  baselineRaw: unknown,
  startRaw: unknown,
  deadlineRaw: unknown,
  asOfRaw: unknown,
  unit: unknown,
  lang: Lang,
): Path {
  const t = readTargetArg(targetRaw, unit, lang);
  if (!t.ok) return t;
  if (typeof t.target.value !== 'number') {
    return fail('value', said(lang, 'formula.yes-no-no-path'));
  }
  // The baseline is read like a result of the same target: 45, "45%" or 0.45 for a share.
  const b = measure(baselineRaw, targetRaw, unit, lang);
  if (!b.ok) return { ...b, message: b.message.replace(/kết quả/g, ARG_VI.baseline).replace(/result/g, ARG_EN.baseline) };
  if (typeof b.evaluation.actual !== 'number') {
    return fail('value', said(lang, 'formula.baseline-empty'));
  }
  const start = readDate(startRaw, 'start', 'start', lang);
  if (!start.ok) return start;
  const deadline = readDate(deadlineRaw, 'end', 'deadline', lang);
  if (!deadline.ok) return deadline;
  const asOf = readDate(asOfRaw, 'end', 'asOf', lang);
  if (!asOf.ok) return asOf;
  if (deadline.serial <= start.serial) {
    return fail('value', said(lang, 'formula.deadline-not-after-start'));
  }
  const share = Math.min(1, Math.max(0, (asOf.serial - start.serial) / (deadline.serial - start.serial)));
  const baseline = b.evaluation.actual;
  const expectedValue = roundTo(baseline + (t.target.value - baseline) * share);
  return { ok: true, target: t.target, baseline, expected: expectedValue };
}
