/**
 * Plain-formula status columns: the "Chênh lệch", "Tình trạng" and "Tiến độ" of
 * one indicator row as ordinary formulas (IF, ISNUMBER, SUBSTITUTE, SUMPRODUCT…)
 * built from the parsed target, so they calculate in Excel 2010–2019, WPS and
 * LibreOffice, where the DTI.* functions show #NAME?.
 *
 * Shape (one row):
 * - the reader cell does the reading: "Chênh lệch" for a numeric target (the
 *   result read as the core reads it, minus the threshold), "Tiến độ" for a
 *   yes/no target (1 done, 0 not); #N/A when nothing is reported, #VALUE! when
 *   the result cannot be read;
 * - the other two cells derive from it ("Tình trạng" from its sign, "Tiến độ"
 *   from the gap and the threshold), so the long reading is written once a row.
 *
 * What a formula reads is a subset of what the core reads (read-actual.ts),
 * never more: a result the formula cannot read shows "Không đọc được", never a
 * status the core would not give. The forms left out are listed in
 * PLAIN_FORMULA_LIMITS (and README). Functions used exist in Excel 2010+,
 * LibreOffice and WPS: no LET, LAMBDA, IFS, XLOOKUP, TEXTJOIN, NUMBERVALUE,
 * UNICHAR; arrays only inside SUMPRODUCT, as constants, or as MATCH/INDEX tables.
 */
import { STATUS_LABELS } from '../status/labels';
import { NOT_MET_CAP } from '../status/evaluate';
import { RESULT_WORDS } from '../status/read-actual';
import { describeTarget } from '../target/describe';
import { isUpperBound, isYesNoKind, type Target, type TargetParse } from '../target/types';
import { foldText } from '../text';
import { A, chars, D, forms, LETTER_CHARS, loosePattern, NO_DATA_WORDS, OPENINGS, U, WORD_CHARS, WORD_MARKS } from './plain-words';
import { canonicalFormula, column, fingerprint, num, positions, row, str } from './formula-text';

/** A1 references of the row's cells the formulas read and write. */
export interface PlainRefs {
  /** The month's result cell; null when the table keeps only the counts. */
  result: string | null;
  /** The two counts behind a share ("Số thực hiện" / "Tổng số"). */
  counts?: { numerator: string; denominator: string };
  /** The row's own status cells. */
  gap: string;
  status: string;
  progress: string;
}

export interface PlainOptions {
  /** The result cell shows numbers as percentages (a % format): 0.85 is 85%. Seen when the columns are planned. */
  percentFormat: boolean;
  /** The result cell holds a formula over the counts (=IFERROR(E6/F6,0)): with both counts empty it means no data. */
  resultIsFormula: boolean;
}

export interface PlainFormulas {
  gap: string;
  status: string;
  progress: string;
  /** The cell note: which target the formulas encode. */
  note: string;
  /** How much text the reader reads (READING_LEVELS): 0 all it can, more when long references leave less room. */
  level: number;
}

/**
 * What a numeric reader leaves out, level by level, when Excel's 8,192
 * characters leave no room (long references, a table with counts): a note in
 * brackets after a figure, then text fractions, then text shares, then all text.
 */
export const READING_LEVELS = 4;

/** Longest formula Excel takes. */
export const EXCEL_FORMULA_LIMIT = 8192;

const EPS = 0.000000001;
const LABEL = {
  met: STATUS_LABELS.met.vi,
  notMet: STATUS_LABELS.not_met.vi,
  noData: STATUS_LABELS.no_data.vi,
  invalid: STATUS_LABELS.invalid.vi,
};
/** #VALUE!: the result (or the target) cannot be read. */
const ERRV = `${str(LABEL.invalid)}*1`;
/** The locale's decimal mark ("." or ","), so a number rebuilt as text reads back in any Excel. */
const DECIMAL_MARK = 'MID(1/2,2,1)';

/** The first words of a note the add-in writes (how its notes are recognised). */
export const NOTE_PREFIX = 'DTI — ';

