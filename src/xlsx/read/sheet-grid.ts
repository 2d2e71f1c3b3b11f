/**
 * One worksheet part read into the core's grid: values as Excel keeps them
 * (cached formula results included: a kept 0 is the number 0, a kept empty text
 * is '', a formula without a kept result has the value null), number formats,
 * merged areas and hidden rows; text as Excel shows it (_xHHHH_ decoded).
 * Streaming (SAX), so a sheet is read once.
 */
import { SaxesParser } from 'saxes';
import { type Cell, type CellValue, type Grid, type MergedArea, gridWidth, parseAddress } from '../../core/grid';
import { dateToSerial } from '../../core/numbers';
import { decodeXstring } from '../package/xstring';
import { attr, localName } from './xml-names';

export interface SheetSource {
  name: string;
  /** Host-qualified id ("xlsx:3"). */
  sheetId: string;
  xml: string;
}

interface PendingCell {
  row: number;
  col: number;
  type: string;
  style: number;
  value: string | null;
  inline: string[] | null;
  formula: string | null;
  sharedIndex: string | null;
}

export function readSheetGrid(source: SheetSource, sharedStrings: readonly string[], formats: readonly string[]): Grid {
  const rows: Cell[][] = [];
  const merges: MergedArea[] = [];
  const hiddenRows: number[] = [];
  const hiddenSpans: Array<[number, number]> = [];
  const sharedFormulas = new Map<string, string>();
  let rowIndex = -1;
  let nextCol = 0;
  let cell: PendingCell | null = null;
  let text: 'v' | 'f' | 't' | null = null;
  let buffer = '';

  const parser = new SaxesParser();
  parser.on('opentag', (node) => {
    const name = localName(node.name);
    const a = node.attributes as Record<string, string>;
    switch (name) {
      case 'row': {
        const r = attr(a, 'r');
        rowIndex = r ? Number(r) - 1 : rowIndex + 1;
        nextCol = 0;
        if (isTrue(attr(a, 'hidden'))) hiddenRows.push(rowIndex);
        break;
      }
      case 'c': {
        const ref = attr(a, 'r');
        const at = ref ? cellRef(ref) : null;
        const col = at ? at.col : nextCol;
        const row = at ? at.row : Math.max(rowIndex, 0);
        nextCol = col + 1;
        cell = { row, col, type: attr(a, 't') ?? 'n', style: Number(attr(a, 's') ?? 0), value: null, inline: null, formula: null, sharedIndex: null };
        break;
      }
      case 'v':
      case 'f':
        if (cell) {
          text = name;
          buffer = '';
          if (name === 'f' && attr(a, 't') === 'shared') cell.sharedIndex = attr(a, 'si') ?? null;
        }
        break;
      case 'is':
        if (cell) cell.inline = [];
        break;
      case 't':
        if (cell?.inline) {
          text = 't';
          buffer = '';
        }
        break;
      case 'col':
        if (isTrue(attr(a, 'hidden'))) hiddenSpans.push([Number(attr(a, 'min')) - 1, Number(attr(a, 'max')) - 1]);
        break;
      case 'mergeCell': {
        const area = mergeArea(attr(a, 'ref'));
        if (area) merges.push(area);
        break;
      }
    }
  });
  parser.on('text', (t) => {
    if (text) buffer += t;
  });
  parser.on('cdata', (t) => {
    if (text) buffer += t;
  });
  parser.on('closetag', (node) => {
    const name = localName(node.name);
    if (!cell) return;
    if (name === 'v' && text === 'v') {
      cell.value = buffer;
      text = null;
    } else if (name === 'f' && text === 'f') {
      cell.formula = decodeXstring(buffer);
      text = null;
    } else if (name === 't' && text === 't') {
      cell.inline?.push(decodeXstring(buffer));
      text = null;
    } else if (name === 'c') {
      place(rows, cell, toCell(cell, sharedStrings, formats, sharedFormulas));
      cell = null;
    }
  });
  parser.write(source.xml).close();

  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  const grid: Grid = { sheet: source.name, sheetId: source.sheetId, origin: { row: 0, col: 0 }, rows, merges };
  if (hiddenRows.length > 0) grid.hiddenRows = hiddenRows;
  const hiddenCols = columnsIn(hiddenSpans, gridWidth(grid));
  if (hiddenCols.length > 0) grid.hiddenCols = hiddenCols;
  return grid;
}

