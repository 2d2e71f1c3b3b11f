/**
 * How much room text set in Times New Roman takes, for planning a printed
 * document's row heights: no host grows a row for wrapped text in a merged
 * cell, and a file's rows have no height until one is written. The advance
 * widths are those of Times (Liberation Serif, which LibreOffice uses in its
 * place, has the same metrics), in thousandths of an em; a Vietnamese letter
 * is as wide as its base letter (ư and ơ a little wider). Estimates lean long:
 * a row a little too tall shows space, one too short hides a line on paper.
 */

const REGULAR: Record<string, number> = widths(
  ' 250 ! 333 " 408 # 500 $ 500 % 833 & 778 \' 180 ( 333 ) 333 * 500 + 564 , 250 - 333 . 250 / 278 : 278 ; 278 < 564 = 564 > 564 ? 444 @ 921 [ 333 ] 333 _ 500 ' +
    'A 722 B 667 C 667 D 722 E 611 F 556 G 722 H 722 I 333 J 389 K 722 L 611 M 889 N 722 O 722 P 556 Q 722 R 667 S 556 T 611 U 722 V 722 W 944 X 722 Y 722 Z 611 ' +
    'a 444 b 500 c 444 d 500 e 444 f 333 g 500 h 500 i 278 j 278 k 500 l 278 m 778 n 500 o 500 p 500 q 500 r 333 s 389 t 278 u 500 v 500 w 722 x 500 y 500 z 444',
);

const BOLD: Record<string, number> = widths(
  ' 250 ! 333 " 555 # 500 $ 500 % 1000 & 833 \' 278 ( 333 ) 333 * 500 + 570 , 250 - 333 . 250 / 278 : 333 ; 333 < 570 = 570 > 570 ? 500 @ 930 [ 333 ] 333 _ 500 ' +
    'A 722 B 667 C 722 D 722 E 667 F 611 G 778 H 778 I 389 J 500 K 778 L 667 M 944 N 722 O 778 P 611 Q 778 R 722 S 556 T 667 U 722 V 722 W 1000 X 722 Y 722 Z 667 ' +
    'a 500 b 556 c 444 d 556 e 444 f 333 g 500 h 556 i 278 j 333 k 556 l 278 m 833 n 556 o 500 p 556 q 556 r 444 s 389 t 333 u 556 v 500 w 722 x 500 y 500 z 444',
);

function widths(list: string): Record<string, number> {
  const out: Record<string, number> = {};
  const parts = list.split(' ');
  // The list starts with the space itself: "␠250" splits into "", "250".
  out[' '] = Number(parts[1]);
  for (let i = 2; i + 1 < parts.length; i += 2) out[parts[i]!] = Number(parts[i + 1]);
  for (let d = 0; d <= 9; d++) out[String(d)] = 500;
  return out;
}

/** The width of one character in ems. */
function charWidth(ch: string, bold: boolean): number {
  const known = (bold ? BOLD : REGULAR)[ch];
  if (known !== undefined) return known / 1000;
  const others = bold ? BOLD_OTHERS : REGULAR_OTHERS;
  let width = others.get(ch);
  if (width === undefined) {
    width = otherWidth(ch, bold ? BOLD : REGULAR);
    others.set(ch, width);
  }
  return width;
}

/** Widths of characters outside the tables (Vietnamese letters, symbols), worked out once each. */
const REGULAR_OTHERS = new Map<string, number>();
const BOLD_OTHERS = new Map<string, number>();

function otherWidth(ch: string, table: Record<string, number>): number {
  if (ch === 'đ') return table.d! / 1000;
  if (ch === 'Đ') return table.D! / 1000;
  if (ch === '\u00a0') return table[' ']! / 1000;
  const parts = ch.normalize('NFD');
  const width = table[parts.charAt(0)];
  // ư and ơ: the horn (U+031B) sticks out to the right.
  if (width !== undefined) return (width / 1000) * (parts.includes('\u031b') ? 1.1 : 1);
  // Dashes, quotes, symbols: about as wide as a capital.
  return (ch === '–' ? 500 : ch === '—' ? 1000 : 700) / 1000;
}

/** Width of a line of text in points at `size` points. */
export function textWidth(text: string, size: number, bold = false): number {
  let ems = 0;
  for (const ch of text.normalize('NFC')) ems += charWidth(ch, bold);
  return ems * size;
}

/**
 * Widths of words in ems: a report of 10,000 indicators wraps the same few
 * thousand words over and over. Emptied when full, so memory stays flat.
 */
const REGULAR_WORDS = new Map<string, number>();
const BOLD_WORDS = new Map<string, number>();
const WORDS_LIMIT = 20_000;

function wordEms(word: string, bold: boolean): number {
  const words = bold ? BOLD_WORDS : REGULAR_WORDS;
  let ems = words.get(word);
  if (ems === undefined) {
    ems = textWidth(word, 1, bold);
    if (words.size >= WORDS_LIMIT) words.clear();
    words.set(word, ems);
  }
  return ems;
}

/** A cell's text lines once wrapped inside `width` points (Excel and LibreOffice break at spaces; a word too long breaks anywhere). */
export function wrappedLines(text: string, width: number, size: number, bold = false): number {
  // Cell padding: about 1.5 pt on each side in Excel and LibreOffice, and a point to spare.
  const room = Math.max(size, width - 4);
  const spaceWidth = textWidth(' ', size, bold);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let line = 0;
    let count = 1;
    for (const word of paragraph.split(' ')) {
      const w = wordEms(word, bold) * size;
      const space = line === 0 ? 0 : spaceWidth;
      if (line > 0 && line + space + w > room) {
        count += 1;
        line = 0;
      }
      line += (line === 0 ? 0 : space) + w;
      while (line > room) {
        count += 1;
        line -= room;
      }
    }
    lines += count;
  }
  return lines;
}

/**
 * The height of a row holding `lines` lines of text at `size` points: Excel
 * and LibreOffice set Times New Roman lines about 1.15 × the size apart, and
 * pad the cell by a point or two.
 */
export function rowHeight(lines: number, size: number): number {
  return Math.ceil((lines * size * 1.17 + 3) * 4) / 4;
}

/** Excel's largest row height. */
export const MAX_ROW_HEIGHT = 409;
