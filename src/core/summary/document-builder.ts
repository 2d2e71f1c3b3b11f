/**
 * A printed sheet built top to bottom (the report, its appendix): rows of
 * cells over columns of known widths in points, spans merged, and each row's
 * height planned from its text (wrapped in the width it has, at its size), so
 * both writers lay the page out the same way. Rules (the short lines under a
 * document's heading) are drawn lines, placed in points from the top-left
 * corner of the first cell of a row.
 */
import { columnLetters } from '../grid';
import type { CellStyle, CellWrite, ConditionalFormat, HorizontalRule, PlainValue } from '../writing/write-plan';
import { MAX_ROW_HEIGHT, rowHeight, textWidth, wrappedLines } from './text-metrics';

/** A cell of a row, over one column or a span of them; `text` is how a number shows (for widths). */
export interface Piece {
  /** 0-based first column, and last (inclusive) when the cell spans several. */
  at: number;
  to?: number;
  cell: CellWrite;
  /** A number's text as printed, for the width its column needs. */
  shows?: string;
}

export class DocumentBuilder {
  readonly rows: CellWrite[][] = [];
  readonly merges: string[] = [];
  readonly heights: Record<number, number> = {};
  readonly conditionalFormats: ConditionalFormat[] = [];
  readonly lines: HorizontalRule[] = [];
  /** The widest printed number of each column, in points (with padding). */
  readonly needs = new Map<number, number>();
  /** Runs of rows to print on one page (a heading and what follows it, the signature block). */
  private readonly keeps: Array<{ first: number; last: number }> = [];

  constructor(
    /** Column widths in points. */
    readonly columns: number[],
    readonly font: { name: string; size: number },
  ) {}

  get nextRow(): number {
    return this.rows.length + 1;
  }

  /** Left edge of a column, in points from the left edge of column A. */
  left(col: number): number {
    let x = 0;
    for (let c = 0; c < col; c++) x += this.columns[c]!;
    return x;
  }

  width(from: number, to = from): number {
    let w = 0;
    for (let c = from; c <= to; c++) w += this.columns[c]!;
    return w;
  }

  /** A row of pieces; returns its 1-based row. Its height fits its tallest text, or `height` when given. */
  row(pieces: Piece[], options: { height?: number; minHeight?: number } = {}): number {
    const row: CellWrite[] = Array.from({ length: this.columns.length }, () => ({ value: null }));
    const number = this.rows.length + 1;
    let height = options.minHeight ?? 0;
    for (const piece of pieces) {
      const to = piece.to ?? piece.at;
      row[piece.at] = piece.cell;
      if (to > piece.at) {
        this.merges.push(`${columnLetters(piece.at)}${number}:${columnLetters(to)}${number}`);
        // The other cells of a span carry its style, so borders cover the whole span in every writer.
        for (let c = piece.at + 1; c <= to; c++) row[c] = piece.cell.style ? { value: null, style: piece.cell.style } : { value: null };
      }
      height = Math.max(height, this.heightOf(piece, to));
      if (piece.shows !== undefined && to === piece.at) {
        const style = piece.cell.style;
        const need = textWidth(piece.shows, style?.fontSize ?? this.font.size, style?.bold) + 8;
        this.needs.set(piece.at, Math.max(this.needs.get(piece.at) ?? 0, need));
      }
    }
    this.rows.push(row);
    this.heights[number] = Math.min(MAX_ROW_HEIGHT, options.height ?? Math.max(height, rowHeight(1, this.font.size)));
    return number;
  }

  /** An empty row `height` points tall. */
  space(height: number): number {
    return this.row([], { height });
  }

  /** One text across columns `from`..`to`. */
  text(value: PlainValue, style: CellStyle, from = 0, to = this.columns.length - 1): number {
    return this.row([{ at: from, to, cell: { value, style } }]);
  }

  /** A rule on the top edge of `row`, `width` points long, centred on `centre` (points from the left edge of column A). */
  rule(row: number, centre: number, width: number): void {
    this.lines.push({ row, from: Math.round((centre - width / 2) * 4) / 4, to: Math.round((centre + width / 2) * 4) / 4 });
  }

  /** Rows `first`..`last` go on one page: a page break comes before them when they would straddle one. */
  keep(first: number, last: number): void {
    if (last > first) this.keeps.push({ first, last });
  }

  /**
   * Where pages must break so that no kept run straddles two: the rows
   * before which a page starts. Rows fill a page `pageHeight` points tall
   * (less `repeated`, the header rows printed again on each page after the
   * first); a run taller than a page is left to break where it falls. Heights
   * are the planned ones, so the host breaks pages where this counts them;
   * a few points are kept spare for a host that sets rows a little taller.
   */
  pageBreaks(pageHeight: number, repeated = 0): number[] {
    const room = pageHeight - 6;
    const height = (row: number): number => this.heights[row] ?? rowHeight(1, this.font.size);
    const startsRun = new Map(this.keeps.map((k) => [k.first, k]));
    const breaks: number[] = [];
    let used = 0;
    let top = 0;
    for (let row = 1; row <= this.rows.length; row++) {
      const run = startsRun.get(row);
      if (run) {
        let total = 0;
        for (let r = run.first; r <= run.last; r++) total += height(r);
        if (used > top && used + total > room && top + total <= room) {
          breaks.push(row);
          top = repeated;
          used = repeated;
        }
      }
      const h = height(row);
      if (used > top && used + h > room) {
        top = repeated;
        used = repeated;
      }
      used += h;
    }
    return breaks;
  }

  private heightOf(piece: Piece, to: number): number {
    const { value, style } = piece.cell;
    const size = style?.fontSize ?? this.font.size;
    if (typeof value !== 'string' || value === '') return rowHeight(1, size);
    const lines = style?.wrap ? wrappedLines(value, this.width(piece.at, to), size, style.bold) : value.split('\n').length;
    return rowHeight(lines, size);
  }

  /**
   * Column widths once every printed number fits its column (a number too
   * wide for its cell prints as ####): a column that needs more takes it from
   * `give`, the column of wrapped names, which keeps at least `floor` points.
   */
  fitted(give: number, floor: number): number[] {
    const out = [...this.columns];
    for (const [col, need] of this.needs) {
      if (col === give || need <= out[col]!) continue;
      const extra = Math.min(need - out[col]!, Math.max(0, out[give]! - floor));
      out[col] = out[col]! + extra;
      out[give] = out[give]! - extra;
    }
    return out.map((w) => Math.round(w * 4) / 4);
  }

  block(): { top: number; left: number; cells: CellWrite[][] } {
    return { top: 1, left: 0, cells: this.rows };
  }
}