/** The three formulas and the note for one row. */
export function plainFormulas(target: TargetParse, refs: PlainRefs, opts: PlainOptions): PlainFormulas {
  const note = `${NOTE_PREFIX}Mục tiêu: ${describeTarget(target, 'vi')}${target.ok && target.text.trim() ? `\nKế hoạch ghi: "${target.text.replace(/\s+/g, ' ').trim()}"` : ''}\nCông thức thông thường: tính được trong mọi Excel, WPS, LibreOffice. Khi sửa chỉ tiêu, bấm lại "Thêm / cập nhật cột tình trạng" (hoặc chạy lại dti status).\nKết quả ghi gọn (85%, 7/9, Đạt, Chưa đạt); vài cách ghi khác ("85%*", "12 DN") công thức báo "Không đọc được" dù DTI đọc được: ghi lại cho gọn hoặc dùng công thức DTI.`;
  if (!target.ok) {
    return { gap: mark(ERRV), status: mark(str(LABEL.invalid)), progress: mark(ERRV), note, level: 0 };
  }
  if (isYesNoKind(target.kind)) {
    const source = refs.result ?? refs.counts?.numerator ?? null;
    const reader = source === null ? 'NA()' : yesNoReader(source);
    const p = refs.progress;
    return {
      progress: mark(reader),
      status: mark(`IF(ISNA(${p}),${str(LABEL.noData)},IF(ISERROR(${p}),${str(LABEL.invalid)},IF(${p}=1,${str(LABEL.met)},${str(LABEL.notMet)})))`),
      gap: mark(`IF(ISNA(${p}),NA(),${ERRV})`),
      note,
      level: 0,
    };
  }
  const t = target.value as number;
  const finish = (v: string): string => {
    if (target.op === '=') return `-ABS(${v}-${num(t)})`;
    return isUpperBound(target.op) ? `${num(t)}-(${v})` : `${v}-${num(t)}`;
  };
  const g = refs.gap;
  const strict = target.op === '>' || target.op === '<';
  const met = `${g}${strict ? `>${num(EPS)}` : `>=${num(-EPS)}`}`;
  // A target not met never shows 100 % (NOT_MET_CAP): p written once, an error in it kept.
  const capped = (p: string): string => `MIN(${p},IF(${met},10^300,${num(NOT_MET_CAP)}))`;
  // "=" reads the result again for its progress: both readers must fit.
  const readers = (level: number): string[] => [
    numericReader(target, refs, opts, (v) => `ROUND(${finish(v)},12)`, level),
    ...(target.op === '=' ? [numericReader(target, refs, opts, (v) => capped(t === 0 ? `IF(${v}>=0,1,0)` : `ROUND((${v})/${num(t)},10)`), level)] : []),
  ];
  // The longest reading that fits Excel's limit (READING_LEVELS): forms are left out (read as
  // "Không đọc được") only when the references are long enough to need it.
  let level = 0;
  let built = readers(level);
  while (built.some((f) => mark(f).length > EXCEL_FORMULA_LIMIT) && level < READING_LEVELS) built = readers(++level);
  const gap = built[0]!;
  // A shortfall in words ("Chưa thực hiện") has no gap (#VALUE!, as DTI.GAP): the status cell tells it from an unreadable result.
  const unread = refs.result === null ? str(LABEL.invalid) : `IF(${short(refs.result)},${str(LABEL.notMet)},${str(LABEL.invalid)})`;
  const status = `IF(ISNA(${g}),${str(LABEL.noData)},IF(ISERROR(${g}),${unread},IF(${met},${str(LABEL.met)},${str(LABEL.notMet)})))`;
  let progress: string;
  if (target.op === '=') {
    progress = built[1]!;
  } else if (isUpperBound(target.op)) {
    const v = `(${num(t)}-${g})`;
    progress = `IF(ISERROR(${g}),${g},${capped(`IF(${v}<=0,1,ROUND(MIN(1,${num(t)}/${v}),10))`)})`;
  } else {
    progress = `IF(ISERROR(${g}),${g},${capped(t === 0 ? `IF(${g}>=0,1,0)` : `ROUND((${g}+${num(t)})/${num(t)},10)`)})`;
  }
  return { gap: mark(gap), status: mark(status), progress: mark(progress), note, level };
}

