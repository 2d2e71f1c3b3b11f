/**
 * The task pane's view of the workbook port: the shared port plus what only a
 * live workbook can do. What is read and planned lives in src/core/workbook.
 */
import type { Bilingual } from '../core/i18n';
import type { SheetPlan } from '../core/plan/write-plan';
import type { ApplyOptions, ApplyResult, WorkbookPort } from '../ports/workbook-port';

/** The port plus what only a live workbook can do (select a cell, overwrite with consent). */
export interface TaskpanePort extends WorkbookPort {
  apply(plans: SheetPlan[], onProgress?: (done: number, total: number) => void, options?: ApplyOptions): Promise<ApplyResult>;
  select(sheet: string, address: string): Promise<void>;
  /** The workbook's .xlsx bytes and a name for the copy sent upward; absent where Office cannot give them. */
  documentBytes?(): Promise<{ bytes: Uint8Array; name: string }>;
}

export function errorText(message: Bilingual | string, lang: 'vi' | 'en'): string {
  return typeof message === 'string' ? message : message[lang];
}
