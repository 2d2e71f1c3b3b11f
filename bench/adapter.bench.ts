/**
 * Sync counts of the Office.js adapter on the fake Excel, for 1,000 and 10,000
 * indicator rows: they must not grow with the rows. Run: npx tsx bench/adapter.bench.ts
 */
import { OfficeWorkbook } from '../src/excel/office-workbook';
import { prepareStatusColumns, prepareSummary } from '../src/core/workbook/actions';
import { NO_PROGRESS, saveMapping } from '../src/taskpane/commands';
import { loadSnapshot } from '../src/ports/load-snapshot';
import { createFakeHost } from '../test/fakes/fake-excel';
import { SEED_SHEET } from '../test/fakes/seed-sheet';
import { seedWorkbook } from '../test/fakes/seed-workbook';

async function run(rows: number): Promise<Record<string, string>> {
  const workbook = seedWorkbook(rows);
  const port = new OfficeWorkbook(createFakeHost(workbook));
  const out: Record<string, string> = {};
  const measure = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
    workbook.syncs = 0;
    workbook.largestRequest = 0;
    const started = performance.now();
    const result = await fn();
    out[name] = `${workbook.syncs} syncs, ${(performance.now() - started).toFixed(0)} ms, largest request ${(workbook.largestRequest / 1e6).toFixed(2)} MB`;
    return result;
  };
  const snapshot = await measure('read + validate', () => loadSnapshot(port));
  const table = snapshot.analysis.tables[0]!;
  const draft = { headerTop: table.headerTop, headerBottom: table.headerBottom, columns: { id: 'A', name: 'B', unit: 'C', target: 'D', owner: 'E' }, months: [{ column: 'H', year: 2026, month: 11 }] };
  // Saving re-reads the workbook first (two syncs), as the task pane does before every write.
  await measure('save mapping', () => saveMapping(port, snapshot, SEED_SHEET, [draft], NO_PROGRESS));
  await measure('read mapping', () => port.readMapping());
  const prep = prepareStatusColumns(snapshot, { year: 2026, month: 11 });
  await measure('status columns', () => port.apply(prep.plans));
  const summary = prepareSummary(snapshot, { year: 2026, month: 11 });
  await measure('monthly summary', () => port.apply(summary.plans));
  return out;
}

export async function main(): Promise<void> {
  for (const rows of [1_000, 10_000]) {
    console.log(`\n${rows.toLocaleString('en-US')} indicator rows`);
    for (const [name, line] of Object.entries(await run(rows))) console.log(`  ${name.padEnd(16)} ${line}`);
  }
}

if (require.main === module) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
