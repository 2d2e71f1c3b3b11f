/**
 * What a column holds under its header, for deciding between meanings the
 * header words leave open: targets are short and read as thresholds ("80%",
 * "Trên 70% …", "Đạt"); indicator names are long descriptive text.
 */
import { type Grid, cellAt, isBlankValue } from '../grid';
import { parseTargetText } from '../target/parse-target';
import { tidyText } from '../text';

export interface ColumnProfile {
  /** Non-empty cells looked at. */
  filled: number;
  /** Share of them that read as a threshold (a number, a share, a count, a rate, a yes/no). */
  targetShare: number;
  /** Share of them that are long descriptive text (six words or more, not a threshold). */
  longTextShare: number;
}

/** Rows looked at under a header: enough to tell, few enough to stay cheap on long plans. */
const SAMPLE_ROWS = 80;

export function profileColumns(grid: Grid, fromRow: number, cols: readonly number[]): Map<number, ColumnProfile> {
  const out = new Map<number, ColumnProfile>();
  const last = Math.min(grid.rows.length, fromRow + SAMPLE_ROWS);
  for (const col of cols) {
    let filled = 0;
    let target = 0;
    let long = 0;
    for (let row = fromRow; row < last; row++) {
      const value = cellAt(grid, row, col).value;
      if (isBlankValue(value)) continue;
      filled++;
      if (typeof value === 'number') {
        target++;
        continue;
      }
      if (typeof value !== 'string') continue;
      const kind = readsAsThreshold(value);
      if (kind) target++;
      else if (tidyText(value).split(' ').length >= 6) long++;
    }
    out.set(col, { filled, targetShare: filled ? target / filled : 0, longTextShare: filled ? long / filled : 0 });
  }
  return out;
}

/** A threshold written near the start of the text ("Trên 70% người dân …"), not one buried in a name. */
function readsAsThreshold(raw: string): boolean {
  const text = tidyText(raw);
  const parsed = parseTargetText(text);
  if (!parsed.ok || parsed.kind === 'qualitative') return false;
  return parsed.kind === 'boolean' || /[\d≥≤<>]/.test(text.slice(0, 25));
}