// ---------------------------------------------------------------- ownership

const MARKED = /^=\s*IF\(\s*N\(\s*"DTI ([0-9a-z]+)"\s*\)\s*=\s*0\s*,([\s\S]*)\)\s*$/i;

/**
 * "=IF(N("DTI <fingerprint>")=0,<formula>)": N() of a text is 0, so the wrapper
 * changes nothing; the fingerprint of the formula inside says the add-in wrote
 * it and that nobody changed it since (an edited formula no longer matches, and
 * is the user's).
 */
function mark(expr: string): string {
  return `=IF(N("DTI ${fingerprint(canonicalFormula(expr))}")=0,${expr})`;
}

/** True for a formula the add-in wrote in plain mode and nobody changed since (wherever a row insert moved it). */
export function isOwnPlainFormula(formula: string): boolean {
  const m = MARKED.exec(formula);
  return m !== null && fingerprint(canonicalFormula(m[2]!)) === m[1]!.toLowerCase();
}

// ---------------------------------------------------------------- numbers

/**
 * The reader of a numeric target: `finish(v)` of the result read in the target's
 * terms (v), #N/A when there is none, #VALUE! when it cannot be read.
 */
function numericReader(target: Target, refs: PlainRefs, opts: PlainOptions, finish: (v: string) => string, level: number): string {
  const fromResult = (x: string): string => `IF(ISERROR(${x}),${ERRV},IF(${noData(x)},NA(),IFERROR(${finish(resultValue(target, x, opts.percentFormat, level))},${ERRV})))`;
  const counts = refs.counts;
  const fromCounts = counts ? countsReader(target, counts.numerator, counts.denominator, finish) : null;
  if (refs.result === null) return fromCounts ?? 'NA()';
  if (!fromCounts || !counts) return fromResult(refs.result);
  // The share is read first; the counts stand in when it is empty. A share formula
  // (=IFERROR(E6/F6,0)) over two empty counts shows 0: nothing reported yet.
  const both = `IF(ISBLANK(${refs.result}),${fromCounts},${fromResult(refs.result)})`;
  return opts.resultIsFormula ? `IF(AND(${blank(counts.numerator)},${blank(counts.denominator)}),NA(),${both})` : both;
}

/** An empty cell, or one holding only spaces; never an error cell. */
function blank(x: string): string {
  return `IF(ISERROR(${x}),FALSE(),LEN(TRIM(${x}))=0)`;
}

/**
 * Nothing reported, read as the core reads it (resultText, then NO_DATA): empty,
 * a note in brackets alone ("(5)"), runs of "." or "*", of "-", "…", or one of
 * the no-data words with marks as spaces ("N/A", "Chưa có số liệu.", "Chưa có (tháng 11)").
 */
function noData(x: string): string {
  return `AND(${notesOk(x)},OR(${marksNoData(x)},${noDataExact(wordsOf(x))}))`;
}

/**
 * A shortfall reported in words without a figure, against a number ("Chưa thực
 * hiện", "Không đạt", "Đang triển khai", "Một phần"): the core's "no" words and
 * openings on a text with no digit; an opening not on a no-data word, even in other
 * diacritics ("Chưa có số liêu" is nothing reported for the core).
 */
function short(x: string): string {
  const w = wordsOf(x);
  return `IF(ISERROR(${x}),FALSE(),IF(ISLOGICAL(${x}),FALSE(),IF(ISNUMBER(${x}),FALSE(),AND(${notesOk(x)},${guard(w, LETTER_CHARS)},OR(${noExact(w)},AND(NOT(${looseNoData(w)}),${noOpening(w)}))))))`;
}

