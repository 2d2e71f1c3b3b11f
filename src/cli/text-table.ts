import { append, maxOf } from '../core/arrays';

/** A plain-text table for the terminal; wide columns are clipped with "…". */
export function textTable(head: string[], rows: string[][], maxWidth: number[] = []): string {
  const clip = (s: string, i: number): string => {
    const max = maxWidth[i];
    const one = s.replace(/\s+/g, ' ');
    return max && codePoints(one) > max ? `${[...one].slice(0, max - 1).join('')}…` : one;
  };
  const cells = [head.map(clip)];
  append(cells, rows.map((r) => r.map(clip)));
  const lengths = cells.map((r) => r.map(codePoints));
  const widths = head.map((_, i) => maxOf(lengths.map((r) => r[i] ?? 0)));
  const line = (r: string[], k: number): string => r.map((c, i) => c + ' '.repeat(widths[i]! - lengths[k]![i]!)).join('  ').trimEnd();
  return [line(cells[0]!, 0), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.slice(1).map((r, k) => line(r, k + 1))].join('\n');
}

/** Characters as the terminal counts them (a surrogate pair is one), without making an array of them. */
function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) n--;
  }
  return n;
}
