/**
 * What the add-in writes, decided in the core and carried out by an adapter
 * (the Office JS API in Excel, ExcelJS for .xlsx files). A plan only names cells the
 * add-in owns: its own sheets, or its own status columns on a user's sheet.
 */
import { columnLetters } from '../grid';
import type { OwnSheetTag } from './own-sheets';

export type PlainValue = string | number | boolean | null;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  /** "#RRGGBB". */
  fontColor?: string;
  fill?: string;
  /** 'justify': wrapped text spread to both edges (a document's paragraphs). */
  horizontal?: 'left' | 'center' | 'right' | 'justify';
  vertical?: 'top' | 'middle';
  wrap?: boolean;
  /** A thin border on every edge (a table cell). */
  border?: boolean;
  /** A thin line on one edge only (the rules under a document's heading lines). */
  line?: 'top' | 'bottom';
  numberFormat?: string;
}

export interface CellWrite {
  value?: PlainValue;
  /** A formula starting with "=", in English function names (Range.formulas). */
  formula?: string;
  /** The value the formula gives, for writers that cannot calculate (ExcelJS). */
  result?: PlainValue;
  style?: CellStyle;
  /**
   * The cell's note (a comment in the file): text sets the add-in's note, null
   * removes a note the add-in wrote there (a user's own note stays); absent leaves it.
   */
  note?: string | null;
}

/** A rectangle of cells written in one call: `cells[r][c]` goes to (top + r, left + c). */
export interface Block {
  /** 1-based sheet row and 0-based sheet column of the top-left cell. */
  top: number;
  left: number;
  cells: CellWrite[][];
}

export interface ConditionalFormat {
  /** A1 range on the plan's sheet. */
  range: string;
  /** Cells whose text equals this get the style. */
  textEquals: string;
  fill: string;
  fontColor: string;
}

/** Page margins in millimetres, as a decree states them; `header` is the distance of the page number from the top edge. */
export interface PageMargins {
  top: number;
  bottom: number;
  left: number;
  right: number;
  header: number;
  footer: number;
}

export interface PrintSetup {
  orientation: 'landscape' | 'portrait';
  paper: 'A4';
  /** Shrunk to one page wide. A printed document is planned to fit at 100 % instead: a shrunk page prints its text too small. */
  fitToWidth: boolean;
  /** 1-based rows repeated at the top of every printed page. */
  repeatRows?: { first: number; last: number };
  margins?: PageMargins;
  /** The printed block centred between the left and right margins. */
  centerHorizontally?: boolean;
  /**
   * The page number in the middle of the top edge of every page but the first
   * (Nghị định 30/2020: "không hiển thị số trang thứ nhất"), counted from 1 on
   * this sheet, in this font.
   */
  pageNumbers?: { fontName: string; fontSize: number };
}

export interface ChartPlan {
  kind: 'stacked-bar';
  /** A1 range of the data, first column = categories, first row = series names. */
  source: string;
  title: string;
  /** A1 cell where the chart's top-left corner sits. */
  anchor: string;
}

/**
 * A drawn horizontal line, as the rules under a document's heading lines
 * (Nghị định 30/2020: a short rule under the body's name, a full one under
 * the motto): on the top edge of 1-based `row`, from `from` to `to` points
 * measured from the left edge of column A.
 */
export interface HorizontalRule {
  row: number;
  from: number;
  to: number;
}

export interface SheetPlan {
  sheet: string;
  /**
   * - `create`: a new sheet (the adapter refuses if a sheet of that name exists);
   * - `replace-own`: a sheet the add-in created before, cleared and written again;
   * - `cells`: cells of an existing sheet (status columns): only the blocks are touched.
   */
  mode: 'create' | 'replace-own' | 'cells';
  blocks: Block[];
  merges?: string[];
  /** Column widths in characters, by 0-based sheet column. */
  widths?: Record<number, number>;
  conditionalFormats?: ConditionalFormat[];
  print?: PrintSetup;
  chart?: ChartPlan;
  /**
   * The sheet is the add-in's own (a report, the history): the adapter lists it in
   * the workbook's own-sheet record, and replaces (`replace-own`) only a sheet
   * that record lists with this tag.
   */
  own?: OwnSheetTag;
  /** Freeze the rows above this 1-based row. */
  freezeRows?: number;
  /** The font of every planned cell whose style names no other (a new sheet's cells otherwise take the writer's default). */
  font?: { name: string; size: number };
  /**
   * Column widths in points, by 0-based sheet column: a printed document's
   * columns, which must add up to the page. A writer turns them into its own
   * unit (a file's widths count characters of the workbook's default font).
   */
  columnPoints?: Record<number, number>;
  /** Row heights in points, by 1-based row (wrapped text, merged paragraphs: no host grows those rows by itself). */
  heights?: Record<number, number>;
  /** 1-based rows that start a new printed page (manual page breaks). */
  pageBreaks?: number[];
  /** Lines drawn over the cells (writers that cannot draw leave them out). */
  rules?: HorizontalRule[];
  /** The sheet is hidden (`create`/`replace-own`). */
  hidden?: boolean;
  /** The sheet is the one shown when the workbook is opened (and the only tab selected). */
  activate?: boolean;
}

/** Cells a plan writes, for checks such as "never overwrite a cell the add-in did not write". */
export function* plannedCells(plan: SheetPlan): Generator<{ row: number; col: number; cell: CellWrite }> {
  for (const block of plan.blocks) {
    for (let r = 0; r < block.cells.length; r++) {
      const line = block.cells[r]!;
      for (let c = 0; c < line.length; c++) yield { row: block.top + r, col: block.left + c, cell: line[c]! };
    }
  }
}

/** The notes a plan sets (text) or removes (null), by A1 address. */
export function planNotes(plan: SheetPlan): Map<string, string | null> {
  const notes = new Map<string, string | null>();
  for (const { row, col, cell } of plannedCells(plan)) if (cell.note !== undefined) notes.set(`${columnLetters(col)}${row}`, cell.note);
  return notes;
}
