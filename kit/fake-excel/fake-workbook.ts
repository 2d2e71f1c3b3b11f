/**
 * The state behind the fake Office.js Excel API: sheets of cells with values,
 * formulas, number formats and formats, merges, hidden rows, protection,
 * filters, tables, conditional formats, charts, custom XML parts, settings,
 * the selection, and a count of syncs. Tests set it up and inspect it directly;
 * the add-in reaches it only through the API objects in fake-excel-api.
 */
import { enterText } from './excel-input';

export type FakeValue = string | number | boolean;

export interface Area {
  /** 0-based, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeFormat {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  fontName?: string;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  border?: string;
}

export interface FakeCell {
  /** '' for an empty cell, as Excel reports it. */
  value: FakeValue;
  formula?: string;
  numberFormat: string;
  /** True when `value` is an error such as "#DIV/0!". */
  error?: boolean;
  format: FakeFormat;
}

export interface FakeConditionalFormat {
  area: Area;
  formula1: string;
  operator: string;
  fill?: string;
  fontColor?: string;
}

/** A line drawn on a sheet (Worksheet.shapes.addLine), in points from the sheet's top-left corner. */
export interface FakeLine {
  startLeft: number;
  startTop: number;
  endLeft: number;
  endTop: number;
  type: string;
  name?: string;
  color?: string;
  weight?: number;
}

export interface FakePageLayout {
  orientation?: string;
  paperSize?: string;
  fitToWidth?: number;
  scale?: number;
  printTitleRows?: string;
  margins?: { top?: number; bottom?: number; left?: number; right?: number; header?: number; footer?: number };
  centerHorizontally?: boolean;
  firstPageNumber?: number | '';
  headersFooters?: { state?: string; firstPage: { centerHeader?: string }; defaultForAllPages: { centerHeader?: string } };
}

export interface FakeChart {
  type: string;
  source: string;
  title: string;
  anchor: string | null;
}

let sheetIds = 0;

export class FakeSheet {
  readonly cells = new Map<number, FakeCell>();
  merges: Area[] = [];
  hiddenRows = new Set<number>();
  hiddenCols = new Set<number>();
  protected = false;
  autoFilter: { area: Area; filtered: boolean } | null = null;
  tables: Array<{ name: string; area: Area }> = [];
  conditionalFormats: FakeConditionalFormat[] = [];
  /** Cell notes by A1 address (Worksheet.notes). */
  notes = new Map<string, string>();
  charts: FakeChart[] = [];
  frozenRows = 0;
  /** Names scoped to the sheet (the add-in's hidden DTI_OWN mark). */
  names = new Map<string, { formula: string; visible: boolean }>();
  columnWidths = new Map<number, number>();
  /** Row heights set by the add-in, in points, by 0-based row. */
  rowHeights = new Map<number, number>();
  pageLayout: FakePageLayout = {};
  /** Rows (1-based) before which a manual page break was added. */
  pageBreaks: number[] = [];
  lines: FakeLine[] = [];
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  showGridlines = true;

  /** Like Excel's Worksheet.id: a GUID that stays when the sheet is renamed or moved, never reused. */
  readonly id = `{00000000-${String(++sheetIds).padStart(4, '0')}-0000-0000-000000000000}`;

  constructor(public name: string) {}

  cell(row: number, col: number): FakeCell {
    return this.cells.get(key(row, col)) ?? { value: '', numberFormat: 'General', format: {} };
  }

  /** The stored cell, created when missing (for writes). */
  own(row: number, col: number): FakeCell {
    const k = key(row, col);
    let cell = this.cells.get(k);
    if (!cell) {
      cell = { value: '', numberFormat: 'General', format: {} };
      this.cells.set(k, cell);
    }
    return cell;
  }

  /** Bounding box of cells holding a value or a formula; null when the sheet is empty. */
  usedArea(): Area | null {
    let area: Area | null = null;
    for (const [k, cell] of this.cells) {
      if (cell.value === '' && !cell.formula) continue;
      const row = Math.floor(k / COLS);
      const col = k % COLS;
      if (!area) area = { top: row, left: col, bottom: row, right: col };
      else {
        area.top = Math.min(area.top, row);
        area.left = Math.min(area.left, col);
        area.bottom = Math.max(area.bottom, row);
        area.right = Math.max(area.right, col);
      }
    }
    return area;
  }

