/**
 * Checks made before any write, all read in one sync (two when an old Excel
 * cannot list the tables of a range, or when a sheet appeared since the last
 * read and its mark must be read too): a plan that would touch what the add-in
 * does not own is refused and nothing at all is written. A sheet is the
 * add-in's own only when it carries the hidden mark of an entry in the
 * workbook's own-sheet record (see core/writing/own-sheets).
 */
import { columnLetters } from '../core/grid';
import { isOwnCell } from '../core/writing/status-columns';
import type { Block, SheetPlan } from '../core/writing/write-plan';
import { gridHash, isOwnSheetOf, type OwnSheet, type SheetIdentity } from '../core/writing/own-sheets';
import { cellNotEmpty, dedupeBlocked, filtered, sheetExists, sheetMissing, sheetNotOurs, sheetProtected, structureProtected, tableOverlap } from '../ports/blocked-writes';
import type { ApplyOptions, BlockedWrite } from '../ports/workbook-port';
import { areaAddress, areasOverlap, parseArea, rangeAt, type SheetArea } from './addresses';
import type { Features } from './features';
import { ownTokenOf, queueOwnMark } from './own-mark';
import { excelSheetId } from './sheet-id';
import { usedRangeToGrid } from './to-grid';


interface CellsProbe {
  plan: SheetPlan;
  protection: Excel.WorksheetProtection | null;
  filter: { autoFilter: Excel.AutoFilter; range: Excel.Range } | null;
  blocks: Array<{ area: SheetArea; range: Excel.Range; tables: Excel.TableScopedCollection | null }>;
  sheetTables: Excel.TableCollection | null;
}

export interface Preflight {
  blocked: BlockedWrite[];
  /** Position of each replaced own sheet, to put the new one where it was. */
  positions: Map<string, number>;
  /** Every sheet of the workbook before the writes. */
  sheets: SheetIdentity[];
}

export function blockArea(block: Block): SheetArea {
  const width = Math.max(1, ...block.cells.map((line) => line.length));
  return { top: block.top - 1, left: block.left, bottom: block.top - 1 + Math.max(1, block.cells.length) - 1, right: block.left + width - 1 };
}

/**
 * `knownSheetIds` are the sheets of the read just before: their marks and
 * protection are loaded with the sheet list, in the same sync, so only a sheet
 * added since (or an Excel without marks) costs one more. Nothing read before
 * is trusted: every mark used comes from this sync or the next.
 */
export async function preflight(
  context: Excel.RequestContext,
  features: Features,
  plans: SheetPlan[],
  options: ApplyOptions,
  ownSheets: readonly OwnSheet[],
  knownSheetIds: readonly string[] = [],
): Promise<Preflight> {
  const blocked: BlockedWrite[] = [];
  const positions = new Map<string, number>();
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/position,items/id');
  const sheetPlans = plans.filter((p) => p.mode !== 'cells');
  const bookProtection = features.workbookProtection && sheetPlans.length > 0 ? context.workbook.protection : null;
  bookProtection?.load('protected');
  const probes = plans.filter((p) => p.mode === 'cells').map((plan) => probeCells(context, features, plan));
  const early = sheetPlans.length > 0 && features.sheetNames ? knownSheetIds.map((id) => probeSheet(context.workbook.worksheets.getItem(id), features, id)) : [];
  try {
    await context.sync();
  } catch (e) {
    // A sheet read just before is gone: check again the slow way, trusting nothing queued here.
    if (early.length > 0) return preflight(context, features, plans, options, ownSheets);
    // A sheet a plan writes into is gone (renamed or deleted since it was read): say so, write nothing.
    const missing = await missingSheets(context, plans);
    if (missing.length === 0) throw e;
    return { blocked: missing.map(sheetMissing), positions, sheets: [] };
  }

  // The marks (and the protection of sheets to replace) of sheets not probed above take one more sync.
  const probed = new Map(early.map((p) => [p.id, p]));
  const sheetProbes = sheetPlans.length > 0 ? sheets.items.map((s) => probed.get(s.id) ?? probeSheet(s, features, s.id)) : [];
  const existing = new Map(sheets.items.map((s, i) => [s.name.toLocaleLowerCase(), { sheet: s, index: i }]));
  const replaced = sheetPlans
    .filter((p) => p.mode === 'replace-own' && existing.has(p.sheet.toLocaleLowerCase()))
    .map((plan) => ({ plan, protection: sheetProbes[existing.get(plan.sheet.toLocaleLowerCase())!.index]?.protection ?? null }));
  const marks = sheetProbes.map((p) => p.marks);
  // Without marks (ExcelApi below 1.4), a sheet under a recorded name is the add-in's only while it holds what the add-in wrote.
  const contents = sheetPlans.length > 0 && !features.sheetNames ? sheets.items.map((s) => (ownSheets.some((e) => sameSheetName(e.name, s.name)) ? s.getUsedRangeOrNullObject(true).load('values,valueTypes,formulas,rowIndex,columnIndex') : null)) : [];
  if (sheetProbes.some((p) => !probed.has(p.id) && (p.marks !== null || p.protection !== null)) || contents.some((c) => c !== null)) await context.sync();
  const identities: SheetIdentity[] = sheets.items.map((s, i) => {
    const token = ownTokenOf(marks[i] ?? null);
    const content = contents[i];
    return { name: s.name, id: excelSheetId(s.id), ...(token ? { token } : {}), ...(content ? { hash: usedRangeHash(content) } : {}) };
  });
  for (const plan of sheetPlans) {
    const found = existing.get(plan.sheet.toLocaleLowerCase());
    if (bookProtection?.protected) blocked.push(structureProtected(plan.sheet));
    else if (found && plan.mode === 'create') blocked.push(sheetExists(plan.sheet));
    else if (found && plan.mode === 'replace-own') {
      const ours = plan.own !== undefined && isOwnSheetOf(identities[found.index]!, ownSheets, plan.own, identities);
      // A report the user protected is kept as it is, even the add-in's own.
      if (!ours) blocked.push(sheetNotOurs(plan.sheet));
      else if (replaced.find((r) => r.plan === plan)?.protection?.protected) blocked.push(sheetProtected(plan.sheet));
      else positions.set(plan.sheet, found.sheet.position);
    }
  }
  const tableRanges = probes.flatMap((p) => (p.sheetTables ? p.sheetTables.items.map((t) => ({ probe: p, name: t.name, range: t.getRange().load('address') })) : []));
  if (tableRanges.length > 0) await context.sync();

  const allowed = new Set(options.allowOverwrite ?? []);
  for (const probe of probes) blocked.push(...cellsBlocked(probe, allowed));
  for (const t of tableRanges) {
    const area = parseArea(t.range.address.slice(t.range.address.lastIndexOf('!') + 1));
    if (area && t.probe.blocks.some((b) => areasOverlap(area, b.area))) blocked.push(tableOverlap(t.probe.plan.sheet, t.name));
  }
  return { blocked, positions, sheets: identities };
}

