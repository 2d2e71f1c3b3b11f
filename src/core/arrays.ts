/**
 * Array helpers safe for data-sized arrays: spreading a list into arguments
 * (`push(...list)`, `Math.max(...list)`) overflows the call stack past ~120,000
 * items, and plans can have hundreds of thousands of rows.
 */

export function append<T>(to: T[], items: Iterable<T>): T[] {
  for (const item of items) to.push(item);
  return to;
}

export function maxOf(values: Iterable<number>, empty = 0): number {
  let max = -Infinity;
  for (const v of values) if (v > max) max = v;
  return max === -Infinity ? empty : max;
}

export function minOf(values: Iterable<number>, empty = 0): number {
  let min = Infinity;
  for (const v of values) if (v < min) min = v;
  return min === Infinity ? empty : min;
}
