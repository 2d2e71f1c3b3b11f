import { append, maxOf } from '../core/arrays';

/** A plain-text table for the terminal; wide columns are clipped with "…". */
export function textTable(head: string[], rows: string[][], maxWidth: number[] = []): string {
  const clip = (s: string, i: number): string => {
    const max = maxWidth[i];
    const one = s.replace(/\s+/g, ' ');
    return max && [...one].length > max ? `${[...one].slice(0, max - 1).join('')}…` : one;
  };
  const cells = [head.map(clip)];
  append(cells, rows.map((r) => r.map(clip)));
  const widths = head.map((_, i) => maxOf(cells.map((r) => [...(r[i] ?? '')].length)));
  const line = (r: string[]): string => r.map((c, i) => c + ' '.repeat(widths[i]! - [...c].length)).join('  ').trimEnd();
  return [line(cells[0]!), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