/** The columns of `<col min max hidden>` spans that hold cells ("hide every column to the right" spans 16,384). */
function columnsIn(spans: Array<[number, number]>, width: number): number[] {
  const out = new Set<number>();
  for (const [min, max] of spans) {
    if (!Number.isInteger(min) || !Number.isInteger(max)) continue;
    for (let col = Math.max(0, min); col <= Math.min(max, width - 1); col++) out.add(col);
  }
  return [...out].sort((a, b) => a - b);
}

function toCell(c: PendingCell, sharedStrings: readonly string[], formats: readonly string[], sharedFormulas: Map<string, string>): Cell | null {
  let formula: string | null = null;
  if (c.formula !== null && c.formula !== '') {
    formula = c.formula;
    if (c.sharedIndex !== null) sharedFormulas.set(c.sharedIndex, c.formula);
  } else if (c.sharedIndex !== null) {
    // A cell sharing another's formula keeps only its index; the master's text stands for it.
    formula = sharedFormulas.get(c.sharedIndex) ?? '';
  }
  const value = valueOf(c, sharedStrings, formula !== null);
  const format = formats[c.style];
  if (value === null && formula === null && (!format || format === 'General')) return null;
  const out: Cell = { value };
  if (format && format !== 'General') out.format = format;
  if (formula !== null) out.formula = `=${formula}`;
  return out;
}

function valueOf(c: PendingCell, sharedStrings: readonly string[], hasFormula: boolean): CellValue {
  switch (c.type) {
    case 's':
      return c.value === null ? null : (sharedStrings[Number(c.value)] ?? null);
    case 'inlineStr':
      return c.inline ? c.inline.join('') : (c.value ?? null);
    case 'str':
      // A formula's text result; an empty kept result is empty text, not "never calculated".
      return c.value === null ? (hasFormula ? null : '') : decodeXstring(c.value);
    case 'b':
      return c.value === null ? null : c.value.trim() === '1' || c.value.trim().toLowerCase() === 'true';
    case 'e':
      return c.value === null ? null : { error: c.value.trim() };
    case 'd': {
      if (c.value === null) return null;
      const time = Date.parse(c.value);
      return Number.isNaN(time) ? c.value : dateToSerial(new Date(time));
    }
    default: {
      if (c.value === null) return null;
      const trimmed = c.value.trim();
      if (trimmed === '') return hasFormula ? '' : null;
      // A damaged "NaN" or "INF" stays a non-finite number: the core reports it as unreadable.
      return Number(trimmed);
    }
  }
}

function place(rows: Cell[][], at: { row: number; col: number }, cell: Cell | null): void {
  if (!cell) return;
  const line = rows[at.row] ?? (rows[at.row] = []);
  for (let i = line.length; i < at.col; i++) line[i] = { value: null };
  line[at.col] = cell;
}

/**
 * A cell's reference as Excel writes it ("AB12") without a regular expression
 * (a sheet has tens of thousands); any other form goes through parseAddress.
 */
function cellRef(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    col = col * 26 + c - 64;
  }
  const digits = i;
  let row = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return parseAddress(ref);
    row = row * 10 + c - 48;
  }
  if (digits === 0 || digits > 3 || i === digits || i - digits > 7) return parseAddress(ref);
  return { row: row - 1, col: col - 1 };
}

function mergeArea(ref: string | undefined): MergedArea | null {
  if (!ref) return null;
  const [a, b] = ref.split(':');
  const from = a ? parseAddress(a) : null;
  const to = b ? parseAddress(b) : from;
  if (!from || !to) return null;
  return { top: Math.min(from.row, to.row), left: Math.min(from.col, to.col), bottom: Math.max(from.row, to.row), right: Math.max(from.col, to.col) };
}

function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}
