/**
 * What a cell function gives back: a value for the cell, or an Excel error with a
 * message the official reads in the error flag's tooltip.
 *
 * Error kinds map to the Excel errors a custom function may return:
 * value → #VALUE!, na → #N/A, div0 → #DIV/0!, num → #NUM!.
 * Only #VALUE! and #N/A show a custom message in Excel; the other two carry one
 * here anyway, for tests and other hosts.
 */
export type FormulaErrorKind = 'value' | 'na' | 'div0' | 'num';

export type CellResult = number | string | boolean;

export interface FormulaOk<T extends CellResult = CellResult> {
  ok: true;
  value: T;
}

export interface FormulaError {
  ok: false;
  error: FormulaErrorKind;
  /** In the language asked for (Vietnamese unless a function takes `lang` = "en"). */
  message: string;
}

export type FormulaResult<T extends CellResult = CellResult> = FormulaOk<T> | FormulaError;

export function ok<T extends CellResult>(value: T): FormulaOk<T> {
  return { ok: true, value };
}

export function fail(error: FormulaErrorKind, message: string): FormulaError {
  return { ok: false, error, message };
}

/** The Excel error text of an error kind. */
export const ERROR_TEXT: Readonly<Record<FormulaErrorKind, string>> = {
  value: '#VALUE!',
  na: '#N/A',
  div0: '#DIV/0!',
  num: '#NUM!',
};
