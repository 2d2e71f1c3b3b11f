/**
 * The figures of the report as cells: every share, gap, change, progress and
 * estimate is a number with a number format, so Excel can sort, sum and chart
 * them, and a Vietnamese Excel shows decimal commas by itself (formats are
 * stored the English way, "0.0%"). Only yes/no results stay words. Each cell
 * also says how it prints (Vietnamese), so the plan can give its column the
 * width it needs.
 */
import { formatNumber, formatPercent } from '../i18n';
import { roundTo } from '../numbers';
import type { CellStyle, CellWrite } from '../writing/write-plan';
import { formatActual, statusLabel } from '../status/labels';
import type { IndicatorStatus } from '../status/month-status';
import type { TargetJson } from '../target/target-json';

/** A share (an actual, a status's part of the total): 72.5 %. */
export const PERCENT = '0.0%';
/** Progress towards the target: 78 %. */
export const PROGRESS = '0%';
/** The estimated completion: 92.9 %, the same everywhere it is shown. */
export const ESTIMATE = '0.0%';
/** A gap or change of a share, stored in percentage points: +2.5 điểm %. */
export const POINTS = '+0.0" điểm %";-0.0" điểm %";0.0" điểm %"';
/** A count of indicators. */
export const COUNT = '#,##0';

export interface ValueCell {
  cell: CellWrite;
  /** The text it prints as, in a Vietnamese Excel. */
  shows: string;
}

/** No value: an empty cell that keeps the table's borders. */
function empty(style: CellStyle): ValueCell {
  return { cell: { value: '', style }, shows: '' };
}

const FIXED = [0, 1, 2].map((d) => new Intl.NumberFormat('vi-VN', { minimumFractionDigits: d, maximumFractionDigits: d }));

/** A number as a format with exactly `digits` decimals prints it in a Vietnamese Excel ("45,0", "1.250,5"). */
export function fixed(value: number, digits: 0 | 1 | 2): string {
  return FIXED[digits]!.format(value);
}

function numberCell(value: number, numberFormat: string, shows: string, style: CellStyle): ValueCell {
  return { cell: { value, style: withFormat(style, numberFormat) }, shows };
}

/**
 * The style with a number format, one object per style and format: a report
 * of 10,000 rows uses a handful, and the writers know a style they have seen
 * by its identity.
 */
const FORMATTED = new WeakMap<CellStyle, Map<string, CellStyle>>();

function withFormat(style: CellStyle, numberFormat: string): CellStyle {
  let byFormat = FORMATTED.get(style);
  if (!byFormat) FORMATTED.set(style, (byFormat = new Map()));
  let formatted = byFormat.get(numberFormat);
  if (!formatted) byFormat.set(numberFormat, (formatted = { ...style, numberFormat }));
  return formatted;
}

/** A plain number's format: whole numbers without decimals, others with up to three. */
function plainFormat(value: number, signed: boolean): string {
  const body = Number.isInteger(value) ? '#,##0' : '#,##0.0##';
  return signed ? `+${body};-${body};0` : body;
}

/** An actual (or last month's value) in the target's terms: a share as a share, 7 of 9 as 7 shown "7/9", a yes/no as words. */
export function actualCell(value: number | boolean | null, target: TargetJson, style: CellStyle): ValueCell {
  if (value === null) return empty(style);
  if (typeof value === 'boolean' || !target.ok) {
    const text = typeof value === 'boolean' ? formatActual(value, target, 'vi') : formatNumber(value, 'vi', 3);
    return typeof value === 'boolean' ? { cell: { value: text, style }, shows: text } : numberCell(value, plainFormat(value, false), text, style);
  }
  if (target.kind === 'percent') return numberCell(value, PERCENT, `${fixed(value * 100, 1)}%`, style);
  if (target.kind === 'count' && target.of !== undefined) {
    const of = formatNumber(target.of, 'vi', 3);
    return numberCell(value, `${plainFormat(value, false)}"/${of}"`, `${formatNumber(value, 'vi', 3)}/${of}`, style);
  }
  if (target.kind === 'rate' && target.per !== undefined) {
    const per = target.per.toLocaleString('vi-VN');
    return numberCell(value, `${plainFormat(value, false)}"/${per}"`, `${formatNumber(value, 'vi', 3)}/${per}`, style);
  }
  return numberCell(value, plainFormat(value, false), formatNumber(value, 'vi', 3), style);
}

/** A gap or a change: a share's in percentage points ("-7,5 điểm %"), anything else in the target's unit ("-2"). */
export function deltaCell(value: number | null, target: TargetJson, style: CellStyle): ValueCell {
  if (value === null) return empty(style);
  const sign = (n: number): string => (n > 0 ? '+' : n < 0 ? '-' : '');
  if (target.ok && target.kind === 'percent') {
    const points = roundTo(value * 100, 6);
    return numberCell(points, POINTS, `${sign(points)}${fixed(Math.abs(points), 1)} điểm %`, style);
  }
  return numberCell(value, plainFormat(value, true), `${sign(value)}${formatNumber(Math.abs(value), 'vi', 3)}`, style);
}

export function progressCell(progress: number | null, style: CellStyle): ValueCell {
  return progress === null ? empty(style) : numberCell(progress, PROGRESS, `${fixed(progress * 100, 0)}%`, style);
}

export function estimateCell(score: number | null, style: CellStyle): ValueCell {
  return score === null ? empty(style) : numberCell(score, ESTIMATE, `${fixed(score * 100, 1)}%`, style);
}

export function countCell(n: number, style: CellStyle): ValueCell {
  return numberCell(n, COUNT, formatNumber(n, 'vi', 0), style);
}

export function shareCell(fraction: number, style: CellStyle): ValueCell {
  return numberCell(fraction, PERCENT, `${fixed(fraction * 100, 1)}%`, style);
}

/** "Trên 80%" → "trên 80%": what a strict bound asks, for "Chưa đạt — cần trên 80%". */
function strictNeed(target: TargetJson): string | null {
  if (!target.ok || (target.op !== '>' && target.op !== '<') || typeof target.value !== 'number') return null;
  const value = target.kind === 'percent' ? formatPercent(target.value, 'vi', 1) : formatNumber(target.value, 'vi', 3);
  return `${target.op === '>' ? 'trên' : 'dưới'} ${value}`;
}

/**
 * The status in words. A strict bound reached but not passed ("Trên 80%" at
 * exactly 80 %: gap 0, progress 99 %) says what it needs, so "Chưa đạt" next
 * to a gap of 0 does not read as a contradiction.
 */
export function statusText(i: Pick<IndicatorStatus, 'status' | 'target' | 'gap'>): string {
  const label = statusLabel(i.status, 'vi');
  if (i.status !== 'not_met' || i.gap !== 0) return label;
  const need = strictNeed(i.target);
  return need ? `${label} — cần ${need}` : label;
}
