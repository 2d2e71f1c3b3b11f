import type { Lang } from '../i18n';
import { said } from '../messages';
import { LABELS, readLang } from './lang';
import { measure } from './measure';
import { fail, type FormulaError, type FormulaResult, ok } from './result';

/**
 * The functions that compare one result with one target. Arguments are raw cell
 * values; `unit` is the row's unit (Đơn vị tính), optional.
 * A result not yet reported gives "Chưa có số liệu" in STATUS and #N/A elsewhere,
 * so it never reads as 0 or as FALSE.
 */

function noData(lang: Lang): FormulaError {
  return fail('na', LABELS.noData[lang]);
}

/** Distance to the target in the target's unit (a fraction for %), negative when short. */
export function gap(actual: unknown, target: unknown, unit?: unknown): FormulaResult<number> {
  const m = measure(actual, target, unit);
  if (!m.ok) return m;
  if (m.evaluation.status === 'no_data') return noData('vi');
  if (m.evaluation.gap === null) {
    return fail('value', said('vi', 'formula.yes-no-no-gap'));
  }
  return ok(m.evaluation.gap);
}

/** "Đạt" / "Chưa đạt" / "Chưa có số liệu" (or Met / Not met / No data with lang "en"). */
export function status(actual: unknown, target: unknown, unit?: unknown, langArg?: unknown): FormulaResult<string> {
  const lang = readLang(langArg);
  if (lang === null) return fail('value', said('vi', 'formula.bad-lang'));
  const m = measure(actual, target, unit, lang);
  if (!m.ok) return m;
  switch (m.evaluation.status) {
    case 'met':
      return ok(LABELS.met[lang]);
    case 'not_met':
      return ok(LABELS.notMet[lang]);
    default:
      return ok(LABELS.noData[lang]);
  }
}

/** TRUE when the target is met, FALSE when not; #N/A when there is no result yet. */
export function met(actual: unknown, target: unknown, unit?: unknown): FormulaResult<boolean> {
  const m = measure(actual, target, unit);
  if (!m.ok) return m;
  if (m.evaluation.status === 'no_data') return noData('vi');
  return ok(m.evaluation.status === 'met');
}

/** Result as a share of the target (1 = reached; for "at most" targets: target ÷ result). */
export function progress(actual: unknown, target: unknown, unit?: unknown): FormulaResult<number> {
  const m = measure(actual, target, unit);
  if (!m.ok) return m;
  if (m.evaluation.progress === null) return noData('vi');
  return ok(m.evaluation.progress);
}

/** Progress capped to [0, 1]: the usual DTI score of one indicator. */
export function score(actual: unknown, target: unknown, unit?: unknown): FormulaResult<number> {
  const m = measure(actual, target, unit);
  if (!m.ok) return m;
  if (m.evaluation.score === null) return noData('vi');
  return ok(m.evaluation.score);
}
