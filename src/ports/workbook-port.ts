import type { Grid } from '../core/grid';
import type { SheetPlan } from '../core/plan/write-plan';
import type { WorkbookMapping } from '../core/schema';

/** What the core needs from a workbook, whatever holds it (Excel through Office.js, or an .xlsx file). */
export interface WorkbookPort {
  /** Sheet names in workbook order. */
  sheetNames(): Promise<string[]>;
  /** The used range of each named sheet (all when omitted), in one batch. */
  readSheets(names?: string[]): Promise<Grid[]>;
  /** Every sheet and the stored mapping, in as few round trips as the host allows. */
  readAll(): Promise<{ grids: Grid[]; stored: StoredMapping }>;
  /** The mapping kept in the workbook; null when there is none. A broken record is reported, not thrown. */
  readMapping(): Promise<StoredMapping>;
  writeMapping(mapping: WorkbookMapping): Promise<void>;
  /** Carries out write plans; refuses (changes nothing) when a plan would touch what the add-in does not own. */
  apply(plans: SheetPlan[], onProgress?: (done: number, total: number) => void): Promise<ApplyResult>;
}

export type StoredMapping =
  | { found: false }
  | { found: true; mapping: WorkbookMapping }
  | { found: true; error: string };

export type ApplyResult = { ok: true; written: string[] } | { ok: false; blocked: BlockedWrite[] };

export interface BlockedWrite {
  sheet: string;
  /** A1 address or range of what blocked the write. */
  where: string;
  reason: 'sheet-exists' | 'cell-not-empty' | 'protected' | 'table-overlap' | 'filter' | 'too-large';
  message: { vi: string; en: string };
}