  /** Every stored cell as "R,C" → a copy, for before/after comparisons. */
  snapshot(): Map<string, FakeCell> {
    const out = new Map<string, FakeCell>();
    for (const [k, cell] of this.cells) {
      if (cell.value === '' && !cell.formula && cell.numberFormat === 'General' && Object.keys(cell.format).length === 0) continue;
      out.set(`${Math.floor(k / COLS)},${k % COLS}`, { ...cell, format: { ...cell.format } });
    }
    return out;
  }

  /** What a user typing `text` into the cell gets (Excel's conversions: see excel-input). */
  type(row: number, col: number, text: string): FakeCell {
    const cell = this.own(row, col);
    enterInto(cell, text);
    return cell;
  }

  /** Fills cells from rows of values as stored (no conversion); strings starting with "=" become formulas. */
  setRows(rows: Array<Array<FakeValue | null>>, top = 0, left = 0): this {
    rows.forEach((line, r) =>
      line.forEach((value, c) => {
        if (value === null || value === '') return;
        const cell = this.own(top + r, left + c);
        if (typeof value === 'string' && value.startsWith('=')) {
          cell.formula = value;
          cell.value = '';
        } else cell.value = value;
      }),
    );
    return this;
  }
}

/**
 * A value written through Range.values or Range.formulas (or typed): null leaves
 * the cell as it is, "" empties it, numbers and booleans are kept, and a string
 * is what Excel makes of it (excel-input).
 */
export function enterInto(cell: FakeCell, input: FakeValue | null): void {
  if (input === null) return;
  delete cell.formula;
  delete cell.error;
  if (typeof input !== 'string' || input === '') {
    cell.value = input;
    return;
  }
  const entered = enterText(input, cell.numberFormat);
  if (entered.kind === 'formula') {
    cell.formula = entered.formula;
    cell.value = '';
  } else if (entered.kind === 'text') cell.value = entered.text;
  else {
    cell.value = entered.value;
    if (entered.kind === 'number' && entered.numberFormat && cell.numberFormat === 'General') cell.numberFormat = entered.numberFormat;
  }
}

const COLS = 16384;
function key(row: number, col: number): number {
  return row * COLS + col;
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  customXmlParts: Array<{ id: string; xml: string }> = [];
  settings = new Map<string, unknown>();
  /** Settings as last saved with saveAsync (what survives closing the file). */
  savedSettings = new Map<string, unknown>();
  selection: { sheet: string; address: string } | null = null;
  activeSheet: string | null = null;
  structureProtected = false;
  syncs = 0;
  /** Largest request sent in one sync: UTF-8 JSON of the data written plus ~100 bytes per action and per proxy object. */
  largestRequest = 0;
  /** Size of every request, in sync order (cleared by the tests that measure). */
  requests: number[] = [];
  /** What each sync brought back (UTF-8 JSON of the properties loaded), and the largest. */
  responses: number[] = [];
  largestResponse = 0;
  /** Files opened through the file API and not closed yet; slices read from the last one. */
  openFiles = 0;
  fileSlicesRead = 0;
  private nextPart = 1;

  addSheet(name: string, rows: Array<Array<FakeValue | null>> = []): FakeSheet {
    const sheet = new FakeSheet(name).setRows(rows);
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const found = this.findSheet(name);
    if (!found) throw new Error(`no sheet ${name}`);
    return found;
  }

  /** A sheet by name (any case) or by id, as Excel's Worksheets.getItem(key) finds it. */
  findSheet(key: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === key.toLowerCase() || s.id === key);
  }

  addPart(xml: string): { id: string; xml: string } {
    const part = { id: `{part-${this.nextPart++}}`, xml };
    this.customXmlParts.push(part);
    return part;
  }
}

export function areasIntersect(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}
