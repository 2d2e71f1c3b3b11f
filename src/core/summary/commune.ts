import type { Grid } from '../grid';

// Not case-insensitive: a name is Capitalised words ("Lộc Tấn"), not "XÃ CHỦ TRÌ" in a heading.
const COMMUNE = /(?:^|[^\p{L}])(xã|Xã|XÃ|phường|Phường|PHƯỜNG|thị trấn|Thị trấn)\s+(\p{Lu}[\p{Ll}\p{M}]+(?:\s+\p{Lu}[\p{Ll}\p{M}]+){0,3})/gu;

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
