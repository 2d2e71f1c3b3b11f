/**
 * The refusals of a `cells` plan on an existing worksheet, as the Excel
 * adapter makes them: a protected sheet, an active filter over the rows, an
 * Excel table over the cells, a cell holding data the add-in did not write
 * (unless the user agreed), and, peculiar to files, an array or shared formula
 * the write would cut in two (Excel would have to repair the file).
 */
import { columnLetters } from '../../core/grid';
import { isOwnCell } from '../../core/writing/status-columns';
import type { Block, SheetPlan } from '../../core/writing/write-plan';
import { cellNotEmpty, dedupeBlocked, filtered, sheetProtected, splitFormula, tableOverlap } from '../../ports/blocked-writes';
import type { BlockedWrite } from '../../ports/workbook-port';
import { NS, REL_TYPE } from './namespaces';
import type { PackageEdit } from './opc-package';
import { Relationships } from './relationships';
import { type CellArea, type SheetDocument, areasOverlap, parseArea } from './sheet-document';
import { indexXml } from './xml-index';

export function blockArea(block: Block): CellArea {
  let width = 1;
  for (const line of block.cells) if (line.length > width) width = line.length;
  return { top: block.top, left: block.left, bottom: block.top + Math.max(1, block.cells.length) - 1, right: block.left + width - 1 };
}

export async function checkCellsPlan(
  edit: PackageEdit,
  doc: SheetDocument,
  plan: SheetPlan,
  allowed: ReadonlySet<string>,
  sharedStrings: () => string[],
): Promise<BlockedWrite[]> {
  if (doc.isProtected) return [sheetProtected(plan.sheet)];
  const out: BlockedWrite[] = [];
  const areas = plan.blocks.map(blockArea);
  const filter = doc.activeFilter;
  if (filter && areas.some((a) => a.top <= filter.area.bottom && filter.area.top <= a.bottom)) out.push(filtered(plan.sheet, filter.ref));
  for (const table of await tablesOf(edit, doc)) if (areas.some((a) => areasOverlap(a, table.area))) out.push(tableOverlap(plan.sheet, table.name));

  const planned = new Set<number>();
  for (const block of plan.blocks) block.cells.forEach((line, r) => line.forEach((_, c) => planned.add(key(block.top + r, block.left + c))));
  for (const block of plan.blocks) {
    block.cells.forEach((line, r) =>
      line.forEach((_, c) => {
        const row = block.top + r;
        const col = block.left + c;
        const cell = doc.cell(row, col);
        if (!cell || isOwnCell(doc.read(cell, sharedStrings))) return;
        const address = `${columnLetters(col)}${row}`;
        if (!allowed.has(`${plan.sheet}!${address}`)) out.push(cellNotEmpty(plan.sheet, address));
      }),
    );
  }
  return dedupeBlocked(out.concat(splitFormulas(doc, plan.sheet, planned)));
}

/**
 * Array formulas the plan covers in part, and shared formulas whose first cell
 * (the only one holding the text) the plan replaces while other cells sharing
 * it stay.
 */
function splitFormulas(doc: SheetDocument, sheet: string, planned: ReadonlySet<number>): BlockedWrite[] {
  const out: BlockedWrite[] = [];
  const sharedMasters = new Map<string, { row: number; col: number }>();
  const sharedMembers = new Map<string, Array<{ row: number; col: number }>>();
  for (const line of doc.rows) {
    for (const cell of line.cells) {
      const f = doc.formula(cell);
      if (!f?.attrs.t || f.attrs.t === 'normal') continue;
      if (f.attrs.t === 'array' && f.attrs.ref) {
        const area = parseArea(f.attrs.ref);
        if (!area) continue;
        let inPlan = 0;
        for (let r = area.top; r <= area.bottom; r++) for (let c = area.left; c <= area.right; c++) if (planned.has(key(r, c))) inPlan++;
        const size = (area.bottom - area.top + 1) * (area.right - area.left + 1);
        if (inPlan > 0 && inPlan < size) out.push(splitFormula(sheet, `${columnLetters(cell.col)}${cell.row}`));
      } else if (f.attrs.t === 'shared' && f.attrs.si !== undefined) {
        if (f.attrs.ref !== undefined) sharedMasters.set(f.attrs.si, cell);
        else {
          const list = sharedMembers.get(f.attrs.si);
          if (list) list.push(cell);
          else sharedMembers.set(f.attrs.si, [cell]);
        }
      }
    }
  }
  for (const [si, master] of sharedMasters) {
    if (!planned.has(key(master.row, master.col))) continue;
    if ((sharedMembers.get(si) ?? []).some((m) => !planned.has(key(m.row, m.col)))) out.push(splitFormula(sheet, `${columnLetters(master.col)}${master.row}`));
  }
  return out;
}

/** The Excel tables (ListObjects) of a sheet: their display names and ranges. */
async function tablesOf(edit: PackageEdit, doc: SheetDocument): Promise<Array<{ name: string; area: CellArea }>> {
  const parts = doc.child('tableParts');
  if (!parts || parts.children.length === 0) return [];
  const rels = await Relationships.load(edit, doc.path);
  const out: Array<{ name: string; area: CellArea }> = [];
  for (const rel of rels.ofType(REL_TYPE.table)) {
    const xml = rel.part ? await edit.read(rel.part) : null;
    if (xml === null) continue;
    const table = indexXml(xml, rel.part!);
    const area = table.local === 'table' && table.uri === NS.main ? parseArea(table.attrs.ref ?? '') : null;
    if (area) out.push({ name: table.attrs.displayName ?? table.attrs.name ?? rel.part!, area });
  }
  return out;
}

function key(row: number, col: number): number {
  return row * 16384 + col;
}