interface SheetProbe {
  id: string;
  marks: Excel.NamedItemCollection | null;
  protection: Excel.WorksheetProtection | null;
}

/** Queues the load of a sheet's mark and protection (a sheet to replace must not be protected). */
function probeSheet(sheet: Excel.Worksheet, features: Features, id: string): SheetProbe {
  return { id, marks: queueOwnMark(sheet, features), protection: features.protection ? sheet.protection.load('protected') : null };
}

function sameSheetName(a: string, b: string): boolean {
  return a.toLocaleLowerCase('vi') === b.toLocaleLowerCase('vi');
}

/** The hash of a used range's values, read into a grid as the add-in reads every sheet. */
function usedRangeHash(range: Excel.Range): string {
  if (range.isNullObject) return gridHash({ sheet: '', origin: { row: 0, col: 0 }, rows: [], merges: [] });
  const { rowIndex, columnIndex, values, valueTypes, formulas } = range;
  return gridHash(usedRangeToGrid({ sheet: '', rowIndex, columnIndex, values, valueTypes: valueTypes as string[][], formulas, numberFormat: [], merges: [], hiddenRows: [] }));
}

/** The sheets `cells` plans write into that the workbook no longer has (one sync). */
async function missingSheets(context: Excel.RequestContext, plans: SheetPlan[]): Promise<string[]> {
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const names = new Set(sheets.items.map((s) => s.name.toLocaleLowerCase()));
  return [...new Set(plans.filter((p) => p.mode === 'cells' && !names.has(p.sheet.toLocaleLowerCase())).map((p) => p.sheet))];
}

function probeCells(context: Excel.RequestContext, features: Features, plan: SheetPlan): CellsProbe {
  const ws = context.workbook.worksheets.getItem(plan.sheet);
  const protection = features.protection ? ws.protection.load('protected') : null;
  const filter = features.autoFilter ? { autoFilter: ws.autoFilter.load('enabled,isDataFiltered'), range: ws.autoFilter.getRangeOrNullObject().load('address') } : null;
  const blocks = plan.blocks.map((block) => {
    const area = blockArea(block);
    const range = rangeAt(ws, area.top, area.left, area.bottom - area.top + 1, area.right - area.left + 1).load('values,formulas');
    const tables = features.rangeTables ? range.getTables(false).load('items/name') : null;
    return { area, range, tables };
  });
  const sheetTables = features.rangeTables ? null : ws.tables.load('items/name');
  return { plan, protection, filter, blocks, sheetTables };
}

function cellsBlocked(probe: CellsProbe, allowed: Set<string>): BlockedWrite[] {
  const { plan } = probe;
  if (probe.protection?.protected) return [sheetProtected(plan.sheet)];
  const out: BlockedWrite[] = [];
  const filter = probe.filter;
  if (filter && filter.autoFilter.isDataFiltered && !filter.range.isNullObject) {
    const area = parseArea(filter.range.address.slice(filter.range.address.lastIndexOf('!') + 1));
    if (area && probe.blocks.some((b) => b.area.top <= area.bottom && area.top <= b.area.bottom)) out.push(filtered(plan.sheet, areaAddress(area)));
  }
  for (const block of probe.blocks) {
    for (const table of block.tables?.items ?? []) out.push(tableOverlap(plan.sheet, table.name));
    const values = block.range.values;
    const formulas = block.range.formulas;
    values.forEach((line, r) =>
      line.forEach((value, c) => {
        const formula = formulas[r]?.[c];
        const cell = { value: value === '' ? null : (value as string | number | boolean), ...(typeof formula === 'string' && formula.startsWith('=') ? { formula } : {}) };
        if (isOwnCell(cell)) return;
        const address = `${columnLetters(block.area.left + c)}${block.area.top + r + 1}`;
        if (allowed.has(`${plan.sheet}!${address}`)) return;
        out.push(cellNotEmpty(plan.sheet, address));
      }),
    );
  }
  return dedupeBlocked(out);
}
