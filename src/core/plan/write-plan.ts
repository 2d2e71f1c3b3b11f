/**
 * What the add-in writes, decided in the core and carried out by an adapter
 * (the Office JS API in Excel, ExcelJS for .xlsx files). A plan only names cells the
 * add-in owns: its own sheets, or its own status columns on a user's sheet.
 */
import { columnLetters } from '../grid';
import type { OwnSheetTag } from '../workbook/own-sheets';

export type PlainValue = string | number | boolean | null;

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  /** "#RRGGBB". */
  fontColor?: string;
  fill?: string;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle';
  wrap?: boolean;
  border?: boolean;
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

export interface PrintSetup {
  orientation: 'landscape' | 'portrait';
  paper: 'A4';
  fitToWidth: boolean;
  /** 1-based rows repeated at the top of every printed page. */
  repeatRows?: { first: number; last: number };
}

export interface ChartPlan {
  kind: 'stacked-bar';
  /** A1 range of the data, first column = categories, first row = series names. */
  source: string;
  title: string;
  /** A1 cell where the chart's top-left corner sits. */
  anchor: string;
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
