/**
 * Checks made before any write, all read in one sync (two when an old Excel
 * cannot list the tables of a range): a plan that would touch what the add-in
 * does not own is refused and nothing at all is written. A sheet is the
 * add-in's own only when the workbook's own-sheet record lists its id.
 */
import { columnLetters } from '../core/grid';
import { bi } from '../core/i18n';
import { isOwnCell } from '../core/plan/status-columns';
import type { Block, SheetPlan } from '../core/plan/write-plan';
import { isOwnSheetOf, type OwnSheet, type SheetIdentity } from '../core/workbook/own-sheets';
import type { BlockedWrite } from '../ports/workbook-port';
import { areaAddress, areasOverlap, parseArea, type SheetArea } from './addresses';
import type { Features } from './features';
import { excelSheetId } from './sheet-id';

export interface ApplyOptions {
  /** "Sheet!A1" cells the user agreed to overwrite although the add-in did not write them. */
  allowOverwrite?: readonly string[];
}

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

export async function preflight(
  context: Excel.RequestContext,
  features: Features,
  plans: SheetPlan[],
  options: ApplyOptions,
  ownSheets: readonly OwnSheet[],
): Promise<Preflight> {
  const blocked: BlockedWrite[] = [];
  const positions = new Map<string, number>();
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/position,items/id');
  const bookProtection = features.workbookProtection && plans.some((p) => p.mode !== 'cells') ? context.workbook.protection : null;
  bookProtection?.load('protected');
  const probes = plans.filter((p) => p.mode === 'cells').map((plan) => probeCells(context, features, plan));
  await context.sync();

  const existing = new Map(sheets.items.map((s) => [s.name.toLocaleLowerCase(), s]));
  for (const plan of plans.filter((p) => p.mode !== 'cells')) {
    const found = existing.get(plan.sheet.toLocaleLowerCase());
    if (bookProtection?.protected) blocked.push(protectedBook(plan));
    else if (found && plan.mode === 'create') blocked.push(sheetExists(plan));
    else if (found && plan.mode === 'replace-own') {
      const ours = plan.own !== undefined && isOwnSheetOf({ name: found.name, id: excelSheetId(found.id) }, ownSheets, plan.own);
      if (ours) positions.set(plan.sheet, found.position);
      else blocked.push(notOurs(plan));
    }
  }
  const tableRanges = probes.flatMap((p) => (p.sheetTables ? p.sheetTables.items.map((t) => ({ probe: p, name: t.name, range: t.getRange().load('address') })) : []));
  if (tableRanges.length > 0) await context.sync();

  const allowed = new Set(options.allowOverwrite ?? []);
  for (const probe of probes) blocked.push(...cellsBlocked(probe, allowed));
  for (const t of tableRanges) {
    const area = parseArea(t.range.address.slice(t.range.address.lastIndexOf('!') + 1));
    if (area && t.probe.blocks.some((b) => areasOverlap(area, b.area))) blocked.push(tableOverlap(t.probe.plan, t.name));
  }
  return { blocked, positions, sheets: sheets.items.map((s) => ({ name: s.name, id: excelSheetId(s.id) })) };
}

function probeCells(context: Excel.RequestContext, features: Features, plan: SheetPlan): CellsProbe {
  const ws = context.workbook.worksheets.getItem(plan.sheet);
  const protection = features.protection ? ws.protection.load('protected') : null;
  const filter = features.autoFilter ? { autoFilter: ws.autoFilter.load('enabled,isDataFiltered'), range: ws.autoFilter.getRangeOrNullObject().load('address') } : null;
  const blocks = plan.blocks.map((block) => {
    const area = blockArea(block);
    const range = ws.getRangeByIndexes(area.top, area.left, area.bottom - area.top + 1, area.right - area.left + 1).load('values,formulas');
    const tables = features.rangeTables ? range.getTables(false).load('items/name') : null;
    return { area, range, tables };
  });
  const sheetTables = features.rangeTables ? null : ws.tables.load('items/name');
  return { plan, protection, filter, blocks, sheetTables };
}

