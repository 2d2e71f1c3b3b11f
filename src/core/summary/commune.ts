import type { Grid } from '../grid';
import type { Snapshot } from '../workbook/snapshot';
import { LETTER, LOWER, MARK, UPPER } from '../letters';

// Not case-insensitive: a name is Capitalised words ("Lộc Tấn"), not "XÃ CHỦ TRÌ" in a heading.
const NAME_WORD = `[${UPPER}][${LOWER}${MARK}]+`;
const COMMUNE = new RegExp(String.raw`(?:^|[^${LETTER}])(xã|Xã|XÃ|phường|Phường|PHƯỜNG|thị trấn|Thị trấn)\s+(${NAME_WORD}(?:\s+${NAME_WORD}){0,3})`, 'gu');

/** A cheap test before the full pattern: most cells name no commune. */
const MAY_NAME = /xã|Xã|XÃ|phường|Phường|PHƯỜNG|thị trấn|Thị trấn/u;

/**
 * The commune a workbook speaks of ("UBND xã Lộc Tấn" → "xã Lộc Tấn"): the most
 * frequent capitalised name after "xã"/"phường"/"thị trấn", or null.
 */
export function findCommune(grids: Grid[]): string | null {
  const counts = new Map<string, number>();
  for (const grid of grids) {
    for (const row of grid.rows) {
      for (const cell of row) {
        if (typeof cell.value !== 'string' || cell.value.length > 2000 || !MAY_NAME.test(cell.value)) continue;
        for (const m of cell.value.matchAll(COMMUNE)) {
          const name = `${m[1]!.toLowerCase()} ${m[2]!.trim()}`;
          counts.set(name, (counts.get(name) ?? 0) + 1);
        }
      }
    }
  }
  let best: string | null = null;
  let most = 0;
  for (const [name, n] of counts) {
    if (n > most) {
      best = name;
      most = n;
    }
  }
  return best;
}

/** The commune for the summary's header: saved in the mapping, else found in the sheets; asked when neither. */
export interface CommuneChoice {
  saved: string | null;
  found: string | null;
  /** Neither saved nor found: the task pane asks (once: the answer is saved in the mapping). */
  ask: boolean;
}

export function communeChoice(snapshot: Pick<Snapshot, 'mapping' | 'grids'>): CommuneChoice {
  const saved = snapshot.mapping?.commune?.trim() || null;
  const found = saved ? null : findCommune(snapshot.grids);
  return { saved, found, ask: saved === null && found === null };
}
