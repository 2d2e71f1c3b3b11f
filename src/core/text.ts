/** Text helpers for Vietnamese cell text. */

/**
 * Tidy text as pasted from Word or PDF: Unicode NFC (PDF text often arrives
 * decomposed), no-break and zero-width spaces as plain spaces, runs of
 * whitespace (line breaks inside a cell included) collapsed, trimmed.
 */
export function tidyText(text: string): string {
  return remember(tidied, text, tidy);
}

function tidy(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b-\u200d\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Text folded for matching: lower case, Vietnamese diacritics removed (đ → d),
 * punctuation kept, whitespace collapsed. "Đơn vị tính" → "don vi tinh".
 */
export function foldText(text: string): string {
  return remember(folded, text, fold);
}

function fold(text: string): string {
  return tidyText(text)
    .toLowerCase()
    .replace(/đ/g, 'd')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}

/** Folded text with every non-alphanumeric run as one space: for keyword matching. */
export function foldWords(text: string): string {
  return remember(wordsOf, text, (t) => foldText(t).replace(/[^a-z0-9%]+/g, ' ').trim());
}

// A sheet repeats its texts (units, targets, owners, headers) and every rule asks
// for them tidied or folded again: both are kept, up to a bound.
const tidied = new Map<string, string>();
const folded = new Map<string, string>();
const wordsOf = new Map<string, string>();
const BOUND = 50_000;

function remember(cache: Map<string, string>, text: string, make: (text: string) => string): string {
  let out = cache.get(text);
  if (out === undefined) {
    out = make(text);
    if (cache.size >= BOUND) cache.clear();
    cache.set(text, out);
  }
  return out;
}

/** Joins text fragments left by a paste that broke one cell over several lines. */
export function joinFragments(first: string, next: string): string {
  const a = tidyText(first);
  const b = tidyText(next);
  if (!a) return b;
  if (!b) return a;
  // A word cut by a hyphen at a line end ("cơ sở dữ-" + "liệu") is not re-joined:
  // Vietnamese words are syllables, so a space is always right.
  return `${a} ${b}`;
}
