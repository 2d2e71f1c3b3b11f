import type { Grid } from '../core/grid';
import type { SheetPlan } from '../core/plan/write-plan';
import type { WorkbookMapping } from '../core/schema';
import type { ApplyResult, StoredMapping, WorkbookPort } from '../ports/workbook-port';
import { readDocumentBytes, sendCopyName } from './document-file';
import { AdapterError } from './errors';
import { detectFeatures, type Features } from './features';
import type { ExcelHost } from './host';
import { readStoredMapping, writeStoredMapping } from './mapping-store';
import { type ApplyOptions, preflight } from './preflight';
import { readGrids, readSheetNames } from './read-sheets';
import { readWorkbook } from './read-workbook';
import { writePlans } from './write-plans';

/** The workbook open in Excel, through Office.js. */
export class OfficeWorkbook implements WorkbookPort {
  readonly features: Features;

  constructor(
    private readonly host: ExcelHost,
    features?: Features,
  ) {
    this.features = features ?? detectFeatures(host);
  }

  sheetNames(): Promise<string[]> {
    return readSheetNames(this.host);
  }

  /** One sync when names are given, two when all sheets are read (more, in bands, only past 5 MB of cells). */
  async readSheets(names?: string[]): Promise<Grid[]> {
    return readGrids(this.host, this.features, names ?? (await readSheetNames(this.host)));
  }

  /** Every sheet and the mapping in two syncs. */
  readAll(): Promise<{ grids: Grid[]; stored: StoredMapping }> {
    return readWorkbook(this.host, this.features);
  }

  readMapping(): Promise<StoredMapping> {
    return readStoredMapping(this.host, this.features);
  }

  writeMapping(mapping: WorkbookMapping): Promise<void> {
    return writeStoredMapping(this.host, this.features, mapping);
  }

  /**
   * Checks every plan, then writes them all, or nothing: usually two syncs
   * (checks, writes), more only for very large writes (one per ~4 MB request).
   */
  apply(plans: SheetPlan[], onProgress?: (done: number, total: number) => void, options: ApplyOptions = {}): Promise<ApplyResult> {
    if (plans.length === 0) return Promise.resolve({ ok: true, written: [] });
    return this.host.run(async (context) => {
      const checked = await preflight(context, this.features, plans, options);
      if (checked.blocked.length > 0) return { ok: false, blocked: checked.blocked };
      await writePlans(context, this.features, plans, checked.positions, onProgress);
      return { ok: true, written: plans.map((p) => p.sheet) };
    });
  }

  /** The open workbook's .xlsx bytes (Office file API), and a name for the copy sent upward. */
  async documentBytes(): Promise<{ bytes: Uint8Array; name: string }> {
    return { bytes: await readDocumentBytes(this.host), name: sendCopyName(this.host) };
  }

  /** Shows a cell to the user: activates its sheet and selects it (one sync). */
  select(sheet: string, address: string): Promise<void> {
    if (!/^\$?[A-Z]{1,3}\$?\d{1,7}(:\$?[A-Z]{1,3}\$?\d{1,7})?$/i.test(address)) {
      return Promise.reject(new AdapterError({ vi: `Địa chỉ ô không hợp lệ: ${address}`, en: `Invalid cell address: ${address}` }));
    }
    return this.host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    });
  }
}
