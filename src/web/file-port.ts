/**
 * The task pane's port over an .xlsx file held in memory (the web page): the
 * xlsx adapter (src/xlsx/xlsx-workbook.ts) reads and patches the package, so
 * every write (status columns, the mapping, the monthly report) changes only
 * this copy; the user takes it away with "Tải về". A file has no cell to
 * select: the address is said instead.
 */
import { bi, type Bilingual } from '../core/i18n';
import type { SheetPlan } from '../core/writing/write-plan';
import type { WorkbookMapping } from '../core/schema';
import type { ApplyOptions, ApplyResult } from '../ports/workbook-port';
import type { Progress, TaskpanePort } from '../taskpane/workbook-session';
import { XlsxWorkbook } from '../xlsx/xlsx-workbook';
import { sendCopyName } from './file-names';

export class FilePort implements TaskpanePort {
  /** Plain formulas by default: the file is opened in any spreadsheet program. */
  readonly customFunctions = false;
  readonly selectsCells = false;
  /** Changed since it was opened or last downloaded. */
  changed = false;

  private constructor(
    private readonly workbook: XlsxWorkbook,
    readonly name: string,
  ) {}

  static async open(bytes: Uint8Array, name: string): Promise<FilePort> {
    return new FilePort(await XlsxWorkbook.fromBytes(bytes, name), name);
  }

  sheetNames(): Promise<string[]> {
    return this.workbook.sheetNames();
  }

  readSheets(names?: string[]): ReturnType<XlsxWorkbook['readSheets']> {
    return this.workbook.readSheets(names);
  }

  async readAll(onProgress?: Progress): ReturnType<XlsxWorkbook['readAll']> {
    onProgress?.(0, 1);
    const all = await this.workbook.readAll();
    onProgress?.(1, 1);
    return all;
  }

  readMapping(): ReturnType<XlsxWorkbook['readMapping']> {
    return this.workbook.readMapping();
  }

  async writeMapping(mapping: WorkbookMapping): Promise<void> {
    await this.workbook.writeMapping(mapping);
    this.changed = true;
  }

  async apply(plans: SheetPlan[], onProgress?: Progress, options?: ApplyOptions): Promise<ApplyResult> {
    const result = await this.workbook.apply(plans, onProgress, options);
    if (result.ok && plans.length > 0) this.changed = true;
    return result;
  }

  async select(sheet: string, address: string): Promise<Bilingual> {
    return selectNotice(sheet, address);
  }

  async documentBytes(): Promise<{ bytes: Uint8Array; name: string }> {
    return { bytes: await this.workbook.toBytes(), name: sendCopyName(this.name) };
  }

  /** The workbook with everything written so far, for "Tải về"; from then on it counts as saved. */
  async save(): Promise<Uint8Array> {
    const bytes = await this.workbook.toBytes();
    this.changed = false;
    return bytes;
  }
}

/** What the page says where the pane would select a cell. */
export function selectNotice(sheet: string, address: string): Bilingual {
  return bi(
    `Ô ${sheet}!${address} — mở tệp trong chương trình bảng tính của bạn (Excel, WPS, LibreOffice) để sửa ô này, rồi chọn lại tệp đã lưu.`,
    `Cell ${sheet}!${address} — open the file in your spreadsheet program (Excel, WPS, LibreOffice) to fix this cell, then choose the saved file again.`,
  );
}
