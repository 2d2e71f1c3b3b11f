import type { Grid } from '../core/grid';
import type { SheetPlan } from '../core/writing/write-plan';
import { type WorkbookMapping, WorkbookMappingSchema } from '../core/schema';
import type { ApplyOptions, ApplyResult, StoredMapping, WorkbookPort } from '../ports/workbook-port';
import { checkPackageBytes, openPackageFile } from './open-workbook';
import { applyPlansToPackage } from './package/apply-plans';
import { putDtiRecord } from './package/dti-record-part';
import { XlsxPackage } from './package/opc-package';
import { DamagedSheetError, readPackageGrids, readPackageLayout } from './read/read-package';
import { WorkbookFileError, workbookMessages } from './workbook-messages';

/**
 * The workbook port over an .xlsx file: the package is read as it is (cached
 * formula results kept, no workbook model built), and writes patch it
 * (src/xlsx/package), so every part the add-in does not write (charts,
 * pictures, pivot tables, custom properties…) stays byte for byte. After a
 * write, reads see the patched package (read again on the first read).
 */
export class XlsxWorkbook implements WorkbookPort {
  /** The sheets as read; null after a write until they are asked for again (then read from the patched package). */
  private grids: Grid[] | null;

  private constructor(
    private readonly pkg: XlsxPackage,
    /** The file's bytes as read. */
    readonly bytes: Uint8Array,
    grids: Grid[],
    private stored: StoredMapping,
    private readonly label: string,
  ) {
    this.grids = grids;
  }

  /** The sheets of the package as it is now: read again only when a write made the last reading stale. */
  private async currentGrids(): Promise<Grid[]> {
    this.grids ??= await readGrids(this.pkg, this.label);
    return this.grids;
  }

  static async open(path: string): Promise<XlsxWorkbook> {
    const opened = await openPackageFile(path);
    return XlsxWorkbook.load(opened.bytes, opened.mapping, path);
  }

  /** A workbook held in memory (`label` names it in messages); the same limits and checks as a file. */
  static async fromBytes(bytes: Uint8Array, label = 'workbook.xlsx'): Promise<XlsxWorkbook> {
    const opened = await checkPackageBytes(bytes, label);
    return XlsxWorkbook.load(opened.bytes, opened.mapping, label);
  }

  private static async load(bytes: Uint8Array, mapping: StoredMapping, label: string): Promise<XlsxWorkbook> {
    let pkg: XlsxPackage;
    try {
      pkg = await XlsxPackage.load(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    } catch {
      throw workbookMessages.damaged(label);
    }
    const grids = await readGrids(pkg, label);
    return new XlsxWorkbook(pkg, bytes, grids, mapping, label);
  }

  async sheetNames(): Promise<string[]> {
    return (await this.currentGrids()).map((g) => g.sheet);
  }

  async readSheets(names?: string[]): Promise<Grid[]> {
    const wanted = names ? new Set(names) : null;
    return (await this.currentGrids()).filter((g) => !wanted || wanted.has(g.sheet));
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
    await putDtiRecord(this.pkg, record);
    this.stored = { found: true, mapping: record };
  }

  async apply(plans: SheetPlan[], onProgress?: (done: number, total: number) => void, options: ApplyOptions = {}): Promise<ApplyResult> {
    if (plans.length === 0) return { ok: true, written: [] };
    const record = this.stored.found && 'mapping' in this.stored ? this.stored.mapping : null;
    const applied = await applyPlansToPackage(this.pkg, plans, record, options, onProgress);
    if (applied.result.ok) {
      // Read again when asked, not now: a command that only writes the file never needs them, and the old and new sheets are not held at once.
      this.grids = null;
      if (applied.record !== record && applied.record) this.stored = { found: true, mapping: applied.record };
    }
    return applied.result;
  }

  /**
   * The workbook's bytes with everything applied (the input's own bytes when
   * nothing was written). Writing them to a file is the caller's: through
   * src/files/output-file, which never leaves a half-written file nor writes over the input.
   */
  toBytes(): Promise<Uint8Array> {
    return this.pkg.toBytes();
  }
}

/** Every worksheet of the package as a grid; a package that is not a workbook, or a damaged one, is said plainly. */
async function readGrids(pkg: XlsxPackage, label: string): Promise<Grid[]> {
  let grids: Grid[];
  try {
    const layout = await readPackageLayout(pkg);
    if (layout.sheets.length === 0) throw workbookMessages.notXlsx(label);
    grids = await readPackageGrids(pkg, layout);
  } catch (e) {
    if (e instanceof WorkbookFileError) throw e;
    if (e instanceof DamagedSheetError) throw workbookMessages.damagedSheet(label, e.sheet, e.damage, e.target);
    // A parser's message ("Unclosed tag…", "Cannot read properties…") is not for users.
    throw /no workbook part/.test(String(e)) ? workbookMessages.notXlsx(label) : workbookMessages.damaged(label);
  }
  // Every Excel workbook has a worksheet; a zip without one (a renamed .docx, say) is not a workbook.
  if (grids.length === 0) throw workbookMessages.notXlsx(label);
  return grids;
}