/** A result cell (not an error, not blank) in the target's terms; an error when it cannot be read. */
function resultValue(target: Target, x: string, percentFormat: boolean, level: number): string {
  // Level 0: the text without a note in brackets at its end ("85% (ước)", "17/20 (85%)"); textValue's levels are one less.
  const text = level >= READING_LEVELS ? ERRV : level === 0 ? `IF(${notesOk(x)},${textValue(target, `TRIM(${beforeNote(x)})`, 0)},${ERRV})` : textValue(target, `TRIM(${x})`, level - 1);
  return `IF(ISLOGICAL(${x}),${ERRV},IF(ISNUMBER(${x}),${numberValue(target, x, percentFormat)},${text}))`;
}

/** A number typed in the cell (mirrors readActual's numberFor and its range checks). */
function numberValue(target: Target, x: string, percentFormat: boolean): string {
  const t = target.value as number;
  switch (target.kind) {
    case 'percent':
      if (target.perYear) return percentFormat ? x : yearlyShare(x, t);
      if (percentFormat) return `${x}/((${x}>=${num(-EPS)})*(${x}<=${num(1 + EPS)}))`;
      return plainShare(x, t, true);
    case 'count': {
      // Under a % format a number up to 1 is a share of the total ("85%" of "9/9 nền tảng" is 7.65), above it a
      // count typed into a share column, as readActual reads them.
      const n = percentFormat ? `IF(${x}<=1,${x}*${num(target.of ?? 1)},${x})` : x;
      return target.of !== undefined ? `${n}/((${n}>=${num(-EPS)})*(${n}<=${num(target.of + EPS)}))` : `${n}/(${n}>=${num(-EPS)})`;
    }
    case 'rate':
      return `${x}/(${x}>=${num(-EPS)})`;
    default:
      return x;
  }
}

/**
 * A share typed without a % sign: 85 means 85%, 0.85 too; above 100% or below 0
 * is unreadable, and so is 0 < n ≤ 1 next to a target under 10% (0.9% or 90%?).
 */
function plainShare(n: string, threshold: number, mayBeNegative: boolean): string {
  const ambiguous = threshold < 0.1;
  const keys = ambiguous ? [-(100 + 100 * EPS), -1, 0, EPS] : [-(100 + 100 * EPS), -1, EPS];
  const divisors = ambiguous ? [100, 'x', 1, 'x'] : [100, 1, 'x'];
  if (!mayBeNegative && !ambiguous) return `${n}/CHOOSE(MATCH(-${n},${row([-(100 + 100 * EPS), -1])},1),100,1)`;
  return `${n}/CHOOSE(MATCH(-${n},${row(keys)},1),${divisors.map((d) => (typeof d === 'number' ? num(d) : str(d))).join(',')})`;
}

/** A yearly change typed without a % sign: no range, but 0 < n ≤ 1 next to a target under 10% is unclear all the same. */
function yearlyShare(n: string, threshold: number): string {
  return threshold < 0.1 ? `${n}/IF(ABS(${n})>1,100,IF(${n}>0,"x",1))` : `${n}/IF(ABS(${n})>1,100,1)`;
}

/**
 * A result written as text: "85", "0,85", "1 250", "85%", "80,5%", "7/9",
 * "45/50 hộ", "1,5 DN/1.000 dân" (the forms read here; see PLAIN_FORMULA_LIMITS).
 */
