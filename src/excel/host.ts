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

export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  settings: SettingsStore | null;
}

/** The host inside Excel. The only place that touches the `Excel` and `Office` globals. */
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
