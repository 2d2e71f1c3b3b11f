/**
 * SpreadsheetML's escape for characters XML cannot carry (ST_Xstring): `_xHHHH_`
 * stands for the UTF-16 unit HHHH, and a text that itself reads like one is
 * written with its underscore escaped (`_x005F_x0041_` is the text "_x0041_").
 * Excel decodes these in cell text, shared strings and formulas, so the reader
 * decodes them and the writer encodes what would otherwise be decoded.
 */

/** Characters XML 1.0 forbids or a parser would change: controls, CR (read back as LF), U+FFFE/U+FFFF. */
const UNSAFE = /[\x00-\x08\x0B\x0C\x0D\x0E-\x1F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ESCAPE_LIKE = /_(x[0-9A-Fa-f]{4}_)/g;

/** True when `encodeXstring` would change the text (a quick test for the common case). */
export function needsXstring(text: string): boolean {
  return /[\x00-\x08\x0B-\x1F\uFFFE\uFFFF\uD800-\uDFFF]|_x[0-9A-Fa-f]{4}_/.test(text);
}

/** The text as Excel writes it: a literal "_x0041_" as "_x005F_x0041_", a CR as "_x000D_"; lone surrogates become U+FFFD. */
export function encodeXstring(text: string): string {
  if (!needsXstring(text)) return text;
  return text
    .replace(ESCAPE_LIKE, '_x005F_$1')
    .replace(UNSAFE, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`)
    .replace(LONE_SURROGATE, '\uFFFD');
}

/** The text Excel shows for what the file holds: each `_xHHHH_` is its character, read left to right. */
export function decodeXstring(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
