/**
 * An existing worksheet part, parsed once for the checks and the cell patch:
 * its rows and cells by number (rows and cells may leave out their `r`
 * attribute: their place then follows the previous one), protection, filter,
 * merged areas, and what a cell holds as the core reads it.
 */
import { type Cell, type CellValue, columnIndex } from '../../core/grid';
import { NS } from './namespaces';
import { decodeXstring } from './xstring';
import { childNamed, childrenNamed, indexXml, innerText, type XmlElement } from './xml-index';

export interface SheetCell {
  /** 1-based row and 0-based column, as plans count them. */
  row: number;
  col: number;
  element: XmlElement;
  /** False when the cell has no `r` attribute. */
  explicit: boolean;
}

export interface SheetRow {
  row: number;
  element: XmlElement;
  explicit: boolean;
  cells: SheetCell[];
}

/** A rectangle of cells, 1-based rows and 0-based columns, inclusive. */
export interface CellArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const ON = new Set(['1', 'true']);

export class SheetDocument {
  readonly root: XmlElement;
  readonly sheetData: XmlElement | undefined;
  readonly rows: SheetRow[] = [];
  private readonly byRow = new Map<number, SheetRow>();
  private byCell: Map<number, SheetCell> | null = null;

  constructor(
    readonly path: string,
    readonly xml: string,
  ) {
    this.root = indexXml(xml, path);
    this.sheetData = this.child('sheetData');
    let row = 0;
    for (const element of this.sheetData ? childrenNamed(this.sheetData, 'row', NS.main) : []) {
      const r = Number(element.attrs.r);
      const explicit = Number.isInteger(r) && r > 0;
      row = explicit ? r : row + 1;
      let col = -1;
      const cells: SheetCell[] = childrenNamed(element, 'c', NS.main).map((c) => {
        const ref = c.attrs.r ? /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(c.attrs.r) : null;
        col = ref ? columnIndex(ref[1]!) : col + 1;
        return { row, col, element: c, explicit: ref !== null };
      });
      const line: SheetRow = { row, element, explicit, cells };
      this.rows.push(line);
      this.byRow.set(row, line);
    }
  }

  /** The main-namespace prefix the part uses ('' when it is the default namespace). */
  get prefix(): string {
    return this.root.prefix;
  }

  child(local: string): XmlElement | undefined {
    return childNamed(this.root, local, NS.main);
  }

  row(row: number): SheetRow | undefined {
    return this.byRow.get(row);
  }

  cell(row: number, col: number): SheetCell | undefined {
    if (!this.byCell) {
      this.byCell = new Map();
      for (const line of this.rows) for (const cell of line.cells) this.byCell.set(key(cell.row, cell.col), cell);
    }
    return this.byCell.get(key(row, col));
  }

  /** Review → Protect Sheet. */
  get isProtected(): boolean {
    const protection = this.child('sheetProtection');
    return protection !== undefined && ON.has(protection.attrs.sheet ?? '');
  }

  /** The sheet's filter range when a filter criterion hides rows. */
  get activeFilter(): { ref: string; area: CellArea } | null {
    const filter = this.child('autoFilter');
    if (!filter || !filter.attrs.ref || childrenNamed(filter, 'filterColumn', NS.main).length === 0) return null;
    const area = parseArea(filter.attrs.ref);
    return area ? { ref: filter.attrs.ref, area } : null;
  }

  merges(): Array<{ area: CellArea; element: XmlElement }> {
    const container = this.child('mergeCells');
    const out: Array<{ area: CellArea; element: XmlElement }> = [];
    for (const element of container ? childrenNamed(container, 'mergeCell', NS.main) : []) {
      const area = parseArea(element.attrs.ref ?? '');
      if (area) out.push({ area, element });
    }
    return out;
  }

  /** The cell's formula element, if any. */
  formula(cell: SheetCell): XmlElement | undefined {
    return childNamed(cell.element, 'f', NS.main);
  }

  /**
   * What the cell holds as the core reads it (value and formula), for "may the
   * add-in overwrite this?". A cell sharing a formula gets the first cell's
   * formula text; Excel's stored form of a custom function (_xldudf_DTI_STATUS)
   * reads as the function (DTI.STATUS).
   */
  read(cell: SheetCell, sharedStrings: () => string[]): Cell {
    const element = cell.element;
    const type = element.attrs.t ?? 'n';
    const v = childNamed(element, 'v', NS.main);
    const raw = v ? innerText(this.xml, v) : undefined;
    let value: CellValue = null;
    if (type === 'inlineStr') {
      const is = childNamed(element, 'is', NS.main);
      value = is ? stringItem(this.xml, is) : null;
    } else if (raw !== undefined) {
      if (type === 's') value = sharedStrings()[Number(raw)] ?? null;
      else if (type === 'str') value = decodeXstring(raw);
      else if (type === 'd') value = raw;
      else if (type === 'b') value = raw.trim() === '1' || raw.trim() === 'true';
      else if (type === 'e') value = { error: raw };
      else value = raw.trim() === '' ? null : Number(raw);
    }
    const f = this.formula(cell);
    const text = f ? this.formulaText(f) : undefined;
    return text === undefined ? { value } : { value, formula: `=${text.replace(/_xldudf_DTI_([A-Z]+)\s*\(/gi, 'DTI.$1(')}` };
  }

  private sharedTexts: Map<string, string> | null = null;

  private formulaText(f: XmlElement): string | undefined {
    const own = decodeXstring(innerText(this.xml, f));
    if (own !== '' || f.attrs.t !== 'shared' || f.attrs.si === undefined) return own === '' ? undefined : own;
    if (!this.sharedTexts) {
      this.sharedTexts = new Map();
      for (const line of this.rows) {
        for (const c of line.cells) {
          const g = this.formula(c);
          if (g?.attrs.t === 'shared' && g.attrs.si !== undefined && g.attrs.ref !== undefined) this.sharedTexts.set(g.attrs.si, decodeXstring(innerText(this.xml, g)));
        }
      }
    }
    return this.sharedTexts.get(f.attrs.si);
  }
}

function key(row: number, col: number): number {
  return row * 16384 + col;
}

/** The text of a string item (<si> or <is>): its <t>, or its runs' <t>s; phonetic runs (<rPh>) are not text. */
export function stringItem(xml: string, item: XmlElement): string {
  const t = childNamed(item, 't', NS.main);
  if (t) return decodeXstring(innerText(xml, t));
  const runs = childrenNamed(item, 'r', NS.main).map((r) => {
    const rt = childNamed(r, 't', NS.main);
    return rt ? decodeXstring(innerText(xml, rt)) : '';
  });
  return runs.join('');
}

/** Every shared string of a sharedStrings part, by index. */
export function sharedStringsOf(xml: string, path: string): string[] {
  const root = indexXml(xml, path);
  return childrenNamed(root, 'si', NS.main).map((si) => stringItem(xml, si));
}

/** "B3:D7" (or "B3") → area; null for anything else (whole columns, other sheets). */
export function parseArea(ref: string): CellArea | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m) return null;
  const a = { col: columnIndex(m[1]!), row: Number(m[2]) };
  const b = m[3] ? { col: columnIndex(m[3]), row: Number(m[4]) } : a;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

export function areasOverlap(a: CellArea, b: CellArea): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function areaInside(inner: CellArea, outer: CellArea): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}
