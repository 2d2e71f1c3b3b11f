/**
 * Unicode letter classes, each written once. The page's build spells every
 * \p{…} out as character ranges (EdgeHTML 18 lacks them, see
 * tools/es2017-loader.js), 5–10 KB each: patterns built from these share one
 * copy instead of carrying their own. Each is a class's inside, to go in […].
 */
const inside = (cls: RegExp): string => cls.source.slice(1, -1);

export const LETTER = inside(/[\p{L}]/u);
export const UPPER = inside(/[\p{Lu}]/u);
export const LOWER = inside(/[\p{Ll}]/u);
export const MARK = inside(/[\p{M}]/u);

const STARTS_UPPER = new RegExp(`^[${UPPER}]`, 'u');
const STARTS_LOWER = new RegExp(`^[${LOWER}]`, 'u');
const TWO_LETTERS = new RegExp(`[${LETTER}]{2}`, 'u');

/** Starts with a capital letter ("Lộc", "Đ…"; not "lộc", "1", "("). */
export const startsUpper = (text: string): boolean => STARTS_UPPER.test(text);
/** Starts with a small letter: a line that goes on mid-sentence. */
export const startsLower = (text: string): boolean => STARTS_LOWER.test(text);
/** Holds two letters in a row (a word, not "1", "-" or "(a)"). */
export const hasTwoLetters = (text: string): boolean => TWO_LETTERS.test(text);
