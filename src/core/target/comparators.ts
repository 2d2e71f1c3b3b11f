import type { Op } from './types';

/**
 * Comparison words (folded: no diacritics, lower case). "Phấn đấu", its common
 * typo "Phần đầu" and "Phân đấu" all fold to "phan dau". "Đạt" alone asks for at
 * least the number that follows.
 */
const WORDS: ReadonlyArray<readonly [string, Op]> = [
  ['≥', '>='],
  ['>=', '>='],
  ['=>', '>='],
  ['toi thieu', '>='],
  ['it nhat', '>='],
  ['khong thap hon', '>='],
  ['khong duoi', '>='],
  ['khong it hon', '>='],
  ['tro len', '>='],
  ['phan dau', '>='],
  ['dat', '>='],
  ['>', '>'],
  ['tren', '>'],
  ['hon', '>'],
  ['cao hon', '>'],
  ['lon hon', '>'],
  ['vuot', '>'],
  ['≤', '<='],
  ['<=', '<='],
  ['=<', '<='],
  ['khong qua', '<='],
  ['khong vuot qua', '<='],
  ['khong cao hon', '<='],
  ['khong lon hon', '<='],
  ['toi da', '<='],
  ['tro xuong', '<='],
  ['<', '<'],
  ['duoi', '<'],
  ['thap hon', '<'],
  ['it hon', '<'],
  ['nho hon', '<'],
];

interface Found {
  start: number;
  end: number;
  op: Op;
  word: string;
}

function findAll(folded: string): Found[] {
  const found: Found[] = [];
  for (const [word, op] of WORDS) {
    const symbolic = !/[a-z]/.test(word);
    let from = 0;
    for (;;) {
      const at = folded.indexOf(word, from);
      if (at < 0) break;
      const end = at + word.length;
      const okStart = symbolic || at === 0 || !/[a-z0-9]/.test(folded.charAt(at - 1));
      const okEnd = symbolic || end === folded.length || !/[a-z0-9]/.test(folded.charAt(end));
      if (okStart && okEnd) found.push({ start: at, end, op, word });
      from = at + 1;
    }
  }
  // A word inside a longer one ("duoi" in "khong duoi", ">" in ">=") does not count.
  return found.filter(
    (f) => !found.some((g) => g !== f && g.start <= f.start && g.end >= f.end && g.end - g.start > f.end - f.start),
  );
}

/** The comparison asked for by the words before a number: the nearest one wins. */
export function opBefore(foldedPrefix: string): Op | null {
  const found = findAll(foldedPrefix);
  if (found.length === 0) return null;
  found.sort((a, b) => b.end - a.end || b.end - b.start - (a.end - a.start));
  return found[0]!.op;
}

/** "70% trở lên", "5 lần trở xuống": a comparison right after the number. */
export function opAfter(foldedSuffix: string): Op | null {
  const m = /^\s*(?:[a-z]+\s+)?(tro len|tro xuong)(?![a-z])/.exec(foldedSuffix);
  if (!m) return null;
  return m[1] === 'tro len' ? '>=' : '<=';
}

/** True when the words say the target is an upper bound ("không quá", "dưới"). */
export function isUpperWord(op: Op | null): boolean {
  return op === '<=' || op === '<';
}
