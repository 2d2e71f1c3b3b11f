import type ExcelJS from 'exceljs';
import type { Grid } from '../core/grid';
import type { SheetPlan } from '../core/plan/write-plan';
import { type WorkbookMapping, WorkbookMappingSchema } from '../core/schema';
import type { ApplyResult, StoredMapping, WorkbookPort } from '../ports/workbook-port';
import { applyPlansToWorkbook } from './apply-plan';
import { writeMappingPart } from './mapping-part';
import { openWorkbookFile } from './open-workbook';
import { worksheetToGrid } from './read-grid';
import { readPackageGrids } from './read/read-package';
import JSZip from 'jszip';

/** The workbook port over an .xlsx file (ExcelJS): what the command line reads and writes through. */
export class XlsxWorkbook implements WorkbookPort {
  private stored: StoredMapping;

  private constructor(
    private readonly workbook: ExcelJS.Workbook,
    /** The file's bytes as read. */
    readonly bytes: Buffer,
    /** The package ExcelJS read: `bytes`, or a copy whose SpreadsheetML parts lost a namespace prefix. */
    readonly packageBytes: Uint8Array,
    stored: StoredMapping,
  ) {
    this.stored = stored;
  }

  static async open(path: string): Promise<XlsxWorkbook> {
    const opened = await openWorkbookFile(path);
    return new XlsxWorkbook(opened.workbook, opened.bytes, opened.packageBytes, opened.mapping);
  }

  async sheetNames(): Promise<string[]> {
    return this.workbook.worksheets.map((ws) => ws.name);
  }

  async readSheets(names?: string[]): Promise<Grid[]> {
    const wanted = names ? new Set(names) : null;
    // Until a plan is applied the package itself is read (it keeps formula results ExcelJS drops);
    // after, the ExcelJS model that holds the applied plans.
    const grids = this.applied ? this.workbook.worksheets.map(worksheetToGrid) : await this.packageGrids();
    return grids.filter((g) => !wanted || wanted.has(g.sheet));
  }

  private applied = false;
  private grids: Promise<Grid[]> | null = null;

  private packageGrids(): Promise<Grid[]> {
    this.grids ??= JSZip.loadAsync(this.packageBytes).then((zip) => readPackageGrids(zip));
    return this.grids;
  }

  async readAll(): Promise<{ grids: Grid[]; stored: StoredMapping }> {
    return { grids: await this.readSheets(), stored: this.stored };
  }

  async readMapping(): Promise<StoredMapping> {
    return this.stored;
  }

  /** Kept with the workbook and written into its bytes by `toBytes`; the own-sheet record stays as it is. */
  async writeMapping(mapping: WorkbookMapping): Promise<void> {
    const ownSheets = this.stored.found && 'mapping' in this.stored ? this.stored.mapping.ownSheets : undefined;
    const { ownSheets: _ignored, ...rest } = WorkbookMappingSchema.parse(mapping);
    this.stored = { found: true, mapping: ownSheets?.length ? { ...rest, ownSheets } : rest };
  }

  async apply(plans: SheetPlan[], onProgress?: (done: number, total: number) => void): Promise<ApplyResult> {
    const mapping = this.stored.found && 'mapping' in this.stored ? this.stored.mapping : null;
    const applied = applyPlansToWorkbook(this.workbook, plans, mapping?.ownSheets ?? []);
    this.applied ||= applied.result.ok;
    if (applied.result.ok && plans.some((p) => p.own)) {
      this.stored = { found: true, mapping: { ...(mapping ?? { version: 1, sheets: {} }), ownSheets: applied.ownSheets } };
    }
    onProgress?.(plans.length, plans.length);
    return applied.result;
  }

  /**
   * The workbook as .xlsx bytes, with its mapping (ExcelJS alone would drop it). Writing
   * them to a file is the caller's: through src/files/output-file, which never leaves a
   * half-written file nor writes over the input.
   */
  async toBytes(): Promise<Uint8Array> {
    const bytes: Uint8Array = new Uint8Array(await this.workbook.xlsx.writeBuffer());
    if (this.stored.found && 'mapping' in this.stored) return writeMappingPart(bytes, this.stored.mapping);
    return bytes;
  }
}
