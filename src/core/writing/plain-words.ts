/**
 * The letters and word lists plain status formulas match results against (the
 * core's RESULT_WORDS as written and without diacritics), shared by the
 * formulas (plain-formulas.ts) and by the check of what they leave unread
 * (plain-limits.ts).
 */
import { RESULT_WORDS } from '../status/read-actual';
import { foldText } from '../text';

export const A = 'aàáảãạăằắẳẵặâầấẩẫậ';
const E = 'eèéẻẽẹêềếểễệ';
const I = 'iìíỉĩị';
export const O = 'oòóỏõọôồốổỗộơờớởỡợ';
export const U = 'uùúủũụưừứửữự';
const Y = 'yỳýỷỹỵ';
export const D = 'dđ';
/** Lower-case Vietnamese and Latin letters, space and %: what a shortfall in words may hold (no digit). */
export const LETTER_CHARS = [...new Set([...'abcdefghijklmnopqrstuvwxyz', ...A, ...E, ...I, ...O, ...U, ...Y, 'đ', ' ', '%'])];
/** Characters a word result may hold once the marks below are spaces: the letters above, digits, and the ticks of RESULT_WORDS.yes. */
export const WORD_CHARS = [...LETTER_CHARS, ...'0123456789', '✓', '✔'];
/** Marks read as spaces in a result's words (the core reads every mark so; these are the ones the formulas know). */
export const WORD_MARKS = ['.', ',', '/', '*'];
const CLASS: Record<string, string> = { a: A, e: E, i: I, o: O, u: U, y: Y, d: D };
export const chars = (s: string): string[] => [...s];

/** A folded word as a wildcard pattern: every letter that folds from several ("a" from "ạ", "d" from "đ") becomes "?". */
export function loosePattern(folded: string): string {
  return [...folded].map((ch) => (CLASS[ch] ? '?' : ch)).join('');
}

/** The written forms of a word, in lower case: as listed and without diacritics, "/" as a space. */
export function forms(words: readonly string[]): string[] {
  return [...new Set(words.flatMap((w) => [w.toLowerCase(), foldText(w)]).map((f) => f.replace(/\//g, ' ')))];
}

/** The no-data words that have letters ("N/A", "Chưa có số liệu"); "-", "…" are matched as marks. */
export const NO_DATA_WORDS = RESULT_WORDS.noData.filter((wd) => foldText(wd).replace(/[^a-z0-9%]+/g, ' ').trim() !== '');

/** A word's letters as classes of the letters that fold to each ("chưa" → c, h, u-letters, a-letters), then a space. */
export function openingClasses(word: string): string[] {
  return [...[...foldText(word)].map((ch) => CLASS[ch] ?? ch), ' '];
}

/** Openings of RESULT_WORDS as letter classes: "not (yet)" alone or with words after; "not yet" and "done" with words after. */
export const OPENINGS = {
  no: RESULT_WORDS.noOpening.map(openingClasses),
  notYet: RESULT_WORDS.notYetOpening.map(openingClasses),
  yes: RESULT_WORDS.yesOpening.map(openingClasses),
};