function textValue(target: Target, t: string, level: number): string {
  const t0 = target.value as number;
  const a = `TRIM(LEFT(${t},FIND("/",${t})-1))`;
  const right = `TRIM(MID(${t},FIND("/",${t})+1,99))`;
  const b = `LEFT(${right},FIND(" ",${right}&" ")-1)`;
  const tail = `MID(${right},FIND(" ",${right}&" ")+1,99)`;
  // The share's number, without "Đạt " before it ("Đạt 85%"); dividing by prefixOk refuses any other "đạt ".
  const shareText = `TRIM(SUBSTITUTE(LOWER(LEFT(${t},LEN(${t})-1)),"đạt ","",1))`;
  const prefixOk = `OR(ISERROR(FIND("đạt ",LOWER(${t}))),SUMPRODUCT(--EXACT(LEFT(${t},4),${row(['Đạt ', 'đạt ', 'ĐẠT '])}))=1)`;
  let formA: string;
  let formB: string;
  let formC: string;
  switch (target.kind) {
    case 'percent': {
      const n = localeNumber(t, 'any');
      formA = target.perYear ? yearlyShare(n, t0) : plainShare(n, t0, false);
      const s = localeNumber(shareText, 'any');
      formB = `${target.perYear ? s : atMost(s, 100 + 100 * EPS)}/100/${prefixOk}`;
      // A share as counts: whole numbers only, no words after them ("45/50").
      const [p, q] = [digitsNumber(a), digitsNumber(right)];
      formC = level >= 1 ? ERRV : target.perYear ? `${p}/${q}` : atMost(`${p}/${q}`, 1 + EPS);
      return `IF(RIGHT(${t},1)="%",${level >= 2 ? ERRV : formB},IF(ISNUMBER(FIND("/",${t})),${formC},${formA}))`;
    }
    case 'count': {
      const of = target.of;
      const n = localeNumber(t, 'any');
      formA = of !== undefined ? atMost(n, of + EPS) : n;
      const s = localeNumber(shareText, 'any');
      formB = `${of !== undefined ? `${atMost(s, 100 + (100 * EPS) / of)}*${num(of)}` : s}/100/${prefixOk}`;
      const [p, q] = [digitsNumber(a), digitsNumber(b)];
      formC = of !== undefined ? `${atMost(`${p}/${q}`, 1 + EPS / of)}*${num(of)}` : `${p}/${q}*${q}`;
      break;
    }
    case 'rate': {
      formA = localeNumber(t, 'any');
      formB = ERRV;
      // "1,5 DN/1.000 dân": one word may stand before the slash.
      const left = `LEFT(${a},FIND(" ",${a}&" ")-1)`;
      const word = `MID(${a},FIND(" ",${a}&" ")+1,99)`;
      const p = localeNumber(left, 'no-space');
      const q = localeNumber(b, 'whole');
      formC = `${p}/${q}*${target.per !== undefined ? num(target.per) : q}/${lettersOnly(word, 12, false)}`;
      break;
    }
    default: {
      formA = localeNumber(t, 'any');
      formB = `${localeNumber(shareText, 'any')}/100/${prefixOk}`;
      formC = `${digitsNumber(a)}/${digitsNumber(b)}`;
    }
  }
  if (level >= 1) formC = ERRV;
  if (level >= 2) formB = ERRV;
  return `IF(RIGHT(${t},1)="%",${formB},IF(ISNUMBER(FIND("/",${t})),${level >= 1 ? ERRV : `(${formC})/${lettersOnly(tail, 40, true)}`},${formA}))`;
}

/**
 * v itself, or an error when v is above k, with v written once (there is no LET
 * to name it): k-(k-v) is v, and the square root of a negative k-v is #NUM!
 * (caught as unreadable). Exact to a few units in the last place of k, far
 * below the 12 decimals the gap is rounded to.
 */
function atMost(v: string, k: number): string {
  return `(${num(k)}-((${num(k)}-(${v}))^0.5)^2)`;
}

/**
 * A whole number written with digits only ("45", "1250"); an error otherwise.
 * Read with "--" (a "-" made unreadable first) and kept only when it prints back
 * as long as it was written: "1e5", "5%", "1,5", "+5", "07" and "" do not.
 */
function digitsNumber(s: string): string {
  const n = `--SUBSTITUTE(${s},"-","x")`;
  return `(${n}/(LEN(${n}&"")=LEN(${s})))`;
}

/**
 * A number with at most one separator, read as parseLocaleNumber does: a "."
 * or "," before exactly three digits after one to three digits (not starting
 * with 0) groups thousands ("1.000", "12,500"), otherwise it is the decimal
 * mark ("0,85", "80.5"); a space groups thousands ("1 250"). Mixed or repeated
 * separators ("1.234,5", "12.500.000"), signs and anything else are an error.
 * `whole` refuses a decimal mark; `no-space` refuses space groups.
 */
