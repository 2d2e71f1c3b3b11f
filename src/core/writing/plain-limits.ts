/**
 * Which results plain formulas leave unread although the core reads them
 * (PLAIN_FORMULA_LIMITS): the grammar the formulas read, on the cell's text,
 * so `dti status` and the task pane can name the rows that will show
 * "Không đọc được" in plain mode while `dti summary` gives them a status.
 * Tested against the formulas themselves (HyperFormula), row by row.
 */
import type { CellValue } from '../grid';
import type { Bilingual } from '../i18n';
import { message } from '../messages';
import { evaluate } from '../status/evaluate';
import { RESULT_WORDS, readActual } from '../status/read-actual';
import { isYesNoKind, type Target, type TargetParse } from '../target/types';
import { foldText } from '../text';
import { READING_LEVELS } from './plain-formulas';
import { forms, LETTER_CHARS, loosePattern, NO_DATA_WORDS, OPENINGS, WORD_CHARS, WORD_MARKS } from './plain-words';

/** A result cell whose text plain formulas leave unread. */
export interface UnreadResult {
  sheet: string;
  /** A1 address on the sheet. */
  address: string;
  text: string;
}

/** What `dti status` and the task pane say after writing plain formulas over results they leave unread. */
export function unreadNotice(unread: readonly UnreadResult[]): Bilingual | null {
  if (unread.length === 0) return null;
  const shown = unread.slice(0, 8).map((u) => `${u.sheet}!${u.address} "${u.text.replace(/\s+/g, ' ').slice(0, 40)}"`);
  const list = `${shown.join(', ')}${unread.length > shown.length ? ` …(+${unread.length - shown.length})` : ''}`;
  return message('plan.plain-unread', { count: unread.length, list });
}

/**
 * True when the core gives `value` a status but plain formulas would show
 * "Không đọc được"; `level` is the formulas' (PlainFormulas.level, READING_LEVELS).
 */
export function plainLeavesUnread(value: CellValue | undefined, target: TargetParse, percentFormat: boolean, level = 0): boolean {
  if (typeof value !== 'string' || !target.ok) return false;
  if (evaluate(target, readActual(value, target, percentFormat ? { format: '0%' } : {})).status === 'invalid') return false;
  return !(isYesNoKind(target.kind) ? readsYesNo(value) : readsNumber(value, target, level));
}

/** Excel's TRIM: spaces only (not tabs, line breaks or no-break spaces), runs inside made one. */
const trim = (s: string): string => s.replace(/ +/g, ' ').replace(/^ | $/g, '');

/** No brackets, or one note in brackets that ends the text. */
function notesOk(x: string): boolean {
  const open = x.split('(').length - 1;
  const close = x.split(')').length - 1;
  return (open === 0 && close === 0) || (open === 1 && close === 1 && trim(x).endsWith(')'));
}

const beforeNote = (x: string): string => x.split('(')[0]!;

function wordsOf(x: string): string {
  let s = beforeNote(x);
  for (const m of WORD_MARKS) s = s.split(m).join(' ');
  return trim(s.toLowerCase());
}

function marksNoData(x: string): boolean {
  const s = trim(beforeNote(x));
  return s.replace(/[.*]/g, '') === '' || s.replace(/-/g, '') === '' || ['…', '–', '—'].includes(s);
}

const only = (w: string, allowed: readonly string[]): boolean => [...w].every((c) => allowed.includes(c));
const NO_DATA_FORMS = forms(NO_DATA_WORDS);
const NO_FORMS = forms(RESULT_WORDS.no);
const YES_FORMS = forms(RESULT_WORDS.yes);
const PART_FORMS = forms(RESULT_WORDS.partDone);

/** The formulas' SEARCH with "?" wildcards, as a whole-text (or opening) match. */
function looseMatch(w: string, list: readonly string[], tail: string): boolean {
  return list.some((wd) => new RegExp(`^${loosePattern(foldText(wd).replace(/\//g, ' ')).replace(/\?/g, '.')}${tail}`, 'i').test(w));
}

