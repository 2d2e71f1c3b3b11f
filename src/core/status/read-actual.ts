import { type CellValue, isErrorValue } from '../grid';
import type { Bilingual } from '../i18n';
import { message } from '../messages';
import { isDateFormat, isPercentFormat, parseLocaleNumber } from '../numbers';
import { foldWords, tidyText } from '../text';
import { shareFromPlainNumber } from '../target/parse-target';
import { isYesNoKind, type Target } from '../target/types';

/**
 * A reported value, read in the terms of its target: a share as a fraction, a
 * count on the target's "out of", a rate per the target's population base.
 */
export type ActualRead =
  | { kind: 'empty' }
  | { kind: 'number'; value: number }
  /** Reported as not reached ("Chưa đạt") without a figure: not met, no gap. */
  | { kind: 'short' }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'invalid'; code: ActualErrorCode; reason: Bilingual };

export type ActualErrorCode = 'error-value' | 'date' | 'not-a-number' | 'not-yes-no' | 'ambiguous-share' | 'yes-no-for-number' | 'share-for-rate' | 'over-total' | 'not-calculated' | 'zero-total' | 'over-100' | 'negative';

export interface ActualContext {
  /** The cell's number format: a `%` format means the number is already a fraction. */
  format?: string;
}

/**
 * The words results are written in, as officials write them. The reader below
 * matches their folded forms (no diacritics, lower case); the plain status
 * formulas (src/core/writing/plain-formulas.ts) match the same lists as written,
 * so both read the same words.
 */
export const RESULT_WORDS = {
  /** "Nothing reported yet", besides runs of "-" and of two or more ".". */
  noData: ['-', '–', '—', '…', 'N/A', 'NA', 'Chưa có số liệu', 'Không có số liệu', 'Chưa có', 'Chưa báo cáo', 'Chưa cập nhật', 'Đang cập nhật', 'Không phát sinh', 'Chưa phát sinh', 'Không áp dụng'],
  /** Done, met, in place. */
  yes: ['Đạt', 'Đạt chuẩn', 'Có', 'Hoàn thành', 'Xong', 'x', 'Yes', 'True', 'Thường xuyên', 'Thường xuyên thực hiện', 'Thường xuyên triển khai', '✓', '✔'],
  /** A first word that says done whatever follows: "Đã ban hành", "Được công nhận". */
  yesOpening: ['Đã', 'Được'],
  /** Not (yet), alone. */
  no: ['Chưa', 'Không', 'No', 'False', 'Cơ bản đạt', 'Đạt một phần', 'Một phần', 'Chưa hoàn toàn'],
  /** A first word that says not (yet) whatever follows ("Chưa thực hiện", "Không đạt"); "Đang" needs words after it. */
  noOpening: ['Chưa', 'Không'],
  notYetOpening: ['Đang'],
  /** Words that undo a "done" opening further on ("Đã xây dựng dự thảo, chưa ban hành"). */
  notYetInside: ['Chưa', 'Đang'],
  /** Openings read with the share that follows: "Hoàn thành 60%" is not done, "Hoàn thành 100%" is. */
  partDone: ['Hoàn thành', 'Đạt', 'Đã thực hiện', 'Thực hiện'],
} as const;

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The words folded; a mark with no letters ("✓", "-") as it is written, matched against the text itself. */
const folded = (list: readonly string[]): string => list.map((w) => escapeRe(foldWords(w) || w)).join('|');

/** Text officials write for "nothing reported yet". */
const NO_DATA = new RegExp(`^(-+|–|—|…|\\.{2,}|n\\/?a|n a|${folded(RESULT_WORDS.noData)})$`);
/** Done, met, in place: "Đạt", "Đạt chuẩn", "Có", "Hoàn thành", "Đã ban hành", "Được công nhận", "Xong", "Thường xuyên (thực hiện)". */
const YES = new RegExp(`^(${folded(RESULT_WORDS.yes)}|${RESULT_WORDS.yesOpening.map((w) => `${foldWords(w)} .+`).join('|')})$`);
/** Not (yet): "Chưa …", "Không …", "Đang thực hiện"; and anything that says so after a start ("Đã xây dựng dự thảo, chưa ban hành"). */
const NO = new RegExp(
  `^(${[...RESULT_WORDS.noOpening.map((w) => `${foldWords(w)} .*`), folded(RESULT_WORDS.no), ...RESULT_WORDS.notYetOpening.map((w) => `${foldWords(w)} .+`)].join('|')})$`,
);
const NOT_YET_INSIDE = new RegExp(`\\b(${folded(RESULT_WORDS.notYetInside)})\\b`);
/** "Hoàn thành 60%", "Đạt 85%", or a bare "60%": a share of the work done. */
const PART_DONE = new RegExp(`^((${folded(RESULT_WORDS.partDone)}) )?\\d`);