function localeNumber(s: string, accept: 'any' | 'whole' | 'no-space'): string {
  const c = accept === 'no-space' ? `SUBSTITUTE(${s},",",".")` : `SUBSTITUTE(SUBSTITUTE(${s},",",".")," ",".")`;
  const sep = `FIND(".",${c}&".")`;
  const space = accept === 'no-space' ? 'FALSE()' : `ISNUMBER(FIND(" ",${s}))`;
  const thousands = `AND(LEN(${c})-${sep}=3,${sep}<=4,OR(${space},LEFT(${c},1)<>"0"))`;
  const mark = accept === 'whole' ? `IF(${thousands},"","x")` : `IF(${thousands},"",IF(${space},"x",${DECIMAL_MARK}))`;
  // Digits around at most one separator: "1" & the digits & "1" reads back as long as it is written
  // (the last "1" so that "85%" or "1e5", which Excel reads as numbers, do not).
  const digits = `SUBSTITUTE(${c},".","",1)`;
  const ok = `AND(LEN(--("1"&${digits}&"1")&"")=LEN(${digits})+2,${sep}>1,RIGHT(${c},1)<>".")`;
  return `(--SUBSTITUTE(${c},".",${mark})/${ok})`;
}

/**
 * Letters only (any letter with a case: Vietnamese, Latin), at most `max` of them;
 * with `spaces`, spaces too. Empty is fine. A boolean, for dividing by.
 */
function lettersOnly(s: string, max: number, spaces: boolean): string {
  const at = `MID(${s},${positions(max)},1)`;
  const nonLetters = `SUMPRODUCT(--EXACT(UPPER(${at}),LOWER(${at})))`;
  const allowed = spaces ? `${max}-LEN(SUBSTITUTE(${s}," ",""))` : `${max}-LEN(${s})`;
  return `AND(LEN(${s})<=${max},${nonLetters}=${allowed})`;
}

/** The counts behind a share, both present: their ratio in the target's terms. */
function countsReader(target: Target, numerator: string, denominator: string, finish: (v: string) => string): string {
  const count = (x: string): string => `IF(ISLOGICAL(${x}),${ERRV},IF(ISNUMBER(${x}),${x}/(${x}>=0),${localeNumber(`TRIM(${x})`, 'any')}))`;
  const [n, d] = [count(numerator), count(denominator)];
  let v: string;
  switch (target.kind) {
    case 'percent':
      // As readFraction: no 100% bound on counts (only a count target's total is checked).
      v = `${n}/${d}`;
      break;
    case 'count':
      v = target.of !== undefined ? `${n}/${d}*${num(target.of)}/(${n}<=${d}*${num(1 + EPS / target.of)})` : `${n}/${d}*${d}`;
      break;
    case 'rate':
      v = `${n}/${d}*${target.per !== undefined ? num(target.per) : d}`;
      break;
    default:
      v = `${n}/${d}`;
  }
  return `IF(OR(${blank(numerator)},${blank(denominator)}),NA(),IFERROR(${finish(v)},${ERRV}))`;
}

// ---------------------------------------------------------------- words

const anyOf = (expr: string, list: readonly string[]): string => `SUMPRODUCT(--(${expr}=${row(list)}))>0`;

/**
 * The cell's text before its first "(": the text without its note in brackets
 * ("85% (ước)", "Đạt (QĐ số 12)", "(5)") wherever notesOk holds.
 */
function beforeNote(x: string): string {
  return `LEFT(${x},FIND("(",${x}&"(")-1)`;
}

/**
 * No brackets, or one "(" and one ")" with the ")" last: a note at the end, the
 * only brackets the core's resultText takes off that the formulas take off too.
 */
function notesOk(x: string): string {
  const count = (ch: string): string => `LEN(${x})-LEN(SUBSTITUTE(${x},"${ch}",""))`;
  return `OR(LEN(${x})=LEN(SUBSTITUTE(SUBSTITUTE(${x},"(",""),")","")),AND(${count('(')}=1,${count(')')}=1,RIGHT(TRIM(${x}),1)=")"))`;
}

/** A result's words as the core compares them: its note left out, lower case, ". , / *" as spaces, trimmed. */
function wordsOf(x: string): string {
  let s = beforeNote(x);
  for (const m of WORD_MARKS) s = `SUBSTITUTE(${s},"${m}"," ")`;
  return `TRIM(LOWER(${s}))`;
}

