/**
 * Plain status formulas evaluated by HyperFormula as Excel would: array
 * arithmetic inside SUMPRODUCT (useArrayArithmetic), accent-sensitive text
 * comparison (Excel's "=" tells "Đạt" from "Dat"), case-insensitive. GPLv3: tests only.
 */
import { DetailedCellError, HyperFormula } from 'hyperformula';

export type HfValue = number | string | boolean | null | DetailedCellError;

export const HF_CONFIG = { licenseKey: 'gpl-v3', useArrayArithmetic: true, accentSensitive: true, caseSensitive: false } as const;

/** An Excel error cell rebuilt as a formula that gives the same error. */
export const ERROR_FORMULA: Record<string, string> = {
  '#N/A': '=NA()',
  '#DIV/0!': '=1/0',
  '#VALUE!': '="a"+1',
  '#NUM!': '=SQRT(-1)',
  '#REF!': '=NA()',
  '#NAME?': '=NA()',
};

/** A cell value as HyperFormula content: text stays text (a leading apostrophe), errors become formulas. */
export function hfContent(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return `'${value}`;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'object' && value !== null && 'error' in value) return ERROR_FORMULA[String((value as { error: string }).error)] ?? '=NA()';
  throw new Error(`Unexpected cell value ${JSON.stringify(value)}`);
}

export function buildPlainSheet(rows: Array<Array<string | number | boolean | null>>): HyperFormula {
  return HyperFormula.buildFromArray(rows, HF_CONFIG);
}

/** A formula result as the status words see it: a number, a text, or an error code. */
export function show(v: HfValue): string | number | boolean | null {
  if (v instanceof DetailedCellError) return v.value;
  return v;
}
