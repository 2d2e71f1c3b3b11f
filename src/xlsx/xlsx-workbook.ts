import { promises as fs } from 'fs';
import { basename, dirname, join } from 'path';
import type ExcelJS from 'exceljs';
import type { Grid } from '../core/grid';
import type { SheetPlan } from '../core/plan/write-plan';
import { type WorkbookMapping, WorkbookMappingSchema } from '../core/schema';
import type { ApplyOptions, ApplyResult, StoredMapping, WorkbookPort } from '../ports/workbook-port';
import { openWorkbookBytes, openWorkbookFile } from './open-workbook';
import { applyPlansToPackage } from './package/apply-plans';
import { putDtiRecord } from './package/dti-record-part';
import { XlsxPackage } from './package/opc-package';
import { worksheetToGrid } from './read-grid';

/**
 * The workbook port over an .xlsx file: sheets are read with ExcelJS, and
 * writes patch the file's package (src/xlsx/package), so every part the add-in
 * does not write (charts, pictures, pivot tables, custom properties…) stays
 * byte for byte. After a write, reads see the patched package.
 */
export class XlsxWorkbook implements WorkbookPort {
  /** ExcelJS's reading of the current package; null after a write until something is read again. */
  private workbook: ExcelJS.Workbook | null;
  /** The package, loaded on the first write. */
  private pkg: XlsxPackage | null = null;
  private stored: StoredMapping;

  private constructor(
    workbook: ExcelJS.Workbook,
    /** The file's bytes as read. */
    readonly bytes: Buffer,
    stored: StoredMapping,
    private readonly label: string,
  ) {
    this.workbook = workbook;
    this.stored = stored;
  }

  static async open(path: string): Promise<XlsxWorkbook> {
    const opened = await openWorkbookFile(path);
    return new XlsxWorkbook(opened.workbook, opened.bytes, opened.mapping, path);
  }

  /** A workbook held in memory (`label` names it in messages). */
  static async fromBytes(bytes: Uint8Array, label = 'workbook.xlsx'): Promise<XlsxWorkbook> {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const opened = await openWorkbookBytes(buffer, label);
    return new XlsxWorkbook(opened.workbook, opened.bytes, opened.mapping, label);
  }

  async sheetNames(): Promise<string[]> {
    return (await this.read()).worksheets.map((ws) => ws.name);
  }

  async readSheets(names?: string[]): Promise<Grid[]> {
    const wanted = names ? new Set(names) : null;
    return (await this.read()).worksheets.filter((ws) => !wanted || wanted.has(ws.name)).map(worksheetToGrid);
  }

  async readAll(): Promise<{ grids: Grid[]; stored: StoredMapping }> {
    return { grids: await this.readSheets(), stored: this.stored };
  }

  async readMapping(): Promise<StoredMapping> {
    return this.stored;
  }

  /** Writes the mapping into the package's DTI record; the own-sheet record stays as it is. */
  async writeMapping(mapping: WorkbookMapping): Promise<void> {
    const ownSheets = this.stored.found && 'mapping' in this.stored ? this.stored.mapping.ownSheets : undefined;
    const { ownSheets: _ignored, ...rest } = WorkbookMappingSchema.parse(mapping);
    const record: WorkbookMapping = ownSheets?.length ? { ...rest, ownSheets } : rest;
    await putDtiRecord(await this.package(), record);
    this.stored = { found: true, mapping: record };
  }

  async apply(plans: SheetPlan[], onProgress?: (done: number, total: number) => void, options: ApplyOptions = {}): Promise<ApplyResult> {
    if (plans.length === 0) return { ok: true, written: [] };
    const record = this.stored.found && 'mapping' in this.stored ? this.stored.mapping : null;
    const applied = await applyPlansToPackage(await this.package(), plans, record, options, onProgress);
    if (applied.result.ok) {
      this.workbook = null;
      if (applied.record !== record && applied.record) this.stored = { found: true, mapping: applied.record };
    }
    return applied.result;
  }

  /** The workbook's bytes with everything applied: the input's own bytes when nothing was written. */
  async toBytes(): Promise<Uint8Array> {
    return this.pkg ? this.pkg.toBytes() : new Uint8Array(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
  }

  /** Writes the workbook to a file: a temporary file next to it, renamed over it once complete. */
  async save(path: string): Promise<void> {
    const bytes = await this.toBytes();
    await fs.mkdir(dirname(path), { recursive: true });
    const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    try {
      await fs.writeFile(temporary, bytes);
      await fs.rename(temporary, path);
    } finally {
      await fs.rm(temporary, { force: true });
    }
  }

  private async package(): Promise<XlsxPackage> {
    this.pkg ??= await XlsxPackage.load(new Uint8Array(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength));
    return this.pkg;
  }

  /** ExcelJS's reading of the package as it is now. */
  private async read(): Promise<ExcelJS.Workbook> {
    if (!this.workbook) {
      const bytes = await this.toBytes();
      this.workbook = (await openWorkbookBytes(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), this.label)).workbook;
    }
    return this.workbook;
  }
}
