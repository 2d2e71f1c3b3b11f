import { ERROR_TEXT, type FormulaErrorKind } from '../core/formulas';

/**
 * Builds the error a function returns into a cell. In Excel that is a
 * `CustomFunctions.Error` (only #VALUE! and #N/A may carry a message there); in
 * Node, where `CustomFunctions` does not exist, a plain `{ error, message }`.
 * Tests and other hosts (a spreadsheet engine) can install their own factory.
 */
export type ErrorFactory = (kind: FormulaErrorKind, message: string) => unknown;

function officeCode(kind: FormulaErrorKind): CustomFunctions.ErrorCode {
  switch (kind) {
    case 'value':
      return CustomFunctions.ErrorCode.invalidValue;
    case 'na':
      return CustomFunctions.ErrorCode.notAvailable;
    case 'div0':
      return CustomFunctions.ErrorCode.divisionByZero;
    case 'num':
      return CustomFunctions.ErrorCode.invalidNumber;
  }
}

export const defaultErrorFactory: ErrorFactory = (kind, message) => {
  if (typeof CustomFunctions !== 'undefined' && typeof CustomFunctions.Error === 'function') {
    const code = officeCode(kind);
    return kind === 'value' || kind === 'na' ? new CustomFunctions.Error(code, message) : new CustomFunctions.Error(code);
  }
  return { error: ERROR_TEXT[kind], message };
};

let factory: ErrorFactory = defaultErrorFactory;

/** Installs a factory (or restores the default with no argument). */
export function setErrorFactory(next?: ErrorFactory): void {
  factory = next ?? defaultErrorFactory;
}

export function makeError(kind: FormulaErrorKind, message: string): unknown {
  return factory(kind, message);
}
