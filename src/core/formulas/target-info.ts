import { readTargetArg } from './measure';
import { type FormulaResult, ok } from './result';

/**
 * The threshold of a target as a number a formula can use:
 * - a share → its fraction (80% → 0.8; format the cell as %);
 * - a count "9/9 nền tảng" → the count asked for (9), not the ratio 9/9;
 * - a rate "01 doanh nghiệp/1.000 dân" → the number per base (1);
 * - a yes/no or qualitative target ("Đạt") → TRUE.
 */
export function targetValue(target: unknown, unit?: unknown): FormulaResult<number | boolean> {
  const t = readTargetArg(target, unit);
  if (!t.ok) return t;
  return ok(t.target.value);
}

/** The comparison a target asks for: ">=", ">", "<=", "<" or "=" (yes/no targets). */
export function targetOp(target: unknown, unit?: unknown): FormulaResult<string> {
  const t = readTargetArg(target, unit);
  if (!t.ok) return t;
  return ok(t.target.op);
}