/** w begins with one character of each class in turn, then a space (or ends there). */
function startsWith(w: string, classes: readonly string[]): boolean {
  const padded = `${w} ${'#'.repeat(classes.length)}`;
  return classes.every((cls, i) => cls.includes(padded[i]!));
}

const withWordsAfter = (w: string, classes: readonly string[]): boolean => w.length > classes.length && startsWith(w, classes);

function noOpening(w: string): boolean {
  return OPENINGS.no.some((c) => startsWith(w, c)) || OPENINGS.notYet.some((c) => withWordsAfter(w, c));
}

function noDataWords(x: string): boolean {
  return notesOk(x) && (marksNoData(x) || NO_DATA_FORMS.includes(wordsOf(x)));
}

/** A shortfall in words, as the status cell tells it. */
function shortWords(x: string): boolean {
  const w = wordsOf(x);
  return notesOk(x) && only(w, LETTER_CHARS) && (NO_FORMS.includes(w) || (!looseMatch(w, NO_DATA_WORDS, '$') && noOpening(w)));
}

// ---------------------------------------------------------------- numbers

const NUMBER = /^(\d+([.,]\d+)?|\d{1,3} \d{3})$/;
const NUMBER_NO_SPACE = /^\d+([.,]\d+)?$/;
const WHOLE_GROUPED = /^(\d+|[1-9]\d{0,2}[.,]\d{3}|\d{1,3} \d{3})$/;
const DIGITS = /^(0|[1-9]\d*)$/;

function letters(s: string, max: number, spaces: boolean): boolean {
  return s.length <= max && [...s].every((c) => (spaces && c === ' ') || c.toUpperCase() !== c.toLowerCase());
}

function readsNumber(x: string, target: Target, level: number): boolean {
  if (noDataWords(x) || shortWords(x)) return true;
  if (level >= READING_LEVELS || (level === 0 && !notesOk(x))) return false;
  const t = trim(level === 0 ? beforeNote(x) : x);
  if (t.endsWith('%')) {
    if (target.kind === 'rate' || level >= 3) return false;
    const share = trim(t.slice(0, -1).toLowerCase().replace('đạt ', ''));
    const prefixOk = !t.toLowerCase().includes('đạt ') || ['Đạt ', 'đạt ', 'ĐẠT '].includes(t.slice(0, 4));
    return NUMBER.test(share) && prefixOk;
  }
  const slash = t.indexOf('/');
  if (slash < 0) return NUMBER.test(t);
  if (level >= 2) return false;
  const a = trim(t.slice(0, slash));
  const right = trim(t.slice(slash + 1));
  if (target.kind === 'percent') return DIGITS.test(a) && DIGITS.test(right);
  const space = right.indexOf(' ');
  const b = space < 0 ? right : right.slice(0, space);
  const tail = space < 0 ? '' : right.slice(space + 1);
  if (!letters(tail, 40, true)) return false;
  if (target.kind !== 'rate') return DIGITS.test(a) && DIGITS.test(b);
  const gap = a.indexOf(' ');
  const [left, word] = gap < 0 ? [a, ''] : [a.slice(0, gap), a.slice(gap + 1)];
  return NUMBER_NO_SPACE.test(left) && WHOLE_GROUPED.test(b) && letters(word, 12, false);
}

// ---------------------------------------------------------------- yes / no

function readsYesNo(x: string): boolean {
  if (!notesOk(x)) return false;
  if (marksNoData(x)) return true;
  const w = wordsOf(x);
  if (!only(w, WORD_CHARS)) return false;
  if (NO_DATA_FORMS.includes(w) || NO_FORMS.includes(w)) return true;
  if (looseMatch(w, NO_DATA_WORDS, '$')) return false;
  if (noOpening(w)) return true;
  if (w.includes('%') && (PART_FORMS.some((f) => `${w} `.startsWith(`${f} `)) || /^\d/.test(w))) {
    const share = trim(w.replace(/%/g, '')).split(' ').pop()!;
    return w.indexOf('%') === w.length - 1 && /^\d+$/.test(share);
  }
  if (looseMatch(w, RESULT_WORDS.partDone.map(String), ' .*%')) return false;
  if (YES_FORMS.includes(w)) return true;
  return OPENINGS.yes.some((c) => withWordsAfter(w, c));
}
