import { type CellValue, isErrorValue } from '../grid';
import { type Message, message } from '../messages';
import { isDateFormat, isPercentFormat, parseLocaleNumber } from '../numbers';
import { tidyText } from '../text';
import { classifyUnit, isShareContext } from '../units';
import { opAfter, opBefore } from './comparators';
import { foldAligned } from './fold';
import { isQuantity, type QuantityToken, scanTokens } from './scan';
import { isYesNoKind, type Op, type Target, type TargetError, type TargetErrorCode, type TargetParse } from './types';

/** What the row around a target tells about it. */
export interface TargetContext {
  /** The row's unit (Đơn vị tính). */
  unit?: string | null;
  /** The indicator's name: "Tỷ lệ …" makes a bare number a share. */
  name?: string | null;
  /** The cell's number format: a `%` format makes a number a share. */
  format?: string;
  /**
   * Whether the cell's format is known (a sheet read by the add-in, where an absent
   * format is General). Excel's cell functions do not see formats: there a stored
   * number up to 1 may be a cell showing a percentage (100% arrives as 1).
   */
  formatKnown?: boolean;
}

const BOOLEAN_WORDS = /^(dat|co|hoan thanh|true|yes)$/;
/**
 * A rise or a fall by some amount ("Giảm 10%", "Tăng 20% so với năm 2025", "Giảm
 * 5 điểm %") rather than a level to reach ("Giảm còn 5%", "Tăng lên 80%"); a yearly
 * rate ("Tăng 2%/năm") is a level of its own.
 */
const RELATIVE = /(?:^|\s)(tang|giam|nang|ha)\s+(?:them\s+|it nhat\s+|toi thieu\s+|khoang\s+)?[\d.,]+\s*(%|diem)?(?!\s*\/\s*nam|\s*(moi|hang|hang) nam)/;

/** A place in a ranking ("Nhóm 10 đơn vị dẫn đầu", "Top 5", "xếp hạng thứ 3"): not a quantity the sheet measures. */
const RANK = /\b(dan dau|dung dau|xep hang|thu hang|top \d|nhom \d+ (don vi|xa|dia phuong))\b/;

/** "Không để xảy ra sự cố", "Không có sự cố": no incident at all, a count of at most 0. */
const NONE_AT_ALL = /^(khong de xay ra|khong xay ra|khong co|khong de xay|khong phat sinh)\s+(.+)$/;

/** "Nhiệm vụ" as a target: a task, done or not (what the status columns pass for a row without a number). */
const TASK_WORDS = /^(nhiem vu|task)$/;

/** Reads a target from a cell value (number, text, boolean, error) or a text. Never throws. */
export function parseTarget(input: CellValue | undefined, ctx: TargetContext = {}): TargetParse {
  if (input === null || input === undefined) return fail('empty', '');
  if (isErrorValue(input)) return fail('error-value', input.error, input.error);
  if (typeof input === 'boolean') {
    return input ? checkUnit(booleanTarget('TRUE'), ctx) : fail('not-a-target', 'FALSE');
  }
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) return fail('bad-number', String(input), String(input));
    if (isDateFormat(ctx.format)) return fail('date', String(input), String(input));
    if (ctx.formatKnown && ambiguousShare(input, ctx)) return fail('ambiguous-share', String(input), String(input));
    return checkUnit(numberTarget(input, String(input), ctx, '>=', undefined, !ctx.formatKnown), ctx);
  }
  return parseTargetText(input, ctx);
}

/**
 * How much of a target text is read. Real targets are short (the longest in the four
 * seed plans is about 110 characters; a target phrase cut from a long indicator name,
 * a few hundred), while a cell may hold 32,767 characters. Only this prefix is
 * examined, so a full cell of repeated words, digits, "%" or "/" costs no more than an
 * ordinary target, here and in the DTI.* functions during Excel's recalculation.
 */
export const TARGET_TEXT_EXAMINED = 1000;

