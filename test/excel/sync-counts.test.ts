/**
 * What an official waits for: the number of round trips to Excel (syncs) must
 * not grow with the number of indicators, and no request may exceed what Excel
 * on the web accepts (5 MB), whatever the size of the plan.
 */
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { bandsWithinBudget, REQUEST_BUDGET } from '../../src/excel/write-plans';
import { prepareStatusColumns } from '../../src/core/workbook/actions';
import { prepareSummary } from '../../src/core/workbook/summary-action';
import { loadSnapshot } from '../../src/ports/load-snapshot';
import { readMappingRecord } from '../../src/core/mapping-xml';
import type { OwnSheet } from '../../src/core/writing/own-sheets';
import { type Snapshot } from '../../src/core/workbook/snapshot';
import { createFakeHost, type FakeCell, type FakeWorkbook } from '../../kit/fake-excel/fake-excel';
import { REQUEST_LIMIT } from '../../kit/fake-excel/fake-client';
import { SEED_SHEET } from '../../kit/fake-excel/seed-sheet';
import { seedWorkbook } from '../../kit/fake-excel/seed-workbook';

const NOV = { year: 2026, month: 11 };

function ownSheetsOf(workbook: FakeWorkbook): OwnSheet[] {
  const record = workbook.customXmlParts.map((p) => readMappingRecord(p.xml)).find((r) => r !== null);
  if (record?.state !== 'ok') throw new Error('no DTI record');
  return record.mapping.ownSheets ?? [];
}
const OWNED = new Set([8, 9, 10]); // I, J, K: the status columns

interface Measured {
  syncs: number;
  largest: number;
}

async function measure(workbook: FakeWorkbook, fn: () => Promise<unknown>): Promise<Measured> {
  workbook.syncs = 0;
  workbook.requests = [];
  await fn();
  return { syncs: workbook.syncs, largest: Math.max(0, ...workbook.requests) };
}

interface Run {
  workbook: FakeWorkbook;
  check: Measured;
  status: Measured;
  summary: Measured;
  planBefore: Map<string, FakeCell>;
  planAfterStatus: Map<string, FakeCell>;
  planAfterSummary: Map<string, FakeCell>;
  requests: number[];
  summaryPlan: ReturnType<typeof prepareSummary>;
}

const runs = new Map<number, Run>();

/** Check, status columns, then the summary, on a plan of `rows` indicator lines (cached: the 10,000 run takes seconds). */
async function run(rows: number): Promise<Run> {
  const done = runs.get(rows);
  if (done) return done;
  const workbook = seedWorkbook(rows);
  const port = new OfficeWorkbook(createFakeHost(workbook));
  const planBefore = workbook.sheet(SEED_SHEET).snapshot();
  const requests: number[] = [];
  let snapshot: Snapshot | null = null;
  const check = await measure(workbook, async () => (snapshot = await loadSnapshot(port)));
  requests.push(...workbook.requests);
  expect(snapshot!.analysis.indicators).toHaveLength(rows - 2);
  const status = await measure(workbook, () => port.apply(prepareStatusColumns(snapshot!, NOV).plans));
  requests.push(...workbook.requests);
  const planAfterStatus = workbook.sheet(SEED_SHEET).snapshot();
  const summaryPlan = prepareSummary(await loadSnapshot(port), NOV);
  const summary = await measure(workbook, async () => expect((await port.apply(summaryPlan.plans)).ok).toBe(true));
  requests.push(...workbook.requests);
  const result = { workbook, check, status, summary, planBefore, planAfterStatus, planAfterSummary: workbook.sheet(SEED_SHEET).snapshot(), requests, summaryPlan };
  runs.set(rows, result);
  return result;
}

function outsideOwned(cells: Map<string, FakeCell>): Map<string, FakeCell> {
  return new Map([...cells].filter(([key]) => !OWNED.has(Number(key.split(',')[1]))));
}

