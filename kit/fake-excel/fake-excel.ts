/**
 * A stateful fake of the Office.js Excel API subset the adapter uses, behind
 * the same ExcelHost interface as Excel itself. Properties are readable only
 * after load + sync, writes happen at sync, and every sync is counted.
 */
import type { DocumentAccess, ExcelHost, HostFile, SettingsStore } from '../../src/excel/host';
import { FakeContext } from './fake-client';
import { FakeWorkbookApi } from './fake-worksheet';
import { FakeWorkbook } from './fake-workbook';

export { FakeWorkbook, FakeSheet } from './fake-workbook';
export type { Area, FakeCell } from './fake-workbook';

/** ExcelApi versions the fake host says it supports (all by default). */
export interface FakeHostOptions {
  excelApi?: string;
  /**
   * The document's .xlsx bytes for the file API (getFileAsync), read when asked.
   * Without it the host has no File API (requirement set File 1.1 absent).
   */
  file?: () => Uint8Array | null;
  /** Slice size the fake uses, whatever the caller asks (to test joining). */
  sliceSize?: number;
  url?: string;
  /** Each sync takes this long (to see what the pane shows while it waits for Excel). */
  syncDelayMs?: number;
  /** CustomFunctionsRuntime 1.1 (DTI.* run here); false stands for Excel 2016/2019. Default true. */
  customFunctions?: boolean;
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
      const sync = async (): Promise<void> => {
        if (options.syncDelayMs) await new Promise((done) => setTimeout(done, options.syncDelayMs));
        await context.sync();
      };
      const api = { workbook: new FakeWorkbookApi(context, workbook), sync, trackedObjects: context.trackedObjects };
      const result = await batch(api as unknown as Excel.RequestContext);
      // Excel.run sends what is still queued when the batch returns.
      if (context.pending) await sync();
      return result;
    },
    isSetSupported(name: string, version: string): boolean {
      if (name === 'CustomFunctionsRuntime') return (options.customFunctions ?? true) && compareVersions(version, '1.1') <= 0;
      if (name === 'File') return options.file !== undefined && compareVersions(version, '1.1') <= 0;
      return name === 'ExcelApi' && compareVersions(version, max) <= 0;
    },
    settings: fakeSettings(workbook),
    document: options.file ? fakeDocument(workbook, options.file, options.sliceSize, options.url) : null,
  };
}

/** Office.context.document's file API: the bytes in slices; every opened file must be closed. */
function fakeDocument(workbook: FakeWorkbook, bytes: () => Uint8Array | null, fixedSlice?: number, url?: string): DocumentAccess {
  const ok = <T>(value: T) => ({ status: 'succeeded', value });
  return {
    url: url ?? null,
    getFileAsync(fileType, options, callback) {
      const data = bytes();
      setTimeout(() => {
        if (fileType !== 'compressed' || !data) return callback({ status: 'failed', value: null as unknown as HostFile, error: { message: 'no file' } });
        const size = fixedSlice ?? options.sliceSize;
        const count = Math.max(1, Math.ceil(data.length / size));
        workbook.openFiles += 1;
        workbook.fileSlicesRead = 0;
        const file: HostFile = {
          size: data.length,
          sliceCount: count,
          getSliceAsync(index, cb) {
            workbook.fileSlicesRead += 1;
            // Office gives a slice's data as an array of byte numbers.
            setTimeout(() => cb(ok({ data: Array.from(data.subarray(index * size, (index + 1) * size)) })), 0);
          },
          closeAsync(cb) {
            workbook.openFiles -= 1;
            setTimeout(() => cb?.(ok(undefined)), 0);
          },
        };
        callback(ok(file));
      }, 0);
    },
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
