/**
 * A `cells` plan patched into an existing worksheet part: each planned <c>
 * replaces the cell at its address or is inserted in column order, missing
 * <row>s are inserted in row order, merges go into <mergeCells>, widths into
 * <cols>, and the plan's colour rules replace the ones it wrote before. Every
 * other byte of the sheet stays as it was.
 */
import { columnLetters } from '../../core/grid';
import type { CellWrite, SheetPlan } from '../../core/writing/write-plan';
import { cellWriter, uncalculated } from './cell-xml';
import { patchColumns } from './columns-patch';
import { NS } from './namespaces';
import { WORKSHEET_ORDER, insertInOrder } from './schema-order';
import { blockArea } from './sheet-checks';
import { type CellArea, type SheetCell, type SheetDocument, type SheetRow, areaInside, areasOverlap, parseArea } from './sheet-document';
import type { StyleRegistry } from './styles-registry';
import { conditionalFormatsXml, plannedRows } from './worksheet-xml';
import { childrenNamed, qname } from './xml-index';
import { XmlPatch, escapeAttr } from './xml-patch';

export interface CellsPatch {
  xml: string;
  /** A cell that held a formula no longer does (the calculation chain is stale). */
  formulasRemoved: boolean;
  /** Some formula was written without a cached result. */
  uncalculated: boolean;
}

export function patchCells(doc: SheetDocument, plan: SheetPlan, styles: StyleRegistry): CellsPatch {
  const patch = new XmlPatch(doc.xml);
  const state = { formulasRemoved: false, uncalculated: false };
  writeCells(patch, doc, plan, styles, state);
  patchMerges(patch, doc, plan.merges ?? []);
  patchConditionalFormats(patch, doc, plan, styles);
  patchColumns(patch, doc, plan.widths);
  return { xml: patch.toString(), ...state };
}

function writeCells(patch: XmlPatch, doc: SheetDocument, plan: SheetPlan, styles: StyleRegistry, state: { formulasRemoved: boolean; uncalculated: boolean }): void {
  const p = doc.prefix;
  const rowName = qname(p, 'row');
  const newRows: string[] = [];
  let insertedRows = false;
  let nextExisting = 0;
  let bounds: CellArea | null = null;
  const colStyles = columnStyles(doc);
  const cellXml = cellWriter(p);

  const write = (row: number, col: number, cell: CellWrite, existing: SheetCell | undefined, line: SheetRow | undefined): string | null => {
    // A cell keeps its own format; a new cell takes its row's (customFormat) or its column's, as one typed there would.
    const inherited = existing ? existing.element.attrs.s : ((line?.element.attrs.customFormat === '1' ? line.element.attrs.s : undefined) ?? colStyles(col));
    const base = inherited === undefined ? undefined : Number(inherited);
    // The plan's style changes what it names; the cell keeps the rest of its format (as Excel does when the add-in sets a format).
    const style = cell.style ? styles.cellXfOver(base ?? 0, cell.style) : base;
    const xml = cellXml(`${columnLetters(col)}${row}`, cell, style);
    state.uncalculated ||= uncalculated(cell);
    if (existing && doc.formula(existing) && cell.formula === undefined) state.formulasRemoved = true;
    if (xml !== null) bounds = grow(bounds, row, col);
    return xml;
  };

  for (const [row, planned] of plannedRows(plan)) {
    const line = doc.row(row);
    if (!line) {
      const cells = planned.map(([col, cell]) => write(row, col, cell, undefined, undefined)).filter((x): x is string => x !== null);
      if (cells.length === 0) continue;
      const text = `<${rowName} r="${row}">${cells.join('')}</${rowName}>`;
      while (nextExisting < doc.rows.length && doc.rows[nextExisting]!.row < row) nextExisting++;
      const before = doc.rows[nextExisting];
      if (before) patch.insertBefore(before.element, text);
      else newRows.push(text);
      insertedRows = true;
      continue;
    }
    let i = 0;
    let inserted = false;
    const appended: string[] = [];
    const rewritten = new Set<SheetCell>();
    for (const [col, cell] of planned) {
      while (i < line.cells.length && line.cells[i]!.col < col) i++;
      const existing = line.cells[i]?.col === col ? line.cells[i] : undefined;
      const text = write(row, col, cell, existing, line);
      if (existing) {
        rewritten.add(existing);
        if (text === null) patch.remove(existing.element);
        else if (text !== doc.xml.slice(existing.element.start, existing.element.end)) patch.replace(existing.element, text);
      } else if (text !== null) {
        inserted = true;
        if (line.cells[i]) patch.insertBefore(line.cells[i]!.element, text);
        else appended.push(text);
      }
    }
    if (appended.length > 0) patch.append(line.element, appended.join(''));
    if (inserted) {
      // A cell without `r` sits right of the previous one: once a cell is inserted, every cell of the row says where it is.
      for (const c of line.cells) if (!c.explicit && !rewritten.has(c)) patch.setAttr(c.element, 'r', `${columnLetters(c.col)}${row}`);
      widenSpans(patch, line, planned);
    }
  }
  if (doc.sheetData) {
    if (newRows.length > 0) patch.append(doc.sheetData, newRows.join(''));
  } else {
    // A worksheet without <sheetData> is unusual but readable: it gets one.
    const name = qname(p, 'sheetData');
    insertInOrder(patch, doc.root, WORKSHEET_ORDER, 'sheetData', `<${name}>${newRows.join('')}</${name}>`);
  }
  if (insertedRows) for (const line of doc.rows) if (!line.explicit) patch.setAttr(line.element, 'r', String(line.row));
  if (bounds) growDimension(patch, doc, bounds);
}

