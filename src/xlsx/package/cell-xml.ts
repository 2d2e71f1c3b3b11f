/**
 * One planned cell as a SpreadsheetML <c> element. Text is always an inline
 * string (t="inlineStr"): "07", "7/9" or "2026-11" stay the text they are, and
 * the shared strings part is never touched. A formula keeps its cached result
 * when the plan gives one; without one it has no <v>, and the workbook is told
 * to recalculate on open (see WorkbookPart.requestFullCalcOnLoad).
 */
import type { CellWrite, PlainValue } from '../../core/plan/write-plan';
import { escapeText } from './xml-patch';

export interface CellXml {
  /** The <c> element; null when the cell has nothing to hold (no value, formula or style). */
  xml: string | null;
  /** A formula without a cached result: Excel must calculate it on open. */
  uncalculated: boolean;
}

/** `prefix` is the worksheet's prefix for the main namespace ('' when it is the default namespace). */
export function cellXml(prefix: string, ref: string, cell: CellWrite, style: number | undefined): CellXml {
  const p = prefix ? `${prefix}:` : '';
  const s = style === undefined || style === 0 ? '' : ` s="${style}"`;
  if (cell.formula !== undefined) {
    const formula = `<${p}f>${escapeText(cell.formula.replace(/^=/, ''))}</${p}f>`;
    const result = cell.result ?? null;
    if (result === null) return { xml: `<${p}c r="${ref}"${s}>${formula}</${p}c>`, uncalculated: true };
    const { type, v } = cached(result);
    return { xml: `<${p}c r="${ref}"${s}${type}>${formula}<${p}v>${v}</${p}v></${p}c>`, uncalculated: false };
  }
  const value = cell.value ?? null;
  if (value === null || value === '') return { xml: s ? `<${p}c r="${ref}"${s}/>` : null, uncalculated: false };
  if (typeof value === 'string') {
    const space = /^\s|\s$|\n/.test(value) ? ' xml:space="preserve"' : '';
    return { xml: `<${p}c r="${ref}"${s} t="inlineStr"><${p}is><${p}t${space}>${escapeText(value)}</${p}t></${p}is></${p}c>`, uncalculated: false };
  }
  const { type, v } = cached(value);
  return { xml: `<${p}c r="${ref}"${s}${type}><${p}v>${v}</${p}v></${p}c>`, uncalculated: false };
}

/** The type attribute and <v> text of a value (a formula's result, or a plain number or boolean). */
function cached(value: Exclude<PlainValue, null>): { type: string; v: string } {
  if (typeof value === 'boolean') return { type: ' t="b"', v: value ? '1' : '0' };
  if (typeof value === 'string') return { type: ' t="str"', v: escapeText(value) };
  // A number SpreadsheetML cannot hold shows as #NUM! rather than a blank that hides the mistake.
  if (!Number.isFinite(value)) return { type: ' t="e"', v: '#NUM!' };
  return { type: '', v: String(value) };
}
