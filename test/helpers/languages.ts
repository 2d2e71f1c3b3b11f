/**
 * Telling a Vietnamese sentence from an English one in what the product prints.
 * User data (sheet names, indicator texts, what a user typed) may be Vietnamese in an
 * English message: messages quote it, so quoted parts are left out before looking.
 */

const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;

/** The text with every "…"-quoted part (straight or curly quotes), --option and "dti <command>" taken out. */
export function withoutQuoted(text: string): string {
  return text
    .replace(/"[^"\n]*"/g, '""')
    .replace(/“[^”\n]*”/g, '""')
    .replace(/--[a-z-]+/g, ' ')
    .replace(/\bdti(?: help)? [a-z-]+/g, ' ');
}

/** The words with Vietnamese letters outside quoted parts (empty for an English sentence). */
export function vietnameseWords(text: string): string[] {
  return withoutQuoted(text)
    .split(/[\s,.;:()[\]!?/]+/u)
    .filter((w) => VIETNAMESE_LETTER.test(w));
}

// English words no Vietnamese sentence has (not "to", "in", "an", "so", "do", "hay": Vietnamese words too),
// the grammar words of any English sentence and the nouns and verbs of dti's and zod's messages.
const ENGLISH_WORDS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(the|is|are|was|were|been|not|cannot|and|or|of|with|has|have|no|this|that|there|which|when|will|be|must|should|` +
    String.raw`use|write|written|run|read|open|found|missing|invalid|expected|received|saved|mapping|file|sheet|error|input|output|` +
    String.raw`record|damaged|month|target|value|number|cell|row|column|string|boolean|from|for|by|at|it)(?![\p{L}\p{N}])`,
  'giu',
);

/** The English function words outside quoted parts (empty for a Vietnamese sentence). */
export function englishWords(text: string): string[] {
  return withoutQuoted(text).match(ENGLISH_WORDS) ?? [];
}
