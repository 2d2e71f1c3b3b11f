import { columnLetters } from '../grid';
import type { Block, CellStyle, CellWrite, ConditionalFormat, PlainValue } from '../plan/write-plan';

/** Builds a sheet top to bottom as one block of rows `width` cells wide, starting at A1. */
export class SheetBuilder {
  readonly rows: CellWrite[][] = [];
  readonly merges: string[] = [];
  readonly conditionalFormats: ConditionalFormat[] = [];

  constructor(readonly width: number) {}

  /** 1-based row the next `line` goes to. */
  get nextRow(): number {
    return this.rows.length + 1;
  }

  line(cells: Array<CellWrite | PlainValue> = [], style?: CellStyle): number {
    const row: CellWrite[] = [];
    for (let c = 0; c < this.width; c++) {
      const given = cells[c];
      const cell: CellWrite = given !== null && typeof given === 'object' ? { ...given } : { value: given ?? null };
      // The row style (borders, wrap) covers the cells given, not the rest of the width.
      // A cell without its own style shares the row's style object, so writers can reuse one style for all of them.
      if (style && c < cells.length) cell.style = cell.style ? { ...style, ...cell.style } : style;
      row.push(cell);
    }
    this.rows.push(row);
    return this.rows.length;
  }

  /** A line whose first cell spans columns `from`..`to` (0-based). */
  spanned(text: PlainValue, style: CellStyle, from = 0, to = this.width - 1): number {
    const cells: CellWrite[] = [];
    cells[from] = { value: text, style };
    const row = this.line(cells);
    if (to > from) this.merges.push(`${columnLetters(from)}${row}:${columnLetters(to)}${row}`);
    return row;
  }

  merge(row: number, from: number, to: number): void {
    this.merges.push(`${columnLetters(from)}${row}:${columnLetters(to)}${row}`);
  }

  block(): Block {
    return { top: 1, left: 0, cells: this.rows };
  }
}