/** Nothing reported, by the marks alone (note left out): nothing, runs of "." and "*", runs of "-", one "…", "–" or "—". */
function marksNoData(x: string): string {
  const s = `TRIM(${beforeNote(x)})`;
  return `OR(SUBSTITUTE(SUBSTITUTE(${s},".",""),"*","")="",SUBSTITUTE(${s},"-","")="",${anyOf(s, ['…', '–', '—'])})`;
}

/** Only the given characters (lower case): every other character would need the core's folding. */
function guard(w: string, allowed: readonly string[]): string {
  // Each allowed character taken out in turn: together they take out every character of w.
  return `SUMPRODUCT(LEN(SUBSTITUTE(${w},${row(allowed)},"")))=LEN(${w})*${allowed.length - 1}`;
}

/**
 * w begins with one character of each class in turn ("ch" + a u-letter + an
 * a-letter + " "): FIND of each character in its class. After w come a space and
 * "#"s, so "chưa" alone reads as "chưa " and a shorter w never matches.
 */
function startsWith(w: string, classes: readonly string[]): string {
  const n = classes.length;
  return `SUMPRODUCT(--ISNUMBER(FIND(MID(${w}&" ${'#'.repeat(n)}",${positions(n)},1),${row(classes)})))=${n}`;
}

/** One of the no-data words as written or without diacritics. */
function noDataExact(w: string): string {
  return anyOf(w, forms(NO_DATA_WORDS));
}

/** Words matching a list up to diacritics (`end` after them: "#" the whole text, " " a first word): maybe the core's, maybe not. */
function loose(w: string, list: readonly string[], end: string): string {
  return `SUMPRODUCT(--ISNUMBER(SEARCH("#"&${row(list.map((wd) => loosePattern(foldText(wd).replace(/\//g, ' '))))}&"${end}","#"&${w}&"${end}")))>0`;
}

/** A no-data word in other diacritics ("Chưa có số liêu"): nothing reported for the core, so never "not yet" here. */
function looseNoData(w: string): string {
  return loose(w, NO_DATA_WORDS, '#');
}

/** A "no" word alone: "Không", "No", "Một phần", "Chưa hoàn toàn" (as written or without diacritics). */
function noExact(w: string): string {
  return anyOf(w, forms(RESULT_WORDS.no));
}

/** "Chưa …", "Không …" (alone too), "Đang …" (with words after it): each first word's letters checked class by class. */
function noOpening(w: string): string {
  return `OR(${[...OPENINGS.no.map((c) => startsWith(w, c)), ...OPENINGS.notYet.map((c) => withWordsAfter(w, c))].join(',')})`;
}

/** An opening with words after it ("Đang triển khai", "Đã ban hành"). */
function withWordsAfter(w: string, classes: readonly string[]): string {
  return `AND(LEN(${w})>${classes.length},${startsWith(w, classes)})`;
}

// ---------------------------------------------------------------- yes / no

/**
 * The reader of a yes/no target (a task, "Đạt", a qualitative target): 1 done,
 * 0 not, #N/A nothing reported, #VALUE! unreadable. Mirrors readActual's word
 * rules in their order: a note in brackets at the end left out, no data, "no"
 * words and openings, a share alone or after a done-word ("60%", "Hoàn thành
 * 60%"), "yes" words and openings (undone by "chưa"/"đang" further on). Exact
 * where the fold of a word is checked letter class by letter class; a word that
 * only might be one of the core's (other diacritics) is unreadable.
 */