/** A number, a share, or a fraction with what it counts: "85%", "7/9", "0,36/1.000", "1,5 DN/1.000 dân", "1 250". */
const QUANTITY = /^([+-]?\d{1,3}(?: \d{3})+|[+-]?\d+(?:[.,]\d+)*)\s*(%?)\s*(?:[A-Za-zÀ-ỹĐđ]{1,12}(?:\s+[A-Za-zÀ-ỹĐđ]{1,12}){0,2}\s*)?(?:\/\s*(\d+(?:[.,]\d+)*)\s*([A-Za-zÀ-ỹĐđ ]*))?$/;

export function readActual(input: CellValue | undefined, target: Target, ctx: ActualContext = {}): ActualRead {
  return withinRange(withinTotal(readRaw(input, target, ctx), target), target, input);
}

/**
 * A share above 100% or a negative count is a typing mistake ("1.234%" for
 * 12,34%), not a result: it is reported, never called met. A yearly change
 * (≥ 2%/năm) may be negative or large, and a plain number anything.
 */
function withinRange(read: ActualRead, target: Target, input: CellValue | undefined): ActualRead {
  if (read.kind !== 'number' || target.kind === 'number' || target.perYear) return read;
  const shown = typeof input === 'string' ? input.trim() : String(input);
  if (read.value < -1e-9) {
    return invalid('negative', message('actual.negative', { shown }));
  }
  if (target.kind === 'percent' && read.value > 1 + 1e-9) {
    return invalid('over-100', message('actual.over-100', { shown }));
  }
  return read;
}

/** "7 of 9 platforms" cannot be 12 of 9. */
function withinTotal(read: ActualRead, target: Target): ActualRead {
  if (read.kind !== 'number' || target.kind !== 'count' || target.of === undefined || read.value <= target.of + 1e-9) return read;
  return invalid(
    'over-total',
    message('actual.over-total', { value: read.value, total: target.of }),
  );
}

function readRaw(input: CellValue | undefined, target: Target, ctx: ActualContext): ActualRead {
  if (input === null || input === undefined) return { kind: 'empty' };
  if (isErrorValue(input)) {
    return invalid('error-value', message('actual.error-value', { error: input.error }));
  }
  const yesNo = isYesNoKind(target.kind);
  if (typeof input === 'boolean') {
    return yesNo ? { kind: 'boolean', value: input } : yesNoForNumber(String(input));
  }
  if (typeof input === 'number') {
    // A damaged cell can hold NaN or ±Infinity: no status can be judged from it.
    if (!Number.isFinite(input)) return invalid('not-a-number', message('actual.not-real-number', { shown: String(input) }));
    if (yesNo) return input === 1 || input === 0 ? { kind: 'boolean', value: input === 1 } : notYesNo(String(input));
    // "8/10" typed into a General cell: Excel made it the date 8 October; its serial number is no result.
    if (isDateFormat(ctx.format) && input >= 1) return invalid('date', message('actual.date', { serial: input }));
    // 1 under a % format shows "100%": of "9/9 nền tảng" that is 9, as when "100%" is typed as text. Above 1 it
    // is a count typed into a column formatted for shares (7 shows "700%", and is 7 platforms).
    if (target.kind === 'count' && isPercentFormat(ctx.format) && input <= 1) return fromShare(target, input);
    return numberFor(target, input, isPercentFormat(ctx.format));
  }

  const text = resultText(input);
  const words = foldWords(text);
  if (!text || NO_DATA.test(words) || NO_DATA.test(text)) return { kind: 'empty' };
  if (yesNo) {
    if (NO.test(words)) return { kind: 'boolean', value: false };
    // "Hoàn thành 60%": part done is not done; "Hoàn thành 100%" (or "100%") is.
    const share = /(\d+(?:[.,]\d+)?)\s*%/.exec(words);
    if (share && PART_DONE.test(words)) return { kind: 'boolean', value: (parseLocaleNumber(share[1]!) ?? 0) >= 100 };
    if (YES.test(words) || YES.test(text)) return { kind: 'boolean', value: !NOT_YET_INSIDE.test(words.replace(/^(da|duoc) /, '')) };
    return notYesNo(text);
  }
  const m = QUANTITY.exec(text.replace(/\u2212/g, '-'));
  if (!m) {
    // "Chưa đạt" against a number is a shortfall whatever the figure; "Đạt" needs its figure for the report.
    if (NO.test(words) && !/\d/.test(words)) return { kind: 'short' };
    if (YES.test(words)) return yesNoForNumber(text);
    return invalid('not-a-number', message('actual.not-a-number', { text }));
  }
  const value = parseLocaleNumber(m[1]!.replace(/ /g, ''));
  const base = m[3] !== undefined ? parseLocaleNumber(m[3]) : null;
  if (value === null || (m[3] !== undefined && (base === null || base === 0))) {
    return invalid('not-a-number', message('actual.not-a-number', { text }));
  }
  if (m[2] === '%') return fromShare(target, value / 100);
  if (base !== null) return fromFraction(target, value, base);
  return numberFor(target, value, false);
}