export function parseTargetText(raw: string, ctx: TargetContext = {}): TargetParse {
  const text = cleanArtefacts(tidyText(examinedPrefix(raw)));
  if (!text) return fail('empty', raw);
  const folded = foldAligned(text);
  const bare = folded.replace(/[.!]+$/, '').trim();
  if (BOOLEAN_WORDS.test(bare)) return checkUnit(booleanTarget(raw), ctx);
  if (TASK_WORDS.test(bare)) return taskTarget(raw);
  // "Giảm 10% so với năm 2025": a change against a base year that is not in the sheet.
  if (RELATIVE.test(bare)) return fail('relative', raw);
  if (RANK.test(bare)) return fail('rank', raw);
  const none = NONE_AT_ALL.exec(bare);
  if (none && !/\d/.test(bare)) return { ok: true, kind: 'number', op: '<=', value: 0, unit: text.slice(text.length - none[2]!.length), text: raw };

  const tokens = scanTokens(text, folded);
  const bad = tokens.find((t) => t.type === 'bad-number');
  const quantities = tokens.filter(isQuantity);
  const strong = quantities.filter((t) => t.type !== 'number');
  const shares = strong.filter((t) => t.type === 'percent' || (t.type === 'range' && t.percent));

  if (shares.length > 1) {
    // "≥ 80% (tăng 10% so với năm 2025)": the level to reach, with how it compares in brackets.
    const outside = withoutTrailingNote(text);
    if (outside) {
      const read = parseTargetText(outside, ctx);
      if (read.ok) return { ...read, text: raw };
    }
    return fail('two-thresholds', raw, shares.map((t) => text.slice(t.start, t.end)).join(', '));
  }
  let primary: QuantityToken | undefined = strong[0];
  if (!primary) {
    const numbers = quantities.filter((t) => t.type === 'number');
    if (numbers.length > 1) {
      return fail('two-thresholds', raw, numbers.map((t) => text.slice(t.start, t.end)).join(', '));
    }
    primary = numbers[0];
  }
  if (!primary) {
    if (bad) return fail('bad-number', raw, text.slice(bad.start, bad.end));
    return checkUnit(qualitativeOrFail(text, raw), ctx);
  }

  if (primary.type === 'number' && ambiguousShare(primary.value, ctx)) return fail('ambiguous-share', raw, text.slice(primary.start, primary.end));
  const said = opAfter(folded.slice(primary.end)) ?? opBefore(folded.slice(0, primary.start));
  // "0 sự cố", "0": nothing is the level, so nothing more is allowed (≥ 0 would always be met).
  const op = said ?? (primary.type === 'number' && primary.value === 0 ? '<=' : '>=');
  const rest = text.slice(primary.end);
  return checkUnit(fromToken(primary, op, rest, raw, ctx), ctx);
}

/** The first TARGET_TEXT_EXAMINED characters, ending at a space so a number is never cut ("70%" read as "70"). */
function examinedPrefix(raw: string): string {
  if (raw.length <= TARGET_TEXT_EXAMINED) return raw;
  for (let end = TARGET_TEXT_EXAMINED; end > 0; end--) {
    if (/\s/.test(raw.charAt(end))) return raw.slice(0, end);
  }
  return raw.slice(0, TARGET_TEXT_EXAMINED);
}

