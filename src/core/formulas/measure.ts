import { isErrorValue } from '../grid';
import type { Lang } from '../i18n';
import { sentence } from '../messages';
import { parseLocaleNumber } from '../numbers';
import { type Evaluation, evaluate } from '../status/evaluate';
import { readActual } from '../status/read-actual';
import type { Target } from '../target/types';
import { tidyText } from '../text';
import { isEmptyCell, passOnError, readUnit, toCellValue } from './coerce';
import { fail, type FormulaError } from './result';
import { cachedTarget } from './target-cache';

/** A target read from the `target` and `unit` arguments, or why it cannot be used. */
export type TargetArg = { ok: true; target: Target; unitGiven: boolean } | FormulaError;

export function readTargetArg(targetRaw: unknown, unitRaw: unknown, lang: Lang = 'vi'): TargetArg {
  const unit = readUnit(unitRaw, lang);
  if (!unit.ok) return unit;
  const cell = toCellValue(targetRaw);
  if (isErrorValue(cell)) return passOnError(cell, 'target', lang);
  const parsed = cachedTarget(cell, unit.unit);
  if (!parsed.ok) return fail('value', parsed.reason[lang]);
  return { ok: true, target: parsed, unitGiven: unit.unit !== undefined };
}

/** The evaluation of one result against one target: status, gap, progress, score. */
export type Measured = { ok: true; target: Target; evaluation: Evaluation } | FormulaError;

export function measure(actualRaw: unknown, targetRaw: unknown, unitRaw?: unknown, lang: Lang = 'vi'): Measured {
  const t = readTargetArg(targetRaw, unitRaw, lang);
  if (!t.ok) return t;
  const cell = toCellValue(actualRaw);
  if (isErrorValue(cell)) return passOnError(cell, 'actual', lang);
  if (!t.unitGiven && cell !== null && !isEmptyCell(cell)) {
    const unclear = unclearScale(t.target, cell, lang);
    if (unclear) return unclear;
  }
  // Excel hands a function the stored number: a result shown as 6% arrives as 0.06. Without the
  // cell's format, a number up to 1 is read as that stored fraction; the workbook check (which sees
  // formats) still flags a plain 0.06 typed in a General cell as unclear.
  const stored = typeof cell === 'number' && Math.abs(cell) <= 1 ? { format: '0%' } : {};
  const evaluation = evaluate(t.target, readActual(cell, t.target, stored));
  if (evaluation.status === 'invalid') return fail('value', evaluation.reason?.[lang] ?? '');
  return { ok: true, target: t.target, evaluation };
}

/**
 * A bare number target at most 1 (a cell holding 0.8 shown as 80%, or "0.70") next
 * to a plain result above 1 (80): the target may be the share 80% or the index 0.8,
 * and the two readings disagree on the status. Functions see values, not number
 * formats, so they ask for a unit (or a "%" in the target) instead of guessing.
 */
function unclearScale(target: Target, cell: string | number | boolean, lang: Lang): FormulaError | null {
  if (target.kind !== 'number' || target.unit !== undefined || typeof target.value !== 'number') return null;
  const t = target.value;
  if (!(t > 0 && t <= 1)) return null;
  const actual = typeof cell === 'number' ? cell : typeof cell === 'string' ? plainNumber(cell) : null;
  if (actual === null || actual <= 1) return null;
  return fail('value', sentence(lang, 'formula.unclear-scale', { target: t, actual }));
}

function plainNumber(text: string): number | null {
  const t = tidyText(text);
  return /^[+-]?\d+(?:[.,]\d+)*$/.test(t) ? parseLocaleNumber(t) : null;
}
