/**
 * The task pane's view of the workbook port: the shared port plus what only a
 * live workbook can do. What is read and planned lives in src/core/workbook.
 */
import type { Bilingual } from '../core/i18n';
import type { HostTheme } from '../excel/host';
import type { SheetPlan } from '../core/writing/write-plan';
import type { Snapshot } from '../core/workbook/snapshot';
import type { ApplyOptions, ApplyResult, WorkbookPort } from '../ports/workbook-port';

export type Progress = (done: number, total: number) => void;

/** The port plus what only a live workbook can do (select a cell, overwrite with consent, report read progress). */
export interface TaskpanePort extends WorkbookPort {
  /** Every sheet and the mapping; `onProgress` hears of each round trip (many only past 5 MB). */
  readAll(onProgress?: Progress): ReturnType<WorkbookPort['readAll']>;
  apply(plans: SheetPlan[], onProgress?: Progress, options?: ApplyOptions): Promise<ApplyResult>;
  /** Selects the cell; where no cell can be selected (a file in the web page) resolves to what to tell the user instead. */
  select(sheet: string, address: string): Promise<void | Bilingual>;
  /** False where `select` cannot select a cell and says its address instead (a file in the web page). */
  readonly selectsCells?: boolean;
  /** The workbook read and analysed where the port does that itself (the web page's worker); else readAll then snapshotOf here. */
  readSnapshot?(onProgress?: Progress): Promise<Snapshot>;
  /** Whether this Excel runs custom functions (CustomFunctionsRuntime 1.1); plain formulas are chosen where it does not. */
  readonly customFunctions?: boolean;
  /** Office's theme, where the host gives one: the pane follows it (light otherwise). */
  readonly theme?: HostTheme | null;
  /** False when the last write asked for cell notes this Excel cannot write. */
  readonly notesWritten?: boolean;
  /** The workbook's .xlsx bytes and a name for the copy sent upward; absent where Office cannot give them. */
  documentBytes?(): Promise<{ bytes: Uint8Array; name: string }>;
}

/**
 * The workbook as it is now. The pane may have been open for hours and the user
 * may have changed any cell since it last read: every write and every report
 * is planned from this, read right before (two syncs; more, in bands, only for
 * workbooks past 5 MB), never from what the pane last showed.
 */
export async function readCurrent(port: TaskpanePort, onProgress?: Progress): Promise<Snapshot> {
  if (port.readSnapshot) return port.readSnapshot(onProgress);
  // The analysis is a chunk of its own, fetched while Excel reads the sheets: the pane opens without it.
  const analysis = import(/* webpackChunkName: "analysis" */ '../ports/load-snapshot');
  const read = await port.readAll(onProgress);
  return (await analysis).snapshotOf(read);
}

export function errorText(message: Bilingual | string, lang: 'vi' | 'en'): string {
  return typeof message === 'string' ? message : message[lang];
}
