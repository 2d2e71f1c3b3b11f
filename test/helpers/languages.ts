/**
 * Telling a Vietnamese sentence from an English one in what the product prints.
 * User data (sheet names, indicator texts, what a user typed) may be Vietnamese in an
 * English message: messages quote it, so quoted parts are left out before looking.
 */

const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;

/** The text with every "…"-quoted part (straight or curly quotes) taken out. */
export function withoutQuoted(text: string): string {
  return text.replace(/"[^"\n]*"/g, '""').replace(/“[^”\n]*”/g, '""');
}

/** The words with Vietnamese letters outside quoted parts (empty for an English sentence). */
export function vietnameseWords(text: string): string[] {
  return withoutQuoted(text)
    .split(/[\s,.;:()[\]!?/]+/u)
    .filter((w) => VIETNAMESE_LETTER.test(w));
}

// Words a Vietnamese sentence never needs, that every English sentence of some length has.
const ENGLISH_WORDS = /\b(the|is|are|was|not|cannot|and|or|of|to|in|with|has|no|this|that|be|must|use|write|run)\b/gi;

/** The English function words outside quoted parts (empty for a Vietnamese sentence). */
export function englishWords(text: string): string[] {
  return withoutQuoted(text).match(ENGLISH_WORDS) ?? [];
}
