/**
 * Folding that keeps every character at its place, so a match found in the folded
 * text can be cut from the original: "Đạt tối thiểu" → "dat toi thieu".
 */
export function foldAligned(text: string): string {
  let out = '';
  for (const ch of text) {
    out += foldChar(ch);
  }
  return out;
}

const cache = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = cache.get(ch);
  if (folded === undefined) {
    const lower = ch.toLowerCase();
    const base = lower === 'đ' ? 'd' : lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    // Keep the length: one UTF-16 unit in, one out (astral characters are rare here).
    folded = base.length === ch.length ? base : ch.length === 1 ? base.charAt(0) || ch : ch;
    cache.set(ch, folded);
  }
  return folded;
}