/** The style of a column (<col style>), for a new cell the plan gives no style: Excel formats new cells of a formatted column so. */
function columnStyles(doc: SheetDocument): (col: number) => string | undefined {
  const cols = doc.child('cols');
  const list = cols ? childrenNamed(cols, 'col', NS.main).map((c) => ({ min: Number(c.attrs.min), max: Number(c.attrs.max), style: c.attrs.style })) : [];
  return (col) => list.find((c) => c.min <= col + 1 && col + 1 <= c.max)?.style;
}

function grow(area: CellArea | null, row: number, col: number): CellArea {
  if (!area) return { top: row, left: col, bottom: row, right: col };
  return { top: Math.min(area.top, row), left: Math.min(area.left, col), bottom: Math.max(area.bottom, row), right: Math.max(area.right, col) };
}

/** `spans` (a reader's hint: first and last column of the row) must cover the new cells. */
function widenSpans(patch: XmlPatch, line: SheetRow, planned: Array<[number, CellWrite]>): void {
  const spans = line.element.attrs.spans;
  const m = spans ? /^(\d+):(\d+)$/.exec(spans) : null;
  if (!m) return;
  let min = Number(m[1]);
  let max = Number(m[2]);
  for (const [col] of planned) {
    min = Math.min(min, col + 1);
    max = Math.max(max, col + 1);
  }
  if (`${min}:${max}` !== spans) patch.setAttr(line.element, 'spans', `${min}:${max}`);
}

function growDimension(patch: XmlPatch, doc: SheetDocument, written: CellArea): void {
  const dimension = doc.child('dimension');
  if (!dimension) return;
  const ref = dimension.attrs.ref ?? '';
  const current = parseArea(ref);
  const area = current ? { top: Math.min(current.top, written.top), left: Math.min(current.left, written.left), bottom: Math.max(current.bottom, written.bottom), right: Math.max(current.right, written.right) } : written;
  // An empty sheet says "A1": the written cells alone make its dimension.
  const empty = current !== null && doc.rows.length === 0;
  const out = empty ? written : area;
  const text = out.top === out.bottom && out.left === out.right ? `${columnLetters(out.left)}${out.top}` : `${columnLetters(out.left)}${out.top}:${columnLetters(out.right)}${out.bottom}`;
  if (text !== ref) patch.setAttr(dimension, 'ref', text);
}

/** Planned merges replace the merged areas they overlap (as unmerge + merge does in Excel); an equal one stays as it is. */
function patchMerges(patch: XmlPatch, doc: SheetDocument, merges: readonly string[]): void {
  if (merges.length === 0) return;
  const planned = merges.map((ref) => ({ ref, area: parseArea(ref) })).filter((m): m is { ref: string; area: CellArea } => m.area !== null);
  const existing = doc.merges();
  const same = (a: CellArea, b: CellArea): boolean => a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
  const kept = existing.filter((e) => !planned.some((m) => areasOverlap(m.area, e.area)) || planned.some((m) => same(m.area, e.area)));
  const added = planned.filter((m) => !existing.some((e) => same(e.area, m.area)));
  const removed = existing.filter((e) => !kept.includes(e));
  if (added.length === 0 && removed.length === 0) return;
  const name = qname(doc.prefix, 'mergeCell');
  const text = added.map((m) => `<${name} ref="${escapeAttr(m.ref)}"/>`).join('');
  const container = doc.child('mergeCells');
  if (!container) {
    const cells = qname(doc.prefix, 'mergeCells');
    insertInOrder(patch, doc.root, WORKSHEET_ORDER, 'mergeCells', `<${cells} count="${added.length}">${text}</${cells}>`);
    return;
  }
  for (const e of removed) patch.remove(e.element);
  if (text) patch.append(container, text);
  patch.setAttr(container, 'count', String(kept.length + added.length));
}

/**
 * The plan's colour rules replace the rules confined to the cells it owns (the
 * ones it wrote last time), as Excel's adapter clears them before adding; a
 * rule reaching outside those cells is the user's and stays. New rules come
 * after the remaining ones in priority.
 */
function patchConditionalFormats(patch: XmlPatch, doc: SheetDocument, plan: SheetPlan, styles: StyleRegistry): void {
  const formats = plan.conditionalFormats ?? [];
  if (formats.length === 0) return;
  const owned = [...plan.blocks.map(blockArea), ...formats.map((f) => parseArea(f.range)).filter((a): a is CellArea => a !== null)];
  let priority = 0;
  for (const element of childrenNamed(doc.root, 'conditionalFormatting', NS.main)) {
    const ranges = (element.attrs.sqref ?? '').split(/\s+/).filter(Boolean).map(parseArea);
    const ours = ranges.length > 0 && ranges.every((a) => a !== null && owned.some((o) => areaInside(a, o)));
    if (ours) {
      patch.remove(element);
      continue;
    }
    for (const rule of childrenNamed(element, 'cfRule', NS.main)) priority = Math.max(priority, Number(rule.attrs.priority) || 0);
  }
  insertInOrder(patch, doc.root, WORKSHEET_ORDER, 'conditionalFormatting', conditionalFormatsXml(formats, styles, priority + 1, doc.prefix));
}
