/** The fake Range and RangeAreas (values, formulas, formats, merges, conditional formats, tables, selection). */
import { columnIndex, columnLetters, quoteSheetName } from '../../src/core/grid';
import { FakeClientObject, FakeContext, FakeOfficeError } from './fake-client';
import { type Area, type FakeCell, type FakeConditionalFormat, type FakeFormat, type FakeSheet, type FakeValue, areasIntersect, enterInto } from './fake-workbook';

export type Locate = () => { sheet: FakeSheet; area: Area } | null;

const MAX_ROW = 1048575;

/** "A1", "A1:C3", "C:E", "3:5" → area (0-based, inclusive). */
export function parseA1(address: string): Area {
  const plain = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a, b = a] = plain.replace(/\$/g, '').toUpperCase().split(':') as [string, string?];
  const one = (ref: string): { row: number | null; col: number | null } => {
    const m = /^([A-Z]*)(\d*)$/.exec(ref);
    if (!m || (!m[1] && !m[2])) throw new FakeOfficeError('InvalidArgument', `Bad address ${address}`);
    return { col: m[1] ? columnIndex(m[1]) : null, row: m[2] ? Number(m[2]) - 1 : null };
  };
  const from = one(a);
  const to = one(b!);
  return { top: from.row ?? 0, left: from.col ?? 0, bottom: to.row ?? MAX_ROW, right: to.col ?? 16383 };
}

export function areaA1(area: Area): string {
  const a = `${columnLetters(area.left)}${area.top + 1}`;
  const b = `${columnLetters(area.right)}${area.bottom + 1}`;
  return a === b ? a : `${a}:${b}`;
}

function forEachCell(area: Area, fn: (row: number, col: number, r: number, c: number) => void): void {
  for (let row = area.top; row <= area.bottom; row++) for (let col = area.left; col <= area.right; col++) fn(row, col, row - area.top, col - area.left);
}

function matrix<T>(area: Area, fn: (cell: FakeCell) => T, sheet: FakeSheet): T[][] {
  const out: T[][] = [];
  for (let row = area.top; row <= area.bottom; row++) {
    const line: T[] = [];
    for (let col = area.left; col <= area.right; col++) line.push(fn(sheet.cell(row, col)));
    out.push(line);
  }
  return out;
}

function writable(sheet: FakeSheet): void {
  if (sheet.protected) throw new FakeOfficeError('AccessDenied', `The sheet ${sheet.name} is protected.`);
}

export class FakeRange extends FakeClientObject {
  readonly format: FakeRangeFormat;
  readonly conditionalFormats: FakeConditionalFormats;

  constructor(
    context: FakeContext,
    readonly locate: Locate,
  ) {
    super(context);
    this.format = new FakeRangeFormat(context, this);
    this.conditionalFormats = new FakeConditionalFormats(context, this);
  }