describe('syncs and request sizes, 1,000 vs 10,000 indicators', () => {
  test('checking the workbook (read, mapping, validation) takes two syncs at both sizes: names with the mapping parts, then used ranges with their XML', async () => {
    const [small, large] = [await run(1_000), await run(10_000)];
    expect(small.check.syncs).toBe(2);
    expect(large.check.syncs).toBe(small.check.syncs);
  }, 120_000);

  test('writing the status columns: check + write, two syncs at both sizes', async () => {
    const [small, large] = [await run(1_000), await run(10_000)];
    expect(small.status.syncs).toBeLessThanOrEqual(2);
    expect(large.status.syncs).toBe(small.status.syncs);
    expect(large.workbook.sheet(SEED_SHEET).cell(10_002, 9).formula).toBe('=DTI.STATUS(H10003,D10003,C10003)');
  }, 120_000);

  test('the monthly summary of 1,000 indicators: the checks (the sheets with the marks of those just read), then the writes with the own-sheet record, two syncs', async () => {
    const small = await run(1_000);
    expect(small.summary.syncs).toBe(2);
    // The record lists each sheet made by the token its hidden mark holds: the report and the history are the add-in's.
    const entries = ownSheetsOf(small.workbook);
    for (const name of ['Báo cáo T11-2026', 'DTI_LichSu']) {
      const sheet = small.workbook.sheet(name);
      const entry = entries.find((e) => e.name === name)!;
      expect(entry).toMatchObject({ marked: true });
      expect(sheet.names.get('DTI_OWN')!.formula).toBe(`="${entry.token}"`);
    }
  }, 120_000);

  test('the next report of the month replaces the first (same place, same name), and the record lists each own sheet once, by its mark', async () => {
    const workbook = seedWorkbook(40);
    const port = new OfficeWorkbook(createFakeHost(workbook));
    expect((await port.apply(prepareSummary(await loadSnapshot(port), NOV).plans)).ok).toBe(true);
    const first = workbook.sheet('Báo cáo T11-2026');
    const place = workbook.sheets.indexOf(first);
    workbook.syncs = 0;
    const again = prepareSummary(await loadSnapshot(port), NOV).plans;
    expect((await port.apply(again)).ok).toBe(true);
    expect(workbook.syncs).toBe(4); // the re-read (2), the checks (1), the writes with the record (1)
    expect(workbook.sheets.filter((s) => s.name.startsWith('Báo cáo T11-2026'))).toHaveLength(1);
    expect(workbook.sheet('Báo cáo T11-2026')).not.toBe(first);
    expect(workbook.sheets.indexOf(workbook.sheet('Báo cáo T11-2026'))).toBe(place);
    const entries = ownSheetsOf(workbook);
    expect(entries.map((e) => e.name).sort()).toEqual(['Báo cáo T11-2026', 'DTI_LichSu', 'Phụ lục BC T11-2026']);
    expect(again.filter((p) => p.own).map((p) => p.sheet).sort()).toEqual(entries.map((e) => e.name).sort());
    for (const entry of entries) expect(workbook.sheet(entry.name).names.get('DTI_OWN')!.formula).toBe(`="${entry.token}"`);
  }, 120_000);

  test('10,000 indicators: every request Excel receives stays under 5 MB; the summary is cut into a few requests', async () => {
    const large = await run(10_000);
    expect(large.requests.length).toBeGreaterThan(5);
    for (const bytes of large.requests) expect(bytes).toBeLessThan(REQUEST_LIMIT);
    expect(large.summary.largest).toBeLessThan(REQUEST_LIMIT);
    // Few round trips still: the check, then one write per ~4 MB.
    expect(large.summary.syncs).toBeLessThanOrEqual(6);
    // What Excel sends back for the check stays under the limit too.
    expect(large.workbook.largestResponse).toBeLessThan(REQUEST_LIMIT);
  }, 120_000);

  test('10,000 indicators: every cell outside the status columns is the same before and after, cell by cell', async () => {
    const large = await run(10_000);
    const before = outsideOwned(large.planBefore);
    for (const after of [large.planAfterStatus, large.planAfterSummary]) {
      const outside = outsideOwned(after);
      expect(outside.size).toBe(before.size);
      for (const [key, cell] of before) expect(outside.get(key)).toEqual(cell);
    }
    // The status columns did change: one formula per indicator row and column.
    const owned = [...large.planAfterStatus.keys()].filter((key) => OWNED.has(Number(key.split(',')[1])));
    expect(owned.length).toBe(3 * (10_000 - 2 + 1)); // header + indicator rows (two are section rows)
  }, 120_000);
});

describe('checking again once a 10,000-indicator report exists', () => {
  test('the workbook no longer fits one response: it is read in bands, every response under 5 MB, and the report is recognised as DTI\'s', async () => {
    const large = await run(10_000);
    const workbook = large.workbook;
    workbook.responses = [];
    workbook.syncs = 0;
    const snapshot = await loadSnapshot(new OfficeWorkbook(createFakeHost(workbook)));
    expect(snapshot.sheets.find((s) => s.sheet === 'Báo cáo T11-2026')!.own).toMatchObject({ kind: 'summary', month: '2026-11' });
    expect(snapshot.analysis.indicators).toHaveLength(10_000 - 2);
    // Names, then the one-sync try (refused), then bands: every response after it is under the limit.
    const refused = workbook.responses.findIndex((bytes) => bytes >= REQUEST_LIMIT);
    expect(refused).toBe(1);
    for (const bytes of workbook.responses.slice(refused + 1)) expect(bytes).toBeLessThan(REQUEST_LIMIT);
    // The record (read with the sheets' sizes) still names the report; and no more round trips than two plus one per 4 MB moved.
    expect(snapshot.mapping?.ownSheets?.map((e) => e.name)).toEqual(expect.arrayContaining(['Báo cáo T11-2026', 'DTI_LichSu']));
    const moved = workbook.responses.reduce((a, b) => a + b, 0);
    expect(workbook.syncs).toBeLessThanOrEqual(2 + Math.ceil(moved / 4_000_000));
  }, 120_000);
});

describe('the adapter\'s estimate of a request', () => {
  test('bands of the 10,000-indicator summary each fit the budget, and the fake measures no more than estimated', async () => {
    const large = await run(10_000);
    // The appendix: a row for each of the 10,000 indicators.
    const plan = large.summaryPlan.plans.find((p) => p.own?.kind === 'appendix')!;
    const bands = bandsWithinBudget(plan.blocks);
    for (const band of bands) expect(band.bytes).toBeLessThanOrEqual(REQUEST_BUDGET);
    // The appendix (about 3 MB as sent) fits one request; at a quarter of the budget it is cut into several, each within it.
    const quarter = bandsWithinBudget(plan.blocks, REQUEST_BUDGET / 4);
    expect(quarter.length).toBeGreaterThan(3);
    for (const band of quarter) expect(band.bytes).toBeLessThanOrEqual(REQUEST_BUDGET / 4);
    expect(quarter.reduce((n, b) => n + b.rows, 0)).toBe(plan.blocks[0]!.cells.length);
    expect(large.summary.largest).toBeLessThanOrEqual(REQUEST_BUDGET + 10_000);
  }, 120_000);
});
