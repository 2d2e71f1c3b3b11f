/**
 * One planned cell as a SpreadsheetML <c> element. Text is always an inline
 * string (t="inlineStr"): "07", "7/9" or "2026-11" stay the text they are, and
 * the shared strings part is never touched. A formula keeps its cached result
 * when the plan gives one; without one it has no <v>, and the workbook is told
 * to recalculate on open (see WorkbookPart.requestFullCalcOnLoad).
 */
import type { CellWrite, PlainValue } from '../../core/writing/write-plan';
import { escapeText } from './xml-patch';

/** A formula without a cached result: Excel must calculate it on open. */
export function uncalculated(cell: CellWrite): boolean {
  return cell.formula !== undefined && (cell.result ?? null) === null;
}

/**
 * Writes the <c> element of a planned cell; null when it has nothing to hold
 * (no value, formula or style). `prefix` is the worksheet's prefix for the main
 * namespace ('' when it is the default namespace). The tags are put together
 * once per sheet: a report has tens of thousands of cells.
 */
export type CellWriter = (ref: string, cell: CellWrite, style: number | undefined) => string | null;

export function cellWriter(prefix: string): CellWriter {
  const p = prefix ? `${prefix}:` : '';
  const c = `<${p}c r="`;
  const cEnd = `</${p}c>`;
  const f = `<${p}f>`;
  const fEnd = `</${p}f>`;
  const v = `<${p}v>`;
  const vEnd = `</${p}v>`;
  const inline = ` t="inlineStr"><${p}is><${p}t`;
  const inlineEnd = `</${p}t></${p}is>${cEnd}`;
  const styles: string[] = [];
  const styleAttr = (style: number | undefined): string => (style === undefined || style === 0 ? '' : (styles[style] ??= ` s="${style}"`));
  return (ref, cell, style) => {
    const s = styleAttr(style);
    if (cell.formula !== undefined) {
      const formula = f + escapeText(cell.formula.charCodeAt(0) === 61 ? cell.formula.slice(1) : cell.formula) + fEnd;
      const result = cell.result ?? null;
      if (result === null) return c + ref + '"' + s + '>' + formula + cEnd;
      return c + ref + '"' + s + typeOf(result) + '>' + formula + v + cachedText(result) + vEnd + cEnd;
    }
    const value = cell.value ?? null;
    if (value === null || value === '') return s ? c + ref + '"' + s + '/>' : null;
    if (typeof value === 'string') return c + ref + '"' + s + inline + (keepsSpaces(value) ? ' xml:space="preserve">' : '>') + escapeText(value) + inlineEnd;
    return c + ref + '"' + s + typeOf(value) + '>' + v + cachedText(value) + vEnd + cEnd;
  };
}

/** Spaces at either end or a line break are kept only when the text says so (xml:space="preserve"). */
function keepsSpaces(text: string): boolean {
  return isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1)) || text.includes('\n');
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 160;
}

/** The type attribute of a value (a formula's result, or a plain number or boolean). */
function typeOf(value: Exclude<PlainValue, null>): string {
  if (typeof value === 'boolean') return ' t="b"';
  if (typeof value === 'string') return ' t="str"';
  // A number SpreadsheetML cannot hold shows as #NUM! rather than a blank that hides the mistake.
  return Number.isFinite(value) ? '' : ' t="e"';
}

function cachedText(value: Exclude<PlainValue, null>): string {
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'string') return escapeText(value);
  return Number.isFinite(value) ? String(value) : '#NUM!';
}
