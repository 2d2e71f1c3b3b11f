import { message } from '../core/messages';
import type { Grid } from '../core/grid';
import type { SheetPlan } from '../core/writing/write-plan';
import type { WorkbookMapping } from '../core/schema';
import { MAPPING_NAMESPACE } from '../core/record-namespace';
import { recordKept } from '../ports/blocked-writes';
import type { ApplyOptions, ApplyResult, StoredMapping, WorkbookPort } from '../ports/workbook-port';
import { AdapterError } from './errors';
import { detectFeatures, type Features } from './features';
import type { ExcelHost, HostTheme } from './host';
import type { StoredRecord, WriteRecordOptions, WrittenRecord } from './mapping-store';
import { queueOurParts, readRecordParts } from './record-parts';
import { readGrids, readSheetNames } from './read-sheets';
import { readWorkbook } from './read-workbook';
import { EXCEL_ID } from './sheet-id';
import type { MadeSheet } from './write-plans';

/** The workbook open in Excel, through Office.js. */
export class OfficeWorkbook implements WorkbookPort {
  readonly features: Features;
  /** The DTI record (mapping, own sheets) as last read or written through this port. */
  private lastStored: StoredMapping | null = null;
  /** The record part's XML as last read or written here, when this version may rewrite it. */
  private lastRecordXml: string | null = null;
  /** The ids of the record's parts as last read or written here: a save replaces them in one sync. */
  private lastPartIds: string[] | null = null;
  /** Excel's ids of the sheets as last read here: the checks before a write load their marks with the sheet list. */
  private lastSheetIds: string[] = [];
  /** False when the last write asked for cell notes this Excel cannot write (no notes API). */
  notesWritten = true;

  /** Custom functions run here (CustomFunctionsRuntime 1.1): Microsoft 365, Office 2021/2024, Excel on the web. */
  readonly customFunctions: boolean;

  /** Office's theme, for the pane's colours (null where the host gives none). */
  get theme(): HostTheme | null {
    return this.host.theme ?? null;
  }

  constructor(
    private readonly host: ExcelHost,
    features?: Features,
  ) {
    this.features = features ?? detectFeatures(host);
    let cf = false;
    try {
      cf = host.isSetSupported('CustomFunctionsRuntime', '1.1');
    } catch {
      cf = false;
    }
    this.customFunctions = cf;
  }

  sheetNames(): Promise<string[]> {
    return readSheetNames(this.host);
  }

  /** One sync when names are given, two when all sheets are read (more, in bands, only past 5 MB of cells). */
  async readSheets(names?: string[]): Promise<Grid[]> {
    return readGrids(this.host, this.features, names ?? (await readSheetNames(this.host)));
  }

  /** Every sheet and the mapping in two syncs (more, in bands, past 5 MB), with the syncs done so far as progress. */
  async readAll(onProgress?: (done: number, total: number) => void): Promise<{ grids: Grid[]; stored: StoredMapping }> {
    const store = recordStore(); // fetched while Excel reads
    const read = await readWorkbook(this.host, this.features, onProgress);
    const record = (await store).storedRecordOf(read.parts, this.host.settings);
    this.remember(record, read.grids);
    return { grids: read.grids, stored: record.stored };
  }

  async readMapping(): Promise<StoredMapping> {
    const store = recordStore();
    const parts = await readRecordParts(this.host, this.features);
    const record = (await store).storedRecordOf(parts, this.host.settings);
    this.remember(record);
    return record.stored;
  }

  private remember(read: StoredRecord, grids?: readonly Grid[]): void {
    this.lastStored = read.stored;
    this.lastRecordXml = read.xml;
    this.lastPartIds = read.partIds;
    if (grids) this.lastSheetIds = grids.flatMap((g) => (g.sheetId?.startsWith(EXCEL_ID) ? [g.sheetId.slice(EXCEL_ID.length)] : []));
  }

  /** Saves the mapping; the own-sheet record stays as this port last knew it (callers never change it). */
  async writeMapping(mapping: WorkbookMapping): Promise<void> {
    const kept = await this.keptRecord();
    if (kept) throw new AdapterError(recordKept('', kept, MAPPING_NAMESPACE).message);
    const current = await this.currentMapping();
    await this.saveRecord({ ...mapping, ownSheets: current?.ownSheets ?? [] });
  }

  private async saveRecord(mapping: WorkbookMapping, loaded?: WriteRecordOptions['loaded']): Promise<void> {
    const record = withoutEmptyOwnSheets(mapping);
    const { writeStoredMapping } = await recordStore();
    this.rememberWritten(record, await writeStoredMapping(this.host, this.features, record, { loaded, knownIds: this.lastPartIds, previous: this.lastRecordXml }));
  }

  private rememberWritten(mapping: WorkbookMapping, written: WrittenRecord): void {
    this.lastRecordXml = written.xml;
    this.lastPartIds = written.partIds;
    this.lastStored = { found: true, mapping: withoutEmptyOwnSheets(mapping) };
  }

