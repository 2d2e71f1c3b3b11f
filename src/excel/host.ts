/**
 * What the Office.js adapter needs from its surroundings: a way to run a batch
 * against the workbook, requirement-set checks, and the document settings.
 * In Excel these are `Excel.run`, `Office.context.requirements` and
 * `Office.context.document.settings`; tests and the browser test pass a fake.
 */

/** The document settings (Office.Settings), reduced to what the adapter uses. */
export interface SettingsStore {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  /** Calls back with `succeeded` or `failed`. */
  saveAsync(callback: (result: { status: string }) => void): void;
}

/** Office's asynchronous result, reduced to what the adapter reads. */
export interface HostAsyncResult<T> {
  status: string;
  value: T;
  error?: { message?: string };
}

/** An open document file (Office.File): read slice by slice, then closed. */
export interface HostFile {
  size: number;
  sliceCount: number;
  getSliceAsync(index: number, callback: (result: HostAsyncResult<{ data: ArrayLike<number> | ArrayBuffer }>) => void): void;
  closeAsync(callback?: (result: HostAsyncResult<void>) => void): void;
}

/** The document's file (Office.context.document, File API 1.1). */
export interface DocumentAccess {
  /** The file's address or path, when Office knows it. */
  url?: string | null;
  getFileAsync(fileType: 'compressed', options: { sliceSize: number }, callback: (result: HostAsyncResult<HostFile>) => void): void;
}

export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  settings: SettingsStore | null;
  /** The document's bytes (File API); null or absent where Office cannot give them. */
  document?: DocumentAccess | null;
}

/**
 * The host inside Excel: the adapter reaches the `Excel` and `Office` globals
 * only through it (the task pane's start-up also waits for Office.onReady, and
 * the custom functions use `CustomFunctions`).
 */
export function officeExcelHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => {
      try {
        return Office.context.requirements.isSetSupported(name, version);
      } catch {
        return false;
      }
    },
    settings: officeSettings(),
    document: officeDocument(),
  };
}

function officeDocument(): DocumentAccess | null {
  const document = typeof Office !== 'undefined' ? Office.context?.document : undefined;
  if (!document || typeof document.getFileAsync !== 'function') return null;
  return {
    url: document.url,
    getFileAsync: (_type, options, callback) =>
      document.getFileAsync(Office.FileType.Compressed, options, (result) => callback({ status: String(result.status), value: result.value as unknown as HostFile, error: result.error })),
  };
}

function officeSettings(): SettingsStore | null {
  const settings = typeof Office !== 'undefined' ? Office.context?.document?.settings : undefined;
  if (!settings) return null;
  return {
    get: (name) => settings.get(name) as unknown,
    set: (name, value) => settings.set(name, value),
    remove: (name) => settings.remove(name),
    saveAsync: (callback) => settings.saveAsync((result) => callback({ status: String(result.status) })),
  };
}
