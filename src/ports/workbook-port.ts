import type { Grid } from '../core/grid';
import type { Bilingual } from '../core/i18n';
import type { SheetPlan } from '../core/writing/write-plan';
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
  /**
   * Carries out write plans, all or nothing: refuses (changes nothing at all)
   * when a plan would touch what the add-in does not own, unless `options`
   * says the user agreed to overwrite those cells.
   */
  apply(plans: SheetPlan[], onProgress?: (done: number, total: number) => void, options?: ApplyOptions): Promise<ApplyResult>;
}

export interface ApplyOptions {
  /** "Sheet!A1" cells the user agreed to overwrite although the add-in did not write them. */
  allowOverwrite?: readonly string[];
}

export type StoredMapping =
  | { found: false }
  | { found: true; mapping: WorkbookMapping }
  /** A record that cannot be used: damaged, or (`newer`) written by a newer version. Never written over. */
  | { found: true; error: Bilingual; newer?: true };

export type ApplyResult = { ok: true; written: string[] } | { ok: false; blocked: BlockedWrite[] };

export interface BlockedWrite {
  sheet: string;
  /** A1 address or range of what blocked the write. */
  where: string;
  /**
   * - `sheet-exists`: a new sheet's name is taken, or a sheet to replace is not the add-in's;
   * - `sheet-missing`: the sheet a plan writes into is gone (renamed or deleted since it was read);
   * - `cell-not-empty`: a cell holds data the add-in did not write;
   * - `protected`: the sheet, or the workbook's structure, is protected;
   * - `table-overlap`, `filter`: an Excel table or an active filter covers the cells;
   * - `shared-formula`: a cell belongs to an array or shared formula the write would split (.xlsx files);
   * - `too-large`: more than the host can take;
   * - `record-kept`: the write would replace a DTI record that is damaged or a newer version's.
   */
  reason: 'sheet-exists' | 'sheet-missing' | 'cell-not-empty' | 'protected' | 'table-overlap' | 'filter' | 'shared-formula' | 'too-large' | 'record-kept';
  message: { vi: string; en: string };
}