/**
 * A result as typed, without what only annotates it: the apostrophe that keeps
 * text as text ("'85%"), a note in brackets at the end ("85% (ước)", "17/20 (85%)",
 * "Đạt (có quyết định số …)"), footnote marks and full stops ("85%*", "85%."), a
 * doubled "%", and "Đạt" before a figure ("Đạt 85%").
 */
function resultText(input: string): string {
  return tidyText(input)
    .replace(/^'/, '')
    .replace(/\s*\([^()]*\)\s*$/, '')
    .replace(/[*.]+$/, '')
    .replace(/%\s*%/g, '%')
    .replace(/^(đạt|Đạt|ĐẠT)\s+(?=[+\-\u2212]?\d)/, '')
    .trim();
}

/** A plain number (or a number under a % format) for a target. */
function numberFor(target: Target, value: number, percentFormat: boolean): ActualRead {
  if (target.kind !== 'percent') return { kind: 'number', value };
  if (percentFormat) return { kind: 'number', value };
  // 0.9 next to a 1% target may be 0.9% or 90%: ask rather than guess.
  if (value > 0 && value <= 1 && (target.value as number) < 0.1) {
    return invalid('ambiguous-share', message('actual.ambiguous-share', { value }));
  }
  return { kind: 'number', value: shareFromPlainNumber(value) };
}

/** "85%" or 0.85 under a % format, for any target. */
function fromShare(target: Target, share: number): ActualRead {
  switch (target.kind) {
    case 'count':
      return { kind: 'number', value: share * (target.of ?? 1) };
    case 'rate':
      return invalid(
        'share-for-rate',
        message('actual.share-for-rate', target.unit === undefined ? {} : { unit: target.unit }),
      );
    default:
      return { kind: 'number', value: share };
  }
}

/** A result kept as its two counts ("Số thực hiện" 7, "Tổng số" 9), for any target. */
export function readFraction(value: number | null, base: number | null, target: Target, text: string): ActualRead {
  if (value === null || base === null || value < 0 || base < 0) {
    return invalid('not-a-number', message('actual.counts-unreadable', { text }));
  }
  if (base === 0) return invalid('zero-total', message('actual.zero-total'));
  if (isYesNoKind(target.kind)) return yesNoForNumber(text);
  return withinTotal(fromFraction(target, value, base), target);
}

/** "7/9" or "0,36/1.000", for any target. */
function fromFraction(target: Target, value: number, base: number): ActualRead {
  switch (target.kind) {
    case 'count':
      return { kind: 'number', value: base === target.of ? value : (value / base) * (target.of ?? base) };
    case 'rate':
      return { kind: 'number', value: (value / base) * (target.per ?? base) };
    default:
      return { kind: 'number', value: value / base };
  }
}

/** A formula cell whose result the file does not keep (written by a tool that cannot calculate). */
export const NOT_CALCULATED: ActualRead = {
  kind: 'invalid',
  code: 'not-calculated',
  reason: message('actual.not-calculated'),
};

function invalid(code: ActualErrorCode, reason: Bilingual): ActualRead {
  return { kind: 'invalid', code, reason };
}

function notYesNo(text: string): ActualRead {
  return invalid('not-yes-no', message('actual.not-yes-no', { text }));
}

function yesNoForNumber(text: string): ActualRead {
  return invalid('yes-no-for-number', message('actual.yes-no-for-number', { text }));
}
