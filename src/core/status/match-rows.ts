/**
 * Pairs the rows of one table on two month sheets (last month's copy and this
 * month's), one to one: by section, id and name first; then id and name; then a
 * name met once; then a name changed a little (a word fixed, a note added).
 * Ids restart at 01 in each section, and the same name can stand in two sections
 * ("I. Khối Đảng", "II. Khối chính quyền"), so neither alone is enough.
 */
import type { Indicator } from '../model';
import { foldWords } from '../text';

export function matchRows(current: readonly Indicator[], previous: readonly Indicator[]): Map<Indicator, Indicator> {
  const pairs = new Map<Indicator, Indicator>();
  const taken = new Set<Indicator>();
  const name = memo((i: Indicator) => foldWords(i.name));
  const id = (i: Indicator): string => (i.id ?? '').trim().replace(/\.$/, '');
  const group = (i: Indicator): string => foldWords(i.group ?? '');

  /** Rows with equal keys are paired: in order when `inOrder`, else only when the key is met once on each side. */
  const byKey = (key: (i: Indicator) => string, inOrder: boolean): void => {
    const left = groupBy(current.filter((a) => !pairs.has(a)), key);
    const right = groupBy(previous.filter((b) => !taken.has(b)), key);
    for (const [k, as] of left) {
      const bs = right.get(k);
      if (!bs || (!inOrder && (as.length > 1 || bs.length > 1))) continue;
      for (let i = 0; i < Math.min(as.length, bs.length); i++) {
        pairs.set(as[i]!, bs[i]!);
        taken.add(bs[i]!);
      }
    }
  };
  /** The rows left: paired when each is the other's only close enough match. */
  const byLikeness = (close: (a: Indicator, b: Indicator) => boolean): void => {
    const as = current.filter((a) => !pairs.has(a));
    const bs = previous.filter((b) => !taken.has(b));
    for (const a of as) {
      const found = bs.filter((b) => !taken.has(b) && close(a, b));
      if (found.length !== 1 || as.filter((c) => !pairs.has(c) && close(c, found[0]!)).length !== 1) continue;
      pairs.set(a, found[0]!);
      taken.add(found[0]!);
    }
  };
  byKey((i) => `${group(i)}\u0000${id(i)}\u0000${name(i)}`, true);
  byKey((i) => `${id(i)}\u0000${name(i)}`, false);
  byKey((i) => `${group(i)}\u0000${name(i)}`, false);
  byKey(name, false);
  byLikeness((a, b) => group(a) === group(b) && id(a) !== '' && id(a) === id(b) && similar(name(a), name(b)) >= 0.6);
  byLikeness((a, b) => similar(name(a), name(b)) >= 0.75);
  return pairs;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/** Share of words two names have in common (Jaccard): 1 for the same words, 0 for none. */
export function similar(a: string, b: string): number {
  const wa = new Set(a.split(' ').filter(Boolean));
  const wb = new Set(b.split(' ').filter(Boolean));
  if (wa.size === 0 || wb.size === 0) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return common / (wa.size + wb.size - common);
}

function memo<A extends object, R>(fn: (a: A) => R): (a: A) => R {
  const cache = new WeakMap<A, R>();
  return (a) => {
    let r = cache.get(a);
    if (r === undefined) {
      r = fn(a);
      cache.set(a, r);
    }
    return r;
  };
}