function cellsBlocked(probe: CellsProbe, allowed: Set<string>): BlockedWrite[] {
  const { plan } = probe;
  if (probe.protection?.protected) {
    return [{ sheet: plan.sheet, where: plan.sheet, reason: 'protected', message: bi(`Trang tính "${plan.sheet}" đang được bảo vệ. Bỏ bảo vệ (Xem lại → Bỏ bảo vệ trang tính) rồi thử lại.`, `The sheet "${plan.sheet}" is protected. Unprotect it (Review → Unprotect Sheet) and try again.`) }];
  }
  const out: BlockedWrite[] = [];
  const filter = probe.filter;
  if (filter && filter.autoFilter.isDataFiltered && !filter.range.isNullObject) {
    const area = parseArea(filter.range.address.slice(filter.range.address.lastIndexOf('!') + 1));
    if (area && probe.blocks.some((b) => b.area.top <= area.bottom && area.top <= b.area.bottom)) {
      out.push({ sheet: plan.sheet, where: areaAddress(area), reason: 'filter', message: bi(`Trang tính "${plan.sheet}" đang lọc dữ liệu (${areaAddress(area)}). Xóa bộ lọc (Dữ liệu → Xóa) rồi thử lại, để không ghi vào các dòng đang bị ẩn.`, `The sheet "${plan.sheet}" has an active filter (${areaAddress(area)}). Clear it (Data → Clear) and try again, so no hidden row is written.`) });
    }
  }
  for (const block of probe.blocks) {
    for (const table of block.tables?.items ?? []) out.push(tableOverlap(plan, table.name));
    const values = block.range.values;
    const formulas = block.range.formulas;
    values.forEach((line, r) =>
      line.forEach((value, c) => {
        const formula = formulas[r]?.[c];
        const cell = { value: value === '' ? null : (value as string | number | boolean), ...(typeof formula === 'string' && formula.startsWith('=') ? { formula } : {}) };
        if (isOwnCell(cell)) return;
        const address = `${columnLetters(block.area.left + c)}${block.area.top + r + 1}`;
        if (allowed.has(`${plan.sheet}!${address}`)) return;
        out.push({ sheet: plan.sheet, where: address, reason: 'cell-not-empty', message: bi(`Ô ${address} trên "${plan.sheet}" đã có dữ liệu không do DTI ghi; chưa ghi đè.`, `Cell ${address} on "${plan.sheet}" holds data DTI did not write; it was not overwritten.`) });
      }),
    );
  }
  return dedupe(out);
}

function dedupe(list: BlockedWrite[]): BlockedWrite[] {
  const seen = new Set<string>();
  return list.filter((b) => {
    const key = `${b.reason}|${b.where}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function tableOverlap(plan: SheetPlan, table: string): BlockedWrite {
  return { sheet: plan.sheet, where: table, reason: 'table-overlap', message: bi(`Cột tình trạng trên "${plan.sheet}" sẽ nằm trong bảng Excel "${table}". Chuyển bảng về vùng dữ liệu thường (Thiết kế bảng → Chuyển thành dải ô) hoặc để trống các cột bên phải bảng.`, `The status columns on "${plan.sheet}" would fall inside the Excel table "${table}". Convert it to a range (Table Design → Convert to Range) or leave the columns right of it empty.`) };
}

function sheetExists(plan: SheetPlan): BlockedWrite {
  return { sheet: plan.sheet, where: plan.sheet, reason: 'sheet-exists', message: bi(`Đã có trang tính "${plan.sheet}"; không ghi đè.`, `A sheet named "${plan.sheet}" exists; it is not replaced.`) };
}

function notOurs(plan: SheetPlan): BlockedWrite {
  return { sheet: plan.sheet, where: plan.sheet, reason: 'sheet-exists', message: bi(`Trang tính "${plan.sheet}" không do DTI tạo; không ghi đè.`, `The sheet "${plan.sheet}" was not made by DTI; it is not replaced.`) };
}

function protectedBook(plan: SheetPlan): BlockedWrite {
  return { sheet: plan.sheet, where: plan.sheet, reason: 'protected', message: bi('Cấu trúc sổ làm việc đang được bảo vệ nên không thêm được trang tính. Bỏ bảo vệ sổ làm việc rồi thử lại.', 'The workbook structure is protected, so no sheet can be added. Unprotect the workbook and try again.') };
}