function fromToken(token: QuantityToken, op: Op, rest: string, raw: string, ctx: TargetContext): Target {
  const qualifier = cleanQualifier(rest);
  const withQualifier = (t: Target): Target => (qualifier ? { ...t, qualifier } : t);
  switch (token.type) {
    case 'percent':
      return withQualifier({
        ok: true,
        kind: 'percent',
        op,
        value: token.value,
        unit: token.perYear ? '%/năm' : '%',
        ...(token.perYear ? { perYear: true } : {}),
        text: raw,
      });
    case 'range': {
      // A range asks for its lower end, or its upper end when it is an upper bound.
      const upper = op === '<=' || op === '<';
      const value = upper ? token.high : token.low;
      if (token.percent) return withQualifier({ ok: true, kind: 'percent', op: upper ? '<=' : '>=', value, unit: '%', text: raw });
      return withQualifier(numberTarget(value, raw, ctx, upper ? '<=' : '>=', nounAfter(rest)));
    }
    case 'count': {
      const unit = nounAfter(rest);
      return withQualifier({ ok: true, kind: 'count', op, value: token.value, of: token.of, ...(unit ? { unit } : {}), text: raw });
    }
    case 'rate': {
      const perText = `${token.per.toLocaleString('vi-VN')} ${token.perNoun}`.trim();
      const unit = token.noun ? `${token.noun}/${perText}` : `/${perText}`;
      return { ok: true, kind: 'rate', op, value: token.value, per: token.per, unit, text: raw };
    }
    case 'number':
      return withQualifier(numberTarget(token.value, raw, ctx, op, nounAfter(rest)));
  }
}

/** A bare number: a share under a % unit or a "Tỷ lệ" name (100 → 100%, 0.7 → 70%), else a plain quantity. */
function numberTarget(value: number, raw: string, ctx: TargetContext, op: Op = '>=', noun?: string, mayBeFraction = false): Target {
  if (isPercentFormat(ctx.format)) return { ok: true, kind: 'percent', op, value, unit: '%', text: raw };
  if (isShareContext(ctx.unit, ctx.name) && !noun) {
    // Under a "%" unit a number typed or kept in a General cell is in percent ("80", "1" and "0,5" are 80%,
    // 1%, 0,5%); a stored number a cell function receives may be a % cell's fraction; a "Tỷ lệ …" name alone
    // leaves 0,7 a share.
    const share = classifyUnit(ctx.unit) === 'percent' && !mayBeFraction ? value / 100 : mayBeFraction ? shareFromPlainNumber(value) : shareFromTargetNumber(value);
    return { ok: true, kind: 'percent', op, value: share, unit: '%', text: raw };
  }
  return { ok: true, kind: 'number', op, value, ...(noun ? { unit: noun } : {}), text: raw };
}

/**
 * A fraction typed without % under a "%" unit ("0,95") may be 0,95% or 95%: it is
 * asked, never guessed (whole numbers are a number of percent: "80", "1").
 */
function ambiguousShare(value: number, ctx: TargetContext): boolean {
  return classifyUnit(ctx.unit) === 'percent' && !isPercentFormat(ctx.format) && value > 0 && value < 1;
}

/** A share typed without a % sign: 80 means 80%, 0.8 means 80% too. */
export function shareFromPlainNumber(value: number): number {
  return Math.abs(value) > 1 ? value / 100 : value;
}

/**
 * A target typed without a % sign under a % unit: a whole number is a number of
 * percent ("1" is 1%, as in "Đạt trên 1%", "100" is 100%), a fraction is a share
 * (0,7 is 70%).
 */
function shareFromTargetNumber(value: number): number {
  return Number.isInteger(value) ? value / 100 : shareFromPlainNumber(value);
}

/** The text before a note in brackets at its end, when there is text before it. */
function withoutTrailingNote(text: string): string | null {
  const m = /^(.*\S)\s*\([^()]*\)\s*$/.exec(text);
  return m ? m[1]! : null;
}

/** A task: an action with no number, done or not. */
export function taskTarget(raw = ''): Target {
  return { ok: true, kind: 'task', op: '=', value: true, text: raw };
}

function booleanTarget(raw: string): Target {
  return { ok: true, kind: 'boolean', op: '=', value: true, text: raw };
}

/** Text with no threshold: a statement met by evidence, when it reads like one. */
function qualitativeOrFail(text: string, raw: string): TargetParse {
  const words = text.split(/\s+/).filter((w) => /[A-Za-zÀ-ỹĐđ]{2,}/.test(w));
  if (words.length >= 3) return { ok: true, kind: 'qualitative', op: '=', value: true, text: raw };
  return fail('no-threshold', raw);
}