function yesNoReader(x: string): string {
  const w = wordsOf(x);
  // A share of the work: a whole number just before the only "%", which ends the text, alone or after a done-word.
  const partForms = forms(RESULT_WORDS.partDone);
  const partExact = `SUMPRODUCT(--(LEFT(${w}&" ",${row(partForms.map((f) => f.length + 1))})=${row(partForms.map((f) => `${f} `))}))>0`;
  const digitFirst = `ISNUMBER(FIND(LEFT(${w},1),"0123456789"))`;
  const share = `TRIM(RIGHT(SUBSTITUTE(TRIM(SUBSTITUTE(${w},"%",""))," ",REPT(" ",40)),40))`;
  const partValue = `IF(AND(FIND("%",${w})=LEN(${w}),LEN(--("1"&${share})&"")=LEN(${share})+1),IF(--${share}>=100,1,0),${ERRV})`;
  // A done-word in other diacritics before a share ("Hoàn thanh 60%"): maybe the core's, maybe not.
  const loosePart = `SUMPRODUCT(--ISNUMBER(SEARCH("#"&${row(RESULT_WORDS.partDone.map((wd) => loosePattern(foldText(wd))))}&" *%","#"&${w})))>0`;
  // "Đã …", "Được …": done unless "chưa" or "đang" stands further on.
  const yesExact = anyOf(w, forms(RESULT_WORDS.yes));
  const opening = OPENINGS.yes.map((c) => withWordsAfter(w, c)).join(',');
  // " chưa " (ch + u-letter + a-letter) or " đang " (d-letter + a-letter + ng) as a word, one table of patterns.
  const heads = [...chars(U).map((u) => ` ch${u}`), ...chars(D).map((d) => ` ${d}`)];
  const tails = [...chars(U).map(() => ' '), ...chars(D).map(() => 'ng ')];
  const inside = `SUMPRODUCT(--ISNUMBER(FIND(${row(heads)}&${column(chars(A))}&${row(tails)}," "&${w}&" ")))>0`;
  const yes = `IF(${yesExact},1,IF(OR(${opening}),IF(${inside},0,1),${ERRV}))`;
  const text =
    `IF(NOT(${notesOk(x)}),${ERRV},IF(${marksNoData(x)},NA(),IF(NOT(${guard(w, WORD_CHARS)}),${ERRV},IF(${noDataExact(w)},NA(),IF(${noExact(w)},0,IF(${looseNoData(w)},${ERRV},` +
    `IF(${noOpening(w)},0,IF(AND(ISNUMBER(FIND("%",${w})),OR(${partExact},${digitFirst})),${partValue},IF(${loosePart},${ERRV},${yes})))))))))`;
  return `IF(ISERROR(${x}),${ERRV},IF(ISLOGICAL(${x}),IF(${x},1,0),IF(ISNUMBER(${x}),IF(${x}=1,1,IF(${x}=0,0,${ERRV})),${text})))`;
}

/**
 * Where plain formulas read less than the core: each form shows "Không đọc
 * được" in plain mode while `dti summary` reads it (tested row by row).
 */
export const PLAIN_FORMULA_LIMITS = [
  'text with a sign: "-5%", "+3" (typed as numbers they are read)',
  'numbers with mixed or repeated separators: "1.234,5", "12.500.000", "12 500 000"',
  'fractions other than whole over whole ("7/9", "45/50"): "7,5/9", "1.250/1.500"; words after a share\'s fraction: "8/9 nền tảng", "45/50 hộ" (counts and rates read them: "8/9 nền tảng", "1,5 DN/1.000 dân")',
  'a word between a number and its end or its %: "12 DN", "85% DN" (a word before the slash of a rate is read)',
  'for a number: a "*", a "." or a second "%" after the figure: "85%*", "85%.", "85%%"; a note in brackets after the figure ("85% (ước)", "7/9 (ước)" are read) of a rate per 1,000, or wherever long references leave no room (READING_LEVELS)',
  'for a number: "Đạt" before a figure that is not a share: "Đạt 7", "Đạt 7/9" ("Đạt 85%" is read)',
  'line breaks, no-break spaces or a leading apostrophe inside the text',
  'words in other diacritics ("Đat", "Nợ", "Chưa có số liêu"); yes/no words with marks other than . , / * ("Đã ban hành; chưa ký", "Đạt: 85%") or a tick beside words ("✓ Đạt"); a share not at the end ("Hoàn thành 60% kế hoạch"); brackets other than one note at the end ("85% (a) (b)")',
  'a yes/no result in the first count column when the table also has a result column',
] as const;
