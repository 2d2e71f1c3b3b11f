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

/** Office's theme colours (Office.context.officeTheme), where the host gives them. */
export interface HostTheme {
  dark: boolean;
  background: string | null;
}

export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  settings: SettingsStore | null;
  /** The document's bytes (File API); null or absent where Office cannot give them. */
  document?: DocumentAccess | null;
  /** Office's theme; null or absent where the host has none (the pane stays light). */
  theme?: HostTheme | null;
}

/**
 * The host inside Excel: the adapter and the pane reach the `Excel` and `Office`
 * globals through it (the task pane's start-up, find-host.ts, also waits for
 * Office.onReady, and the custom functions use `CustomFunctions`).
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
    theme: officeTheme(),
  };
}

/** isDarkTheme where Office has it, else judged from the body background's lightness. */
function officeTheme(): HostTheme | null {
  try {
    const theme = typeof Office !== 'undefined' ? (Office.context?.officeTheme as Partial<Office.OfficeTheme> | undefined) : undefined;
    if (!theme) return null;
    const background = typeof theme.bodyBackgroundColor === 'string' ? theme.bodyBackgroundColor : null;
    const dark = typeof theme.isDarkTheme === 'boolean' ? theme.isDarkTheme : background !== null && isDarkColour(background);
    return { dark, background };
  } catch {
    return null;
  }
}

/** A #rrggbb colour whose lightness (Rec. 709 weights on the plain channel values) is under one half. */
export function isDarkColour(hex: string): boolean {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return false;
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => parseInt(h, 16) / 255);
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! < 0.5;
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
