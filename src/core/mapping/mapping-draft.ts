/**
 * Editing one table's mapping in the task pane: the draft is a TableMapping
 * (the saved form), the preview reads the sheet with it exactly as the add-in
 * will once it is saved.
 */
import { analyzeSheet } from '../analyze';
import { type Grid, cellAt, columnIndex, columnLetters, gridRow, gridWidth, sheetRow, valueText } from '../grid';
import { type FieldKey } from './fields';
import { readHeader } from './header-rows';
import { mappingToHeaders } from './saved-mapping';
import { formatPercent, type Lang } from '../i18n';
import type { CellRef, Indicator } from '../model';
import { isPercentFormat } from '../numbers';
import { formatActual } from '../status/labels';
import { readCell } from '../status/indicator-values';
import { targetToJson } from '../target/target-json';
import { isShareContext } from '../units';
import { parseMonthHeader } from '../months';
import type { TableMapping, WorkbookMapping } from '../schema';
import { TableMappingSchema } from '../schema';

/** The fields offered in the mapping screen, in the order a plan's columns usually come. */
export const EDITABLE_FIELDS: readonly FieldKey[] = ['id', 'name', 'unit', 'target', 'horizonTarget', 'owner', 'deadline', 'actual'];

export interface ColumnOption {
  letters: string;
  header: string;
}

/** Every column of the header row's width (and a few beyond), with its header text. */
export function columnOptions(grid: Grid, draft: TableMapping): ColumnOption[] {
  const row = gridRow(grid, draft.headerTop);
  const bottom = gridRow(grid, draft.headerBottom);
  const width = gridWidth(grid);
  const out: ColumnOption[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (let r = row; r <= bottom; r++) {
      const text = valueText(cellAt(grid, r, c).value).trim();
      if (text && !parts.includes(text)) parts.push(text);
    }
    out.push({ letters: columnLetters(grid.origin.col + c), header: parts.join(' / ') });
  }
  return out;
}

export function setField(draft: TableMapping, field: FieldKey, letters: string | null): TableMapping {
  const columns = { ...draft.columns };
  if (letters === null) delete columns[field];
  else columns[field] = letters;
  return { ...draft, columns };
}

/** Month columns chosen by letters; each month is read from its header ("T11/2026"). */
export function setMonths(grid: Grid, draft: TableMapping, letters: string[]): TableMapping {
  const options = columnOptions(grid, draft);
  const months: TableMapping['months'] = [];
  for (const l of letters) {
    const header = options.find((o) => o.letters === l)?.header ?? '';
    const m = parseMonthHeader(header);
    if (m) months.push({ column: l, year: m.year, month: m.month });
  }
  months.sort((a, b) => columnIndex(a.column) - columnIndex(b.column));
  return { ...draft, months };
}

/**
 * Whether the drafts' header rows read differently in `now` than in `before`
 * (rows inserted above the table, headers edited): the drafts, made on
 * `before`, would then point at the wrong rows or columns.
 */
export function headersChanged(before: Grid, now: Grid, drafts: readonly TableMapping[]): boolean {
  const headers = (grid: Grid, draft: TableMapping): string => JSON.stringify(columnOptions(grid, draft));
  return drafts.some((d) => headers(before, d) !== headers(now, d));
}

/** Columns whose header names a month: the candidates for month columns. */
export function monthOptions(grid: Grid, draft: TableMapping): ColumnOption[] {
  return columnOptions(grid, draft).filter((o) => parseMonthHeader(o.header) !== null);
}

/** A draft for a header at another row (1-based), read by the detector's header reader. */
export function draftAtRow(grid: Grid, row: number): TableMapping {
  const at = Math.max(0, Math.min(grid.rows.length - 1, gridRow(grid, row)));
  const header = readHeader(grid, at);
  const columns: TableMapping['columns'] = {};
  for (const [field, col] of Object.entries(header.columns) as Array<[FieldKey, number]>) columns[field] = columnLetters(grid.origin.col + col);
  return {
    headerTop: sheetRow(grid, header.top),
    headerBottom: sheetRow(grid, header.bottom),
    columns,
    months: header.months.map((m) => ({ column: columnLetters(grid.origin.col + m.col), year: m.year, month: m.month })),
  };
}

/** Why the draft cannot be saved yet, or null. */
export function draftProblem(draft: TableMapping): 'name-missing' | null {
  return TableMappingSchema.safeParse(draft).success ? null : 'name-missing';
}

/** The first indicators as they will be read with the draft. */
export function previewIndicators(grid: Grid, draft: TableMapping, count = 5): Indicator[] {
  if (draftProblem(draft)) return [];
  const headers = mappingToHeaders(grid, { indicators: true, tables: [draft] });
  return analyzeSheet(grid, headers).indicators.slice(0, count);
}

/** The workbook mapping with one sheet's tables replaced by the drafts. */
export function mappingWithDrafts(base: WorkbookMapping | null, sheet: string, drafts: TableMapping[]): WorkbookMapping {
  const mapping = base ?? { version: 1 as const, sheets: {} };
  return { ...mapping, version: 1, sheets: { ...mapping.sheets, [sheet]: { indicators: true, tables: drafts } }, savedAt: new Date().toISOString() };
}

/**
 * A result cell as the add-in reads it, for the preview: in the target's terms
 * (0.85 under a % unit or a % format → "85%", 7 of "9/9 nền tảng" → "7/9"),
 * else the cell's text.
 */
export function previewActual(indicator: Indicator, cell: CellRef | undefined, lang: Lang): string {
  if (!cell) return '';
  if (indicator.target.ok) {
    const read = readCell(cell, indicator.target);
    if (read.kind === 'number' || read.kind === 'boolean') return formatActual(read.value, targetToJson(indicator.target, lang), lang);
  }
  if (typeof cell.value === 'number' && (isPercentFormat(cell.format) || isShareContext(indicator.unit, indicator.name))) return formatPercent(cell.value, lang);
  return cell.text;
}

/** Columns chosen for more than one field (month columns count as one field each), in column order. */
export function sharedColumns(draft: TableMapping): Array<{ letters: string; fields: Array<FieldKey | 'month'> }> {
  const uses = new Map<string, Array<FieldKey | 'month'>>();
  const use = (letters: string, field: FieldKey | 'month'): void => void uses.set(letters, [...(uses.get(letters) ?? []), field]);
  for (const [field, letters] of Object.entries(draft.columns) as Array<[FieldKey, string | undefined]>) if (letters) use(letters, field);
  for (const m of draft.months) use(m.column, 'month');
  return [...uses].filter(([, fields]) => fields.length > 1).sort(([a], [b]) => columnIndex(a) - columnIndex(b)).map(([letters, fields]) => ({ letters, fields }));
}