  protected scalarNames(): string[] {
    return ['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'values', 'valueTypes', 'numberFormat', 'formulas'];
  }

  protected override isMissing(): boolean {
    return this.locate() === null;
  }

  protected snapshot(name: string): unknown {
    const { sheet, area } = this.located();
    switch (name) {
      case 'address':
        return `${quoteSheetName(sheet.name)}!${areaA1(area)}`;
      case 'rowIndex':
        return area.top;
      case 'columnIndex':
        return area.left;
      case 'rowCount':
        return area.bottom - area.top + 1;
      case 'columnCount':
        return area.right - area.left + 1;
      case 'values':
        return matrix(area, (c) => c.value, sheet);
      case 'valueTypes':
        return matrix(area, (c) => (c.error ? 'Error' : c.value === '' ? 'Empty' : typeof c.value === 'number' ? 'Double' : typeof c.value === 'boolean' ? 'Boolean' : 'String'), sheet);
      case 'numberFormat':
        return matrix(area, (c) => c.numberFormat, sheet);
      case 'formulas':
        return matrix(area, (c) => c.formula ?? c.value, sheet);
      default:
        throw new FakeOfficeError('InvalidArgument', `The fake Range has no property ${name}`);
    }
  }

  located(): { sheet: FakeSheet; area: Area } {
    const at = this.locate();
    if (!at) throw new FakeOfficeError('ItemNotFound', 'The range does not exist.');
    return at;
  }

  get address(): string { return this.read('address'); }
  get rowIndex(): number { return this.read('rowIndex'); }
  get columnIndex(): number { return this.read('columnIndex'); }
  get rowCount(): number { return this.read('rowCount'); }
  get columnCount(): number { return this.read('columnCount'); }
  get valueTypes(): string[][] { return this.read('valueTypes'); }

  get values(): FakeValue[][] { return this.read('values'); }
  set values(input: Array<Array<FakeValue | null>>) { this.writeMatrix(input, enterInto); }

  get formulas(): FakeValue[][] { return this.read('formulas'); }
  set formulas(input: Array<Array<FakeValue | null>>) { this.writeMatrix(input, enterInto); }

  get numberFormat(): string[][] { return this.read('numberFormat'); }
  set numberFormat(input: Array<Array<string | null>>) {
    this.writeMatrix(input, (cell, value) => {
      if (value !== null) cell.numberFormat = String(value);
    });
  }

  private writeMatrix<T>(input: T[][], apply: (cell: FakeCell, value: T) => void): void {
    this.context.payload(input);
    this.context.enqueue(() => {
      const { sheet, area } = this.located();
      writable(sheet);
      const rows = area.bottom - area.top + 1;
      const cols = area.right - area.left + 1;
      if (input.length !== rows || input.some((line) => line.length !== cols)) {
        throw new FakeOfficeError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`);
      }
      forEachCell(area, (row, col, r, c) => apply(sheet.own(row, col), input[r]![c]!));
    });
  }

  /** Runs `fn` on every cell at sync time (format setters). */
  eachCell(fn: (cell: FakeCell) => void): void {
    this.context.enqueue(() => {
      const { sheet, area } = this.located();
      writable(sheet);
      forEachCell(area, (row, col) => fn(sheet.own(row, col)));
    });
  }

  merge(across = false): void {
    this.context.enqueue(() => {
      const { sheet, area } = this.located();
      writable(sheet);
      const parts = across ? Array.from({ length: area.bottom - area.top + 1 }, (_, i) => ({ ...area, top: area.top + i, bottom: area.top + i })) : [area];
      sheet.merges = sheet.merges.filter((m) => !areasIntersect(m, area)).concat(parts);
    });
  }

  unmerge(): void {
    this.context.enqueue(() => {
      const { sheet, area } = this.located();
      writable(sheet);
      sheet.merges = sheet.merges.filter((m) => !areasIntersect(m, area));
    });
  }

  select(): void {
    this.context.enqueue(() => {
      const { sheet, area } = this.located();
      this.context.state.activeSheet = sheet.name;
      this.context.state.selection = { sheet: sheet.name, address: areaA1(area) };
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      const at = this.locate();
      return at ? { sheet: at.sheet, areas: at.sheet.merges.filter((m) => areasIntersect(m, at.area)) } : null;
    });
  }

  getSpecialCellsOrNullObject(type: string): FakeRangeAreas {
    if (type !== 'Visible') throw new FakeOfficeError('InvalidArgument', `The fake supports only visible cells, not ${type}`);
    return new FakeRangeAreas(this.context, () => {
      const at = this.locate();
      if (!at) return null;
      // Excel answers with rectangles: each run of visible rows across each run of visible columns.
      const rows = visibleRuns(at.area.top, at.area.bottom, at.sheet.hiddenRows);
      const cols = visibleRuns(at.area.left, at.area.right, at.sheet.hiddenCols);
      const areas: Area[] = rows.flatMap(([top, bottom]) => cols.map(([left, right]) => ({ top, bottom, left, right })));
      return { sheet: at.sheet, areas };
    });
  }

  getTables(fullyContained = false): FakeNamedCollection {
    return new FakeNamedCollection(this.context, () => {
      const at = this.locate();
      if (!at) return [];
      return at.sheet.tables
        .filter((t) => (fullyContained ? t.area.top >= at.area.top && t.area.bottom <= at.area.bottom && t.area.left >= at.area.left && t.area.right <= at.area.right : areasIntersect(t.area, at.area)))
        .map((t) => ({ name: t.name }));
    });
  }
}

export class FakeRangeAreas extends FakeClientObject {
  constructor(
    context: FakeContext,
    private readonly find: () => { sheet: FakeSheet; areas: Area[] } | null,
  ) {
    super(context);
    this.trackNull();
  }

  protected scalarNames(): string[] {
    return ['address', 'areaCount'];
  }

  protected override isMissing(): boolean {
    const found = this.find();
    return !found || found.areas.length === 0;
  }

  protected snapshot(name: string): unknown {
    const found = this.find()!;
    if (name === 'areaCount') return found.areas.length;
    if (name === 'address') return found.areas.map((a) => `${quoteSheetName(found.sheet.name)}!${areaA1(a)}`).join(',');
    throw new FakeOfficeError('InvalidArgument', `RangeAreas has no property ${name}`);
  }

  get address(): string { return this.read('address'); }
  get areaCount(): number { return this.read('areaCount'); }
}

/** A collection whose items are loaded with `load('items/name')`. */
export class FakeNamedCollection extends FakeClientObject {
  constructor(
    context: FakeContext,
    private readonly list: () => Array<{ name: string }>,
  ) {
    super(context);
  }

  protected scalarNames(): string[] {
    return ['items'];
  }

  protected snapshot(): unknown {
    return this.list().map((item) => ({ name: item.name }));
  }

  get items(): Array<{ name: string }> { return this.read('items'); }
}

class FakeRangeFormat {
  readonly fill: { color: string; clear: () => void };
  readonly font: { bold: boolean; italic: boolean; color: string; size: number; name: string };
  readonly borders: { getItem: (edge: string) => { style: string; color: string } };

  constructor(
    private readonly context: FakeContext,
    private readonly range: FakeRange,
  ) {
    const set = (fn: (f: FakeFormat) => void): void => range.eachCell((cell) => fn(cell.format));
    this.fill = {
      set color(v: string) { set((f) => (f.fill = v)); },
      get color(): string { throw new FakeOfficeError('PropertyNotLoaded', 'fill.color not loaded'); },
      clear: () => set((f) => delete f.fill),
    };
    this.font = {
      set bold(v: boolean) { set((f) => (f.bold = v)); },
      set italic(v: boolean) { set((f) => (f.italic = v)); },
      set color(v: string) { set((f) => (f.fontColor = v)); },
      set size(v: number) { set((f) => (f.fontSize = v)); },
      set name(v: string) { set((f) => (f.fontName = v)); },
    } as FakeRangeFormat['font'];
    this.borders = {
      getItem: () => ({
        set style(v: string) { set((f) => (f.border = v)); },
        set color(_v: string) { /* not modelled */ },
      }) as { style: string; color: string },
    };
  }

  set horizontalAlignment(v: string) { this.range.eachCell((c) => (c.format.horizontal = v)); }
  set verticalAlignment(v: string) { this.range.eachCell((c) => (c.format.vertical = v)); }
  set wrapText(v: boolean) { this.range.eachCell((c) => (c.format.wrap = v)); }
  set rowHeight(points: number) {
    this.context.enqueue(() => {
      const { sheet, area } = this.range.located();
      writable(sheet);
      for (let row = area.top; row <= area.bottom; row++) sheet.rowHeights.set(row, points);
    });
  }
  set columnWidth(points: number) {
    this.context.enqueue(() => {
      const { sheet, area } = this.range.located();
      writable(sheet);
      for (let col = area.left; col <= area.right; col++) sheet.columnWidths.set(col, points);
    });
  }
}

class FakeConditionalFormats {
  constructor(
    private readonly context: FakeContext,
    private readonly range: FakeRange,
  ) {}

  add(type: string): { cellValue: { format: { fill: { color: string }; font: { color: string } }; rule: { formula1: string; operator: string } } } {
    if (type !== 'CellValue') throw new FakeOfficeError('InvalidArgument', `The fake supports CellValue conditional formats, not ${type}`);
    const record: FakeConditionalFormat = { area: { top: 0, left: 0, bottom: 0, right: 0 }, formula1: '', operator: '' };
    this.context.enqueue(() => {
      const { sheet, area } = this.range.located();
      writable(sheet);
      record.area = area;
      sheet.conditionalFormats.push(record);
    });
    return {
      cellValue: {
        format: {
          fill: { set color(v: string) { record.fill = v; } } as { color: string },
          font: { set color(v: string) { record.fontColor = v; } } as { color: string },
        },
        set rule(rule: { formula1: string; operator: string }) {
          record.formula1 = rule.formula1;
          record.operator = rule.operator;
        },
      } as { format: { fill: { color: string }; font: { color: string } }; rule: { formula1: string; operator: string } },
    };
  }

  clearAll(): void {
    this.context.enqueue(() => {
      const { sheet, area } = this.range.located();
      writable(sheet);
      sheet.conditionalFormats = sheet.conditionalFormats.filter((cf) => !areasIntersect(cf.area, area));
    });
  }
}

/** Runs [first, last] of the lines from `first` to `last` that are not hidden. */
function visibleRuns(first: number, last: number, hidden: ReadonlySet<number>): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start: number | null = null;
  for (let line = first; line <= last + 1; line++) {
    const visible = line <= last && !hidden.has(line);
    if (visible && start === null) start = line;
    if (!visible && start !== null) {
      runs.push([start, line - 1]);
      start = null;
    }
  }
  return runs;
}