/** A unit that contradicts the target makes the target unusable for status. */
function checkUnit(result: TargetParse, ctx: TargetContext): TargetParse {
  if (!result.ok) return result;
  const unit = classifyUnit(ctx.unit);
  // "100%" under a yes/no unit ("Đạt") is that yes: fully done. Any other number there is the contradiction.
  if (unit === 'boolean' && result.kind === 'percent' && result.value === 1 && (result.op === '>=' || result.op === '=')) return booleanTarget(result.text);
  if (unit === 'boolean' && !isYesNoKind(result.kind)) {
    return fail('unit-boolean-number', result.text, ctx.unit ?? '');
  }
  if (unit === 'percent' && isYesNoKind(result.kind)) {
    return fail('unit-percent-text', result.text, ctx.unit ?? '');
  }
  return result;
}

/** The noun right after a count or number: "9/9 nền tảng theo hướng dẫn" → "nền tảng". */
function nounAfter(rest: string): string | undefined {
  const m = /^\s*([A-Za-zÀ-ỹĐđ]+(?:\s+[A-Za-zÀ-ỹĐđ]+){0,2})/.exec(rest);
  if (!m) return undefined;
  const words = m[1]!.split(/\s+/);
  const stop = words.findIndex((w) => STOP_WORDS.has(foldAligned(w.toLowerCase())));
  const kept = stop < 0 ? words : words.slice(0, stop);
  return kept.length ? kept.join(' ') : undefined;
}

const STOP_WORDS = new Set(['theo', 'duoc', 'co', 'cua', 'trong', 'tai', 'tren', 'cho', 'va', 'de', 'da', 'dat', 'phu', 'thuc']);

function cleanQualifier(rest: string): string {
  return rest
    .replace(/^[\s/,:;.)\-–]+/, '')
    .replace(/^trở (lên|xuống)\b[\s,;]*/i, '')
    .replace(/[\s,;]+$/, '')
    .trim();
}

/** Markdown/LaTeX left by document converters: `$\geq 95\%$` → `≥ 95%`. */
function cleanArtefacts(raw: string): string {
  // "> = 80%": a comparison typed with a space inside.
  const text = raw.replace(/([<>])\s+=/g, '$1=');
  if (!/[$\\]/.test(text)) return text;
  return tidyText(
    text
      .replace(/\\geq?\b/g, '≥')
      .replace(/\\leq?\b/g, '≤')
      .replace(/\\gt\b/g, '>')
      .replace(/\\lt\b/g, '<')
      .replace(/\\%/g, '%')
      .replace(/\$/g, ' '),
  );
}

const REASONS: Record<TargetErrorCode, (detail: string) => Message> = {
  empty: () => message('target.empty'),
  'error-value': (d) => message('target.error-value', { error: d }),
  'two-thresholds': (d) => message('target.two-thresholds', { thresholds: d }),
  'bad-number': (d) => message('target.bad-number', { text: d }),
  'no-threshold': () => message('target.no-threshold'),
  'not-a-target': (d) => message('target.not-a-target', { text: d }),
  'unit-boolean-number': (d) => message('target.unit-boolean-number', { unit: d }),
  relative: () => message('target.relative'),
  rank: () => message('target.rank'),
  'ambiguous-share': (d) => message('target.ambiguous-share', { value: parseLocaleNumber(d) ?? 0 }),
  date: (d) => message('target.date', { serial: Number(d) }),
  'not-calculated': () => message('target.not-calculated'),
  'unit-percent-text': (d) => message('target.unit-percent-text', { unit: d }),
};

/** A target cell whose formula the file keeps no result of. */
export function notCalculatedTarget(formula: string): TargetError {
  return fail('not-calculated', formula);
}

function fail(code: TargetErrorCode, raw: string, detail = ''): TargetError {
  return { ok: false, code, reason: REASONS[code](detail), text: raw };
}
