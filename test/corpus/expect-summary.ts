/**
 * The corpus's one check: `dti summary FILE --month M --json`, as a user runs it,
 * gives every indicator's status, gap and change as written by hand, in order,
 * and lists no indicator twice.
 */
import { dti } from '../helpers/run-dti';

/** One expected row: id, start of the name, status, gap and change (fractions for shares; null when none). */
export type Row = [id: string | null, name: string, status: string, gap: number | null, change: number | null];

interface JsonRow {
  sheet: string;
  id: string | null;
  name: string;
  status: string;
  gap: number | null;
  change: number | null;
  actual: unknown;
  previous: unknown;
}

export async function summaryJson(file: string, month: string): Promise<{ indicators: JsonRow[]; problems: Array<{ code: string; cell: string; sheet: string }> }> {
  const run = await dti('summary', file, '--month', month, '--json');
  if (run.code !== 0) throw new Error(`dti summary exited ${run.code}: ${run.err}`);
  return JSON.parse(run.out);
}

const round = (n: number | null): number | null => (n === null ? null : Math.round(n * 1e6) / 1e6);

export async function expectSummary(file: string, month: string, rows: Row[]): Promise<JsonRow[]> {
  const { indicators } = await summaryJson(file, month);
  const seen = indicators.map((i) => [i.id, i.name.slice(0, rows.find((r) => i.name.startsWith(r[1]))?.[1].length ?? 30), i.status, round(i.gap), round(i.change)]);
  expect(seen).toEqual(rows.map((r) => [r[0], r[1], r[2], round(r[3]), round(r[4])]));
  // The same indicator read from two sheets would repeat its section, id and name (ids alone restart per section).
  const keys = indicators.map((i) => `${(i as unknown as { group: string | null }).group}|${i.id}|${i.name}`);
  expect(new Set(keys).size).toBe(keys.length);
  return indicators;
}
