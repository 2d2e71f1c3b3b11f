import { said } from '../messages';
import { readNumber } from './coerce';
import { LABELS } from './lang';
import { fail, type FormulaResult, ok } from './result';

/** numerator ÷ denominator as a fraction (format as %). Denominator 0 → #DIV/0!; empty → #N/A. */
export function ratio(numerator: unknown, denominator: unknown): FormulaResult<number> {
  const n = readNumber(numerator, 'numerator');
  if (n.kind === 'error') return n.error;
  const d = readNumber(denominator, 'denominator');
  if (d.kind === 'error') return d.error;
  if (d.kind === 'number' && d.value === 0) return fail('div0', said('vi', 'formula.denominator-zero'));
  if (n.kind === 'empty' || d.kind === 'empty') return fail('na', LABELS.noData.vi);
  return ok(n.value / d.value);
}
