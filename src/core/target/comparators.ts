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
  // "Tăng lên 80%", "Nâng lên 80%": the level to reach; "Giảm (xuống) còn 5%": the level not to exceed.
  ['tang len', '>='],
  ['nang len', '>='],
  ['giam con', '<='],
  ['giam xuong', '<='],
  ['giam xuong con', '<='],
  ['xuong con', '<='],
  ['ha xuong', '<='],
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

/** A letter word must stand alone ("dat" not in "dathang"); a symbol ("≥", "<=") need not. */
const SYMBOLIC: ReadonlyArray<boolean> = WORDS.map(([word]) => !/[a-z]/.test(word));

function isWordChar(ch: string): boolean {
  return /[a-z0-9]/.test(ch);
}

/** True when word `index` ends exactly at `end` in `folded`, standing alone if it is made of letters. */
function endsAt(folded: string, end: number, index: number): boolean {
  const [word] = WORDS[index]!;
  const start = end - word.length;
  if (start < 0 || !folded.startsWith(word, start)) return false;
  if (SYMBOLIC[index]) return true;
  return (start === 0 || !isWordChar(folded.charAt(start - 1))) && (end === folded.length || !isWordChar(folded.charAt(end)));
}

/**
 * The comparison asked for by the words before a number. The nearest word wins, and
 * among words ending at the same place the longest ("khong duoi" over "duoi", "=>"
 * over ">"), so a word inside a longer one never counts.
 *
 * Walks back from the end and stops where the first word ends: linear in the text
 * (at most WORDS × word length comparisons per character) whatever the text holds.
 * An earlier version collected every match and compared them pairwise, which took
 * seconds on a cell of 32,767 "≥".
 */
export function opBefore(foldedPrefix: string): Op | null {
  for (let end = foldedPrefix.length; end > 0; end--) {
    let best = -1;
    for (let i = 0; i < WORDS.length; i++) {
      if (endsAt(foldedPrefix, end, i) && (best < 0 || WORDS[i]![0].length > WORDS[best]![0].length)) best = i;
    }
    if (best >= 0) return WORDS[best]![1];
  }
  return null;
}

/** "70% trở lên", "5 lần trở xuống": a comparison right after the number. */
export function opAfter(foldedSuffix: string): Op | null {
  const m = /^\s*(?:[a-z]+\s+)?(tro len|tro xuong)(?![a-z])/.exec(foldedSuffix);
  if (!m) return null;
  return m[1] === 'tro len' ? '>=' : '<=';
}
