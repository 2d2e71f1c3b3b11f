/**
 * The three columns the add-in owns on a user's indicator table: "Chênh lệch",
 * "Tình trạng", "Tiến độ". Each indicator row gets live formulas (the DTI.*
 * custom functions) that read the row's own cells, so the sheet stays right
 * when the user changes a number. Pure: no Office JS API here.
 */
import { type Cell, type Grid, cellAt, cellOnSheet, columnLetters, gridRow, isBlankValue, mergeAt, quoteSheetName, sheetRow, valueText } from '../grid';
import type { Bilingual } from '../i18n';
import { message } from '../messages';
import type { OwnedColumn } from '../mapping/header-vocabulary';
import type { Indicator, SheetTable } from '../model';
import type { YearMonth } from '../months';
import { STATUS_LABELS } from '../status/labels';
import type { ReportedIndicator } from '../status/month-view';
import { TASK_TARGET_TEXT } from '../target/task-rows';
import { STATUS_COLORS } from '../summary/styles';
import type { Block, CellStyle, CellWrite, ConditionalFormat, SheetPlan } from './write-plan';
import { isPercentFormat } from '../numbers';
import { isOwnPlainFormula, plainFormulas } from './plain-formulas';
import { plainLeavesUnread, type UnreadResult } from './plain-limits';

/**
 * Which formulas the status columns hold: the DTI.* custom functions (live on the
 * target cell; Microsoft 365, Office 2021/2024) or plain formulas built from the
 * parsed target (every Excel, WPS, LibreOffice; refreshed by applying the columns again).
 */
export type FormulaMode = 'dti' | 'plain';

export const OWNED_ORDER: readonly OwnedColumn[] = ['gap', 'status', 'progress'];

export const OWNED_HEADERS: Record<OwnedColumn, Bilingual> = {
  gap: message('column.owned', { column: 'gap' }),
  status: message('column.owned', { column: 'status' }),
  progress: message('column.owned', { column: 'progress' }),
};

const FUNCTIONS: Record<OwnedColumn, string> = { gap: 'DTI.GAP', status: 'DTI.STATUS', progress: 'DTI.PROGRESS' };

const HEADER_STYLE: CellStyle = { bold: true, fill: '#DDEBF7', horizontal: 'center', vertical: 'middle', wrap: true, border: true };
const PERCENT_GAP = '0.0%';
const NUMBER_GAP = '#,##0.##';
const PROGRESS = '0%';

export interface StatusColumnsPlan {
  plan: SheetPlan;
  /** 0-based sheet column of each owned column. */
  columns: Record<OwnedColumn, number>;
  /** 0-based sheet column the month's actuals are read from. */
  actualCol: number;
  /** Indicator rows that received formulas. */
  rows: number;
  /** Plain mode: results the core reads that the plain formulas will show as "Không đọc được". */
  unread: UnreadResult[];
}

export type StatusColumnsResult = { ok: true; value: StatusColumnsPlan } | { ok: false; message: Bilingual };

