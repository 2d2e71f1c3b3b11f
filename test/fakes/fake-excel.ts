/**
 * A stateful fake of the Office.js Excel API subset the adapter uses, behind
 * the same ExcelHost interface as Excel itself. Properties are readable only
 * after load + sync, writes happen at sync, and every sync is counted.
 */
import type { ExcelHost, SettingsStore } from '../../src/excel/host';
import { FakeContext } from './fake-client';
import { FakeWorkbookApi } from './fake-worksheet';
import { FakeWorkbook } from './fake-workbook';

export { FakeWorkbook, FakeSheet } from './fake-workbook';
export type { Area, FakeCell } from './fake-workbook';

/** ExcelApi versions the fake host says it supports (all by default). */
export interface FakeHostOptions {
  excelApi?: string;
}

export interface FakeHost extends ExcelHost {
  workbook: FakeWorkbook;
}

export function createFakeHost(workbook: FakeWorkbook = new FakeWorkbook(), options: FakeHostOptions = {}): FakeHost {
  const max = options.excelApi ?? '1.17';
  return {
    workbook,
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      const context = new FakeContext(workbook);
      const api = { workbook: new FakeWorkbookApi(context, workbook), sync: () => context.sync(), trackedObjects: context.trackedObjects };
      const result = await batch(api as unknown as Excel.RequestContext);
      // Excel.run sends what is still queued when the batch returns.
      if (context.pending) await context.sync();
      return result;
    },
    isSetSupported(name: string, version: string): boolean {
      return name === 'ExcelApi' && compareVersions(version, max) <= 0;
    },
    settings: fakeSettings(workbook),
  };
}

function compareVersions(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split('.').map(Number);
  const [b1 = 0, b2 = 0] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
}

function fakeSettings(workbook: FakeWorkbook): SettingsStore {
  return {
    get: (name) => (workbook.settings.has(name) ? workbook.settings.get(name) : null),
    set: (name, value) => void workbook.settings.set(name, value),
    remove: (name) => void workbook.settings.delete(name),
    saveAsync: (callback) => {
      workbook.savedSettings = new Map(workbook.settings);
      setTimeout(() => callback({ status: 'succeeded' }), 0);
    },
  };
}