  /**
   * Checks every plan, then writes them all, or nothing: two syncs (checks,
   * writes), more only for very large writes (one per ~4 MB request) or when
   * a sheet appeared since the last read. Sheets the add-in makes go into the
   * workbook's own-sheet record with the last writes, by their hidden marks;
   * an Excel without marks (below ExcelApi 1.4) records them by their new ids,
   * in one more sync.
   */
  async apply(plans: SheetPlan[], onProgress?: (done: number, total: number) => void, options: ApplyOptions = {}): Promise<ApplyResult> {
    if (plans.length === 0) return { ok: true, written: [] };
    const { preflight, prepareWrites, registryAfter, writeNotes, writePlans } = await import(/* webpackChunkName: "writes", webpackPrefetch: true */ './apply-steps');
    const { queueStoredMapping } = await recordStore();
    // Cut into requests first: a row too large for any request is refused before Excel is asked anything.
    const { prepared, tooLarge } = prepareWrites(plans);
    if (tooLarge.length > 0) return { ok: false, blocked: tooLarge };
    // A report is listed in the DTI record, which must then be one this version may rewrite.
    const recording = plans.find((p) => p.own);
    const kept = recording ? await this.keptRecord() : null;
    if (recording && kept) return { ok: false, blocked: [recordKept(recording.sheet, kept, MAPPING_NAMESPACE)] };
    // Cells of a user's sheet need no record; sheets the add-in makes or replaces do.
    const base = plans.some((p) => p.mode !== 'cells') ? await this.currentMapping() : null;
    const ownSheets = base?.ownSheets ?? [];
    return this.host.run(async (context) => {
      // Our XML parts are loaded with the checks, so the record is rewritten in one more sync.
      const parts = base !== null || plans.some((p) => p.own) ? (this.features.customXml ? queueOurParts(context) : null) : null;
      const checked = await preflight(context, this.features, plans, options, ownSheets, this.lastSheetIds);
      if (checked.blocked.length > 0) return { ok: false, blocked: checked.blocked };
      const recordOf = (made: MadeSheet[], ids: boolean): WorkbookMapping => ({ ...(base ?? { version: 1 as const, sheets: {} }), ownSheets: registryAfter(ownSheets, checked.sheets, made, this.features.sheetNames, ids) });
      // With marks, the record names the new sheets by their tokens, not their ids (learnt at the next write):
      // it then goes with the last writes, in the same sync.
      const record: { queued?: { done: () => Promise<WrittenRecord> } } = {};
      const withRecord = this.features.sheetNames && parts
        ? (made: MadeSheet[]) => {
            if (made.some((m) => m.plan.own)) record.queued = queueStoredMapping(this.host, context, parts, recordOf(made, false), this.lastRecordXml);
          }
        : undefined;
      const made = await writePlans(context, this.features, prepared, checked.positions, onProgress, withRecord);
      this.notesWritten = await writeNotes(context, this.features, plans);
      if (record.queued) this.rememberWritten(recordOf(made, false), await record.queued.done());
      else if (made.some((m) => m.plan.own)) await this.saveRecord(recordOf(made, true), parts ? { context, parts } : undefined);
      return { ok: true, written: plans.map((p) => p.sheet) };
    });
  }

  /** Whether the record as last read here is one never to write over: damaged, or a newer version's. */
  private async keptRecord(): Promise<'damaged' | 'newer' | null> {
    const stored = this.lastStored ?? (await this.readMapping());
    if (!stored.found || !('error' in stored)) return null;
    return stored.newer ? 'newer' : 'damaged';
  }

  /** The mapping as last read or written here, else read from the workbook. */
  private async currentMapping(): Promise<WorkbookMapping | null> {
    const stored = this.lastStored ?? (await this.readMapping());
    return stored.found && 'mapping' in stored ? stored.mapping : null;
  }

  /** The open workbook's .xlsx bytes (Office file API), and a name for the copy sent upward. */
  async documentBytes(): Promise<{ bytes: Uint8Array; name: string }> {
    const { readDocumentBytes, sendCopyName } = await import(/* webpackChunkName: "send-copy" */ './document-file');
    return { bytes: await readDocumentBytes(this.host), name: sendCopyName(this.host) };
  }

  /** Shows a cell to the user: activates its sheet and selects it (one sync). */
  select(sheet: string, address: string): Promise<void> {
    if (!/^\$?[A-Z]{1,3}\$?\d{1,7}(:\$?[A-Z]{1,3}\$?\d{1,7})?$/i.test(address)) {
      return Promise.reject(new AdapterError(message('excel.bad-address', { address })));
    }
    return this.host.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    });
  }
}

function withoutEmptyOwnSheets(mapping: WorkbookMapping): WorkbookMapping {
  const { ownSheets, ...rest } = mapping;
  return ownSheets && ownSheets.length > 0 ? { ...rest, ownSheets } : rest;
}

/** The record's reading and writing (with zod's checks): a chunk of its own, fetched at the first read. */
function recordStore(): Promise<typeof import('./mapping-store')> {
  return import(/* webpackChunkName: "record" */ './mapping-store');
}