/** Our own formulas: a cell holding one was written by the add-in (or by the user with its functions). */
const OWN_FORMULA = /^=\s*DTI\.(GAP|STATUS|PROGRESS|MET|SCORE)\s*\(/i;
const OWN_HEADER_TEXTS = new Set(Object.values(OWNED_HEADERS).flatMap((t) => [t.vi, t.en].map((s) => s.toLocaleLowerCase('vi'))));

/** True for a cell the add-in may overwrite without asking: empty, one of its formulas (DTI.* or plain, unedited), or one of its header texts. */
export function isOwnCell(cell: Pick<Cell, 'value' | 'formula'>): boolean {
  if (cell.formula && (OWN_FORMULA.test(cell.formula) || isOwnPlainFormula(cell.formula))) return true;
  if (!cell.formula && isBlankValue(cell.value)) return true;
  return typeof cell.value === 'string' && !cell.formula && OWN_HEADER_TEXTS.has(cell.value.trim().toLocaleLowerCase('vi'));
}

/**
 * The plan that adds (or refreshes in place) the status columns of one table
 * for a reporting month. Existing owned columns are reused; missing ones go to
 * the first columns right of the table that are empty over the table's rows.
 */
export function planStatusColumns(grid: Grid, table: SheetTable, reported: readonly ReportedIndicator[], month: YearMonth, mode: FormulaMode = 'dti'): StatusColumnsResult {
  const mine = reported.filter((r) => r.table === table);
  const rows = mine.map((r) => r.indicator);
  if (rows.length === 0) {
    return { ok: false, message: message('status.table-empty', { sheet: table.sheet }) };
  }
  const source = mine[0]!.source;
  if (source.kind === 'none') {
    return {
      ok: false,
      message: table.months.length > 0
        ? message('status.no-month-column', { sheet: table.sheet, month })
        : message('status.no-result-column', { sheet: table.sheet }),
    };
  }
  const columns = chooseColumns(grid, table);
  const top = table.headerTop;
  let bottom = table.lastRow;
  for (const i of rows) bottom = Math.max(bottom, i.lastRow);
  const byRow = new Map(mine.map((r) => [r.indicator.row, r]));
  const percentColumn = mostlyPercent(mine);
  const plainRows = new Map<number, ReturnType<typeof plainFormulas>>();
  const plainOf = (row: ReportedIndicator): ReturnType<typeof plainFormulas> => {
    let f = plainRows.get(row.indicator.row);
    if (!f) {
      f = plainRow(grid, table, row, columns, percentColumn);
      plainRows.set(row.indicator.row, f);
    }
    return f;
  };

  const cellsFor = (col: OwnedColumn): CellWrite[] => {
    const out: CellWrite[] = [{ value: OWNED_HEADERS[col].vi, style: HEADER_STYLE }];
    for (let r = top + 1; r <= bottom; r++) {
      if (r <= table.headerBottom) {
        out.push({ value: null, style: HEADER_STYLE });
        continue;
      }
      const row = byRow.get(r);
      if (!row) out.push({ value: null });
      else if (mode === 'plain') out.push(plainCell(row, col, plainOf(row)));
      else out.push({ ...formulaCell(grid, table, row, col), ...(col === 'status' ? { note: null } : {}) });
    }
    return out;
  };

  const blocks = contiguousRuns(columns).map((run): Block => {
    const perColumn = run.map(cellsFor);
    const cells = perColumn[0]!.map((_, r) => perColumn.map((c) => c[r]!));
    return { top, left: columns[run[0]!], cells };
  });

  const statusLetters = columnLetters(columns.status);
  const statusRange = `${statusLetters}${table.headerBottom + 1}:${statusLetters}${bottom}`;
  const conditionalFormats: ConditionalFormat[] = (['met', 'not_met', 'no_data'] as const).map((s) => ({
    range: statusRange,
    textEquals: STATUS_LABELS[s].vi,
    ...STATUS_COLORS[s],
  }));
  const merges = table.headerBottom > table.headerTop
    ? OWNED_ORDER.map((c) => `${columnLetters(columns[c])}${top}:${columnLetters(columns[c])}${table.headerBottom}`)
    : [];
  const widths: Record<number, number> = { [columns.gap]: 12, [columns.status]: 16, [columns.progress]: 10 };
  const unread: UnreadResult[] = [];
  for (const row of mode === 'plain' ? mine : []) {
    const cell = row.source.cell;
    if (row.source.col !== null && cell && plainLeavesUnread(cell.value, row.indicator.target, percentFormatOf(row, percentColumn), plainOf(row).level)) {
      unread.push({ sheet: table.sheet, address: refAt(grid, row.indicator.row, row.source.col), text: valueText(cell.value) });
    }
  }
  return {
    ok: true,
    value: {
      plan: { sheet: table.sheet, mode: 'cells', blocks, merges, widths, conditionalFormats },
      columns,
      actualCol: source.col ?? source.counts!.numeratorCol,
      rows: rows.length,
      unread,
    },
  };
}

function formulaCell(grid: Grid, table: SheetTable, reported: ReportedIndicator, column: OwnedColumn): CellWrite {
  const { indicator, source } = reported;
  const actual =
    source.col !== null
      ? refAt(grid, indicator.row, source.col)
      : source.counts
        ? `DTI.RATIO(${refAt(grid, indicator.row, source.counts.numeratorCol)},${refAt(grid, indicator.row, source.counts.denominatorCol)})`
        : '""';
  const targetCol = indicator.targetFromName ? table.columns.name : table.columns.target;
  // A task has no target cell: the formula is told it is a task.
  const elsewhere = indicator.cells.target && indicator.cells.target.sheet !== indicator.sheet ? indicator.cells.target : null;
  const target =
    indicator.target.ok && indicator.target.kind === 'task'
      ? `"${TASK_TARGET_TEXT}"`
      : elsewhere
        ? // A result sheet's target is the plan sheet's cell (plan-join.ts).
          `${quoteSheetName(elsewhere.sheet)}!${elsewhere.address}`
        : targetCol === undefined
          ? '""'
          : refAt(grid, indicator.row, targetCol);
  const unit = table.columns.unit === undefined ? null : refAt(grid, indicator.row, table.columns.unit);
  const args = [actual, target, ...(unit ? [unit] : [])].join(',');
  const numberFormat = column === 'progress' ? PROGRESS : column === 'gap' ? (isPercent(indicator) ? PERCENT_GAP : NUMBER_GAP) : undefined;
  return { formula: `=${FUNCTIONS[column]}(${args})`, ...(numberFormat ? { style: { numberFormat } } : {}) };
}

/** One row's plain formulas: the result (or its counts) and the row's own cells, as A1 references. */
function plainRow(grid: Grid, table: SheetTable, reported: ReportedIndicator, columns: Record<OwnedColumn, number>, percentColumn: boolean): ReturnType<typeof plainFormulas> {
  const { indicator, source } = reported;
  const r = indicator.row;
  const counts = source.counts ? { numerator: refAt(grid, r, source.counts.numeratorCol), denominator: refAt(grid, r, source.counts.denominatorCol) } : undefined;
  const cell = source.cell;
  const percentFormat = percentFormatOf(reported, percentColumn);
  return plainFormulas(
    indicator.target,
    {
      result: source.col !== null ? refAt(grid, r, source.col) : null,
      ...(counts ? { counts } : {}),
      gap: `${columnLetters(columns.gap)}${r}`,
      status: `${columnLetters(columns.status)}${r}`,
      progress: `${columnLetters(columns.progress)}${r}`,
    },
    { percentFormat, resultIsFormula: cell?.formula !== undefined },
  );
}

/** Formulas cannot see number formats: the planner decides from the cell's own format, else from the column's. */
function percentFormatOf({ source: { cell } }: ReportedIndicator, percentColumn: boolean): boolean {
  return cell && typeof cell.value === 'number' ? isPercentFormat(cell.format) : cell?.format ? isPercentFormat(cell.format) : percentColumn;
}

function plainCell(reported: ReportedIndicator, column: OwnedColumn, f: ReturnType<typeof plainFormulas>): CellWrite {
  const numberFormat = column === 'progress' ? PROGRESS : column === 'gap' ? (isPercent(reported.indicator) ? PERCENT_GAP : NUMBER_GAP) : undefined;
  return { formula: f[column], ...(numberFormat ? { style: { numberFormat } } : {}), ...(column === 'status' ? { note: f.note } : {}) };
}

/** Most numeric results of the table's month column show as percentages (for a row whose own cell says nothing). */
function mostlyPercent(rows: readonly ReportedIndicator[]): boolean {
  let percent = 0;
  let other = 0;
  for (const r of rows) {
    const cell = r.source.cell;
    if (!cell || typeof cell.value !== 'number') continue;
    if (isPercentFormat(cell.format)) percent++;
    else other++;
  }
  return percent > other;
}

function isPercent(indicator: Indicator): boolean {
  return indicator.target.ok && indicator.target.kind === 'percent';
}

/** A1 reference to a sheet cell; inside a merged area, its top-left cell (the only one holding the value). */
function refAt(grid: Grid, row: number, col: number): string {
  const merge = mergeAt(grid, gridRow(grid, row), col - grid.origin.col);
  if (merge) return `${columnLetters(merge.left + grid.origin.col)}${sheetRow(grid, merge.top)}`;
  return `${columnLetters(col)}${row}`;
}

/** Owned columns: the table's own if it has them, else the first columns right of it that are empty over its rows. */
export function chooseColumns(grid: Grid, table: SheetTable): Record<OwnedColumn, number> {
  const out: Partial<Record<OwnedColumn, number>> = { ...table.owned };
  const taken = new Set<number>(Object.values(out));
  let col = Math.max(table.right, ...taken) + 1;
  for (const key of OWNED_ORDER) {
    if (out[key] !== undefined) continue;
    while (taken.has(col) || !columnIsFree(grid, table, col)) col++;
    out[key] = col;
    taken.add(col);
  }
  return out as Record<OwnedColumn, number>;
}

function columnIsFree(grid: Grid, table: SheetTable, col: number): boolean {
  for (let row = table.headerTop; row <= table.lastRow; row++) {
    const r = gridRow(grid, row);
    const c = col - grid.origin.col;
    if (mergeAt(grid, r, c)) return false;
    if (!isOwnCell(cellAt(grid, r, c))) return false;
  }
  return true;
}

function contiguousRuns(columns: Record<OwnedColumn, number>): OwnedColumn[][] {
  const sorted = [...OWNED_ORDER].sort((a, b) => columns[a] - columns[b]);
  const runs: OwnedColumn[][] = [];
  for (const key of sorted) {
    const last = runs[runs.length - 1];
    if (last && columns[last[last.length - 1]!] + 1 === columns[key]) last.push(key);
    else runs.push([key]);
  }
  return runs;
}

/** A non-empty cell a plan would overwrite that the add-in did not write. */
export interface ForeignCell {
  sheet: string;
  /** A1 address on the sheet. */
  address: string;
  text: string;
}

/** The cells of the grid the plan writes to that hold something the add-in did not write (ask before overwriting). */
export function foreignCells(plan: SheetPlan, grid: Grid): ForeignCell[] {
  const out: ForeignCell[] = [];
  for (const block of plan.blocks) {
    for (let r = 0; r < block.cells.length; r++) {
      const line = block.cells[r]!;
      for (let c = 0; c < line.length; c++) {
        const row = block.top + r;
        const col = block.left + c;
        const cell = cellOnSheet(grid, row, col);
        if (isOwnCell(cell)) continue;
        out.push({ sheet: plan.sheet, address: `${columnLetters(col)}${row}`, text: cell.formula ?? valueText(cell.value) });
      }
    }
  }
  return out;
}
