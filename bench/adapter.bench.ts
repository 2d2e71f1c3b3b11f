/**
 * Round trips to Excel (syncs) of the Office.js adapter, counted on the fake
 * Excel (kit/fake-excel) for each operation of the workbook port (read and check,
 * save the mapping, read it, write the status columns, write the monthly summary)
 * on a realistic plan of 12 months (18 columns, kit/plans/large-plan) of 1,000,
 * 2,000 and 10,000 indicators. Every button of the pane re-reads the workbook
 * before it writes (the read, 2 syncs), then writes: a click is that read plus
 * the write, printed for the mapping as information. Goal: at most 2 syncs per
 * operation up to 2,000 indicators;
 * beyond that one more per 4 MB of payload (what is sent and what comes back),
 * so never unbounded. Each operation prints PASS or FAIL with its syncs ÷ the
 * syncs allowed. Counts, not times: no pairs needed, the fake counts exactly.
 * Run: npx tsx bench/adapter.bench.ts
 */
import { OfficeWorkbook } from '../src/excel/office-workbook';
import { prepareStatusColumns } from '../src/core/workbook/actions';
import { prepareSummary } from '../src/core/workbook/summary-action';
import { NO_PROGRESS, saveMapping } from '../src/taskpane/commands';
import { mappingWithDrafts } from '../src/core/mapping/mapping-draft';
import { loadSnapshot } from '../src/ports/load-snapshot';
import { columnLetters } from '../src/core/grid';
import { createFakeHost } from '../kit/fake-excel/fake-excel';
import { largePlanWorkbook } from '../kit/fake-excel/large-plan-workbook';
import { FIRST_MONTH_COLUMN, PLAN_SHEET } from '../kit/plans/large-plan';
import { runBench } from './paired';

const SIZES = [1_000, 2_000, 10_000];
export const FLAT_UP_TO = 2_000;
export const BASE_SYNCS = 2;
export const PAYLOAD_PER_SYNC = 4_000_000;
const NOV = { year: 2026, month: 11 };

interface Counted {
  operation: string;
  syncs: number;
  payload: number;
  allowed: number;
}

/** The syncs an operation may take on a plan of `indicators` rows that moved `payload` bytes. */
export function allowedSyncs(indicators: number, payload: number): number {
  return indicators <= FLAT_UP_TO ? BASE_SYNCS : BASE_SYNCS + Math.ceil(payload / PAYLOAD_PER_SYNC);
}

async function run(indicators: number): Promise<Counted[]> {
  const workbook = largePlanWorkbook(indicators);
  const port = new OfficeWorkbook(createFakeHost(workbook));
  const out: Counted[] = [];
  const count = async <T>(operation: string, fn: () => Promise<T>): Promise<T> => {
    workbook.syncs = 0;
    workbook.requests = [];
    workbook.responses = [];
    const result = await fn();
    const payload = [...workbook.requests, ...workbook.responses].reduce((a, b) => a + b, 0);
    out.push({ operation, syncs: workbook.syncs, payload, allowed: allowedSyncs(indicators, payload) });
    return result;
  };
  const snapshot = await count('read and check', () => loadSnapshot(port));
  const table = snapshot.analysis.tables[0]!;
  const november = columnLetters(FIRST_MONTH_COLUMN + NOV.month - 1);
  const draft = { headerTop: table.headerTop, headerBottom: table.headerBottom, columns: { id: 'A', name: 'B', unit: 'C', target: 'D', owner: 'E' }, months: [{ column: november, year: NOV.year, month: NOV.month }] };
  // The pane's button re-reads the workbook first, as before every write (the read above), then writes:
  // the click is printed for information, the port's write is the operation judged, as for the other writes.
  await count('save mapping, the click (re-read + write)', () => saveMapping(port, snapshot, PLAN_SHEET, [draft], NO_PROGRESS));
  await loadSnapshot(port);
  await count('save mapping', () => port.writeMapping(mappingWithDrafts(snapshot.mapping, PLAN_SHEET, [draft])));
  await count('read mapping', () => port.readMapping());
  await count('status columns', () => port.apply(prepareStatusColumns(snapshot, NOV).plans));
  const summary = prepareSummary(await loadSnapshot(port), NOV);
  await count('monthly summary', () => port.apply(summary.plans));
  return out;
}

export async function main(): Promise<boolean> {
  let ok = true;
  for (const indicators of SIZES) {
    console.log(`\n${indicators.toLocaleString('en-US')} indicators × 12 months (18 columns)`);
    for (const c of await run(indicators)) {
      if (c.operation.includes('click')) {
        console.log(`     ${c.operation}: ${c.syncs} syncs (for information)`);
        continue;
      }
      const pass = c.syncs <= c.allowed;
      ok &&= pass;
      console.log(
        `${pass ? 'PASS' : 'FAIL'} ${c.operation.padEnd(16)} ${c.syncs} syncs ÷ ${c.allowed} allowed = ${(c.syncs / c.allowed).toFixed(2)} ` +
          `(payload ${(c.payload / 1e6).toFixed(2)} MB; goal ≤ 1)`,
      );
    }
  }
  return ok;
}

if (require.main === module) runBench(main);
