import type { CellValue } from '../grid';
import { isErrorValue } from '../grid';
import { parseTarget } from '../target/parse-target';
import type { TargetParse } from '../target/types';

/**
 * Parsing a target text is the slow part of every function. A column of ten
 * thousand formulas usually repeats a handful of target texts, so parses are kept
 * in a map keyed by the value (with its type) and the unit, and the map is emptied
 * when it reaches its bound: memory stays flat on a sheet with many distinct texts.
 */
export const TARGET_CACHE_LIMIT = 5000;

const cache = new Map<string, TargetParse>();
let parses = 0;

function keyOf(value: CellValue, unit: string | undefined): string {
  const u = unit ?? '';
  if (value === null) return `e|${u}`;
  if (isErrorValue(value)) return `x${value.error}|${u}`;
  return `${typeof value === 'string' ? 's' : typeof value === 'number' ? 'n' : 'b'}${String(value)}|${u}`;
}

/** parseTarget(value, { unit }), parsed once per distinct value and unit. */
export function cachedTarget(value: CellValue, unit: string | undefined): TargetParse {
  const key = keyOf(value, unit);
  let parsed = cache.get(key);
  if (parsed === undefined) {
    parsed = parseTarget(value, unit === undefined ? {} : { unit });
    parses += 1;
    if (cache.size >= TARGET_CACHE_LIMIT) cache.clear();
    cache.set(key, parsed);
  }
  return parsed;
}

/** How many parses ran and how many are kept: for tests and the benchmark. */
export function targetCacheStats(): { parses: number; size: number } {
  return { parses, size: cache.size };
}

export function clearTargetCache(): void {
  cache.clear();
  parses = 0;
}
