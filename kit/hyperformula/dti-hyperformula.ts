/**
 * The DTI functions registered in HyperFormula under their Excel names (DTI.STATUS …),
 * so tests and the benchmark can run them in formulas over real ranges. The
 * function list and parameter shapes come from the custom-functions metadata, as
 * Excel gets them. HyperFormula is GPLv3: used here for tests only.
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  type FunctionPluginDefinition,
  HyperFormula,
  type ImplementedFunctions,
  SimpleRangeValue,
} from 'hyperformula';
import type { FormulaErrorKind } from '../../src/core/formulas';
import { setErrorFactory } from '../../src/functions/errors';
import { FUNCTIONS } from '../../src/functions/functions';
import type { FunctionMetadataJson } from './metadata-source';

const ERROR_TYPE: Record<FormulaErrorKind, ErrorType> = {
  value: ErrorType.VALUE,
  na: ErrorType.NA,
  div0: ErrorType.DIV_BY_ZERO,
  num: ErrorType.NUM,
};

const ERROR_TEXT: Partial<Record<ErrorType, string>> = {
  [ErrorType.VALUE]: '#VALUE!',
  [ErrorType.NA]: '#N/A',
  [ErrorType.DIV_BY_ZERO]: '#DIV/0!',
  [ErrorType.NUM]: '#NUM!',
  [ErrorType.REF]: '#REF!',
  [ErrorType.NAME]: '#NAME?',
};

/** A HyperFormula value as Excel would hand it to a custom function. */
function toExcel(value: unknown): unknown {
  if (value === EmptyValue || value === undefined) return null;
  if (value instanceof CellError) return { error: ERROR_TEXT[value.type] ?? '#VALUE!' };
  if (typeof value === 'object' && value !== null && 'val' in value) return (value as { val: number }).val; // RichNumber
  return value;
}

function toMatrix(arg: unknown): unknown {
  if (arg instanceof SimpleRangeValue) return arg.data.map((row) => row.map(toExcel));
  return toExcel(arg);
}

function fromExcel(value: unknown): number | string | boolean | CellError {
  if (value instanceof CellError) return value;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return new CellError(ErrorType.VALUE, 'Unexpected result');
}

export function createDtiPlugin(metadata: FunctionMetadataJson[]): FunctionPluginDefinition {
  const implemented: ImplementedFunctions = {};
  class DtiPlugin extends FunctionPlugin {}
  const proto = DtiPlugin.prototype as unknown as Record<string, unknown>;
  for (const fn of metadata) {
    const impl = FUNCTIONS[fn.id];
    if (!impl) throw new Error(`No implementation for ${fn.id}`);
    const name = `DTI.${fn.name}`;
    const method = `dti${fn.id}`;
    implemented[name] = {
      method,
      sizeOfResultArrayMethod: `${method}Size`,
      vectorizationForbidden: true,
      parameters: fn.parameters.map((p) => ({
        argumentType: p.dimensionality === 'matrix' ? FunctionArgumentType.RANGE : FunctionArgumentType.SCALAR,
        ...(p.optional ? { optionalArg: true } : {}),
      })),
    };
    proto[method] = function (this: DtiPlugin, ast: { args: unknown[] }, state: unknown) {
      const self = this as unknown as {
        runFunction: (a: unknown, s: unknown, m: unknown, f: (...args: unknown[]) => unknown) => unknown;
        metadata: (n: string) => unknown;
      };
      return self.runFunction(ast.args, state, self.metadata(name), (...args: unknown[]) => {
        const result = (impl as (...a: unknown[]) => unknown[][])(...args.map(toMatrix));
        if (result.length === 1 && result[0]!.length === 1) return fromExcel(result[0]![0]);
        return SimpleRangeValue.onlyValues(result.map((row) => row.map(fromExcel)));
      });
    };
    proto[`${method}Size`] = function (this: DtiPlugin, ast: { args: unknown[] }, state: unknown) {
      const self = this as unknown as { arraySizeForAst: (a: unknown, s: unknown) => ArraySize };
      let width = 1;
      let height = 1;
      for (const arg of ast.args) {
        const size = self.arraySizeForAst(arg, state);
        width = Math.max(width, size.width);
        height = Math.max(height, size.height);
      }
      return new ArraySize(width, height);
    };
  }
  (DtiPlugin as unknown as { implementedFunctions: ImplementedFunctions }).implementedFunctions = implemented;
  return DtiPlugin as unknown as FunctionPluginDefinition;
}

let registered: FunctionPluginDefinition | null = null;

/** Registers the DTI plugin once (errors become HyperFormula errors with the message). */
export function registerDti(metadata: FunctionMetadataJson[]): void {
  setErrorFactory((kind, message) => new CellError(ERROR_TYPE[kind], message));
  if (registered) return;
  registered = createDtiPlugin(metadata);
  const names = Object.fromEntries(metadata.map((f) => [`DTI.${f.name}`, `DTI.${f.name}`]));
  HyperFormula.registerFunctionPlugin(registered, { enGB: names, enUS: names });
}

export function buildSheet(rows: unknown[][]): HyperFormula {
  return HyperFormula.buildFromArray(rows as (string | number | boolean | null)[][], { licenseKey: 'gpl-v3' });
}
