import { append } from './arrays';
import { parseDeadline } from './deadline';
import { type Grid, cellAddress, sheetRow } from './grid';
import { detectTables, type DetectedTable } from './mapping/detect-tables';
import type { FieldKey } from './mapping/fields';
import type { HeaderLayout } from './mapping/header-rows';
import type { RawCell, RawIndicator } from './mapping/table-rows';
import type { Analysis, CellRef, Indicator, Problem, SheetReport, SheetTable } from './model';
import { joinTargetsFromPlan, type SheetRead } from './mapping/plan-join';
import { sheetMonth } from './mapping/month-sheets';
import { notCalculatedTarget, parseTarget, taskTarget } from './target/parse-target';
import { isTaskRow, TASK_TARGET_TEXT } from './target/task-rows';
import { findTargetInName } from './target/target-in-name';
import type { TargetParse } from './target/types';
import { targetReading, validateIndicators, validateSheet } from './validation/validate';

export interface AnalyzeOptions {
  /** Headers the user confirmed, by sheet name: they replace detection on that sheet. */
  savedHeaders?: Record<string, HeaderLayout[]>;
}

/** Reads every sheet: the tables, their indicators, and every problem found in them. */
export function analyzeWorkbook(grids: Grid[], options: AnalyzeOptions = {}): Analysis {
  const analysis: Analysis = { tables: [], indicators: [], problems: [], sheets: [] };
  // The caller leaves out the add-in's own sheets (reports, history): they are not plans.
  const reads = grids.map((grid) => readSheet(grid, options.savedHeaders?.[grid.sheet]));
  // Result sheets without targets take them from the plan sheet before anything is checked.
  const joined = joinTargetsFromPlan(reads);
  for (const one of reads) {
    append(analysis.tables, one.tables);
    append(analysis.indicators, one.indicators);
    append(analysis.problems, one.problems);
    append(analysis.problems, validateIndicators(one.indicators, one.tables));
    append(analysis.problems, joined.filter((p) => p.sheet === one.sheet));
    analysis.sheets.push(one.report);
  }
  analysis.problems = onceEach(analysis.problems);
  return analysis;
}

export function analyzeSheet(grid: Grid, savedHeaders?: HeaderLayout[]): Omit<Analysis, 'sheets'> & { sheet: SheetReport } {
  const one = readSheet(grid, savedHeaders);
  return { tables: one.tables, indicators: one.indicators, problems: [...one.problems, ...validateIndicators(one.indicators, one.tables)], sheet: one.report };
}

/** One sheet's tables and indicators, with the problems of the sheet as a whole (the indicators' come after any join). */
function readSheet(grid: Grid, savedHeaders?: HeaderLayout[]): SheetRead & { problems: Problem[]; report: SheetReport } {
  const detected = detectTables(grid, savedHeaders);
  const tables: SheetTable[] = [];
  const indicators: Indicator[] = [];
  for (const table of detected) {
    const built = table.rows.indicators.map((raw) => buildIndicator(grid, table, raw));
    append(indicators, built);
    tables.push(toSheetTable(grid, table, built));
  }
  const month = tables.length > 0 ? sheetMonth(grid, detected[0]!.header.top) : null;
  const report: SheetReport = {
    sheet: grid.sheet,
    tables: tables.length,
    indicators: indicators.length,
    month: month ? { ...month, year: month.year ?? tables[0]!.planYear } : null,
    ...(grid.hidden ? { hidden: true } : {}),
  };
  return { sheet: grid.sheet, tables, indicators, problems: validateSheet(grid, detected), report };
}

/** A plan's target read by a result sheet too is checked twice: each problem is said once. */
function onceEach(problems: Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.sheet}\u0000${p.cell}\u0000${p.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function buildIndicator(grid: Grid, table: DetectedTable, raw: RawIndicator): Indicator {
  const text = (field: FieldKey): string | null => raw.fields[field]?.text || null;
  const name = text('name') ?? '';
  const unit = text('unit');
  const cells: Partial<Record<FieldKey, CellRef>> = {};
  for (const [field, cell] of Object.entries(raw.fields) as Array<[FieldKey, RawCell]>) cells[field] = toRef(grid, cell);

  const targetCell = raw.fields.target;
  let target: TargetParse = !targetCell
    ? parseTarget(null)
    : targetCell.formula !== undefined && targetCell.value === null
      ? notCalculatedTarget(targetCell.formula)
      : parseTarget(targetCell.value, { unit, name, formatKnown: true, ...(targetCell.format ? { format: targetCell.format } : {}) });
  let horizon: TargetParse | null = raw.fields.horizonTarget
    ? parseTarget(raw.fields.horizonTarget.value, { unit, name, formatKnown: true, ...fmt(raw.fields.horizonTarget.format) })
    : null;
  let targetFromName = false;
  if (!target.ok && target.code === 'empty') {
    const inName = findTargetInName(name, { unit });
    if (inName) {
      target = inName.target;
      targetFromName = true;
      if (!horizon && inName.horizon) horizon = inName.horizon;
    } else if (isTaskRow({ name, unit, part: [raw.group?.name ?? null, table.title?.name ?? null], results: resultTexts(raw) })) {
      target = taskTarget(TASK_TARGET_TEXT);
    }
  }

  const deadlineCell = raw.fields.deadline;
  const targetYear = table.header.targetYear ?? table.header.planYear;
  const deadline = deadlineCell
    ? parseDeadline(deadlineCell.value, deadlineCell.format)
    : targetYear !== null
      ? { kind: 'month' as const, due: { year: targetYear, month: 12 }, text: `Tháng 12/${targetYear}` }
      : null;

  const monthValues: Record<number, CellRef> = {};
  for (const [col, cell] of raw.months) monthValues[grid.origin.col + col] = toRef(grid, cell);

  const row = sheetRow(grid, raw.firstRow);
  return {
    key: `${grid.sheet}!${row}`,
    sheet: grid.sheet,
    table: table.index,
    row,
    lastRow: sheetRow(grid, raw.lastRow),
    id: text('id'),
    idShared: raw.idShared,
    group: raw.group ? raw.group.name : null,
    groupId: raw.group?.id ?? null,
    name,
    unit,
    target,
    targetFromName,
    horizonTarget: horizon,
    owner: text('owner'),
    upstreamOwner: text('upstreamOwner'),
    coordinators: text('coordinators'),
    deadline,
    deadlineAssumed: !deadlineCell && deadline !== null,
    notes: text('notes'),
    hidden: raw.hidden,
    cells: Object.fromEntries(Object.entries(cells).filter(([, v]) => v !== undefined)) as Indicator['cells'],
    monthValues,
  };
}

function resultTexts(raw: RawIndicator): string[] {
  const texts = [...raw.months.values()].map((c) => c.text);
  if (raw.fields.actual) texts.push(raw.fields.actual.text);
  return texts.filter(Boolean);
}

function fmt(format: string | undefined): { format?: string } {
  return format ? { format } : {};
}

export function toRef(grid: Grid, cell: RawCell): CellRef {
  return {
    sheet: grid.sheet,
    address: cellAddress(grid, cell.row, cell.col),
    row: sheetRow(grid, cell.row),
    col: grid.origin.col + cell.col,
    value: cell.value,
    ...fmt(cell.format),
    ...(cell.formula ? { formula: cell.formula } : {}),
    text: cell.text,
  };
}

function toSheetTable(grid: Grid, table: DetectedTable, indicators: Indicator[]): SheetTable {
  const h = table.header;
  const abs = (col: number): number => grid.origin.col + col;
  const columns: SheetTable['columns'] = {};
  for (const [field, col] of Object.entries(h.columns) as Array<[FieldKey, number]>) columns[field] = abs(col);
  const owned: SheetTable['owned'] = {};
  for (const [k, col] of Object.entries(h.owned) as Array<[keyof SheetTable['owned'], number]>) owned[k] = abs(col);
  const headers: Record<number, string> = {};
  for (const [col, text] of h.texts) headers[abs(col)] = text;
  const targets = targetReading(indicators);
  const headerShare = h.nonEmpty ? h.recognized / h.nonEmpty : 0;
  const targetShare = targets.written ? targets.thresholds / targets.written : indicators.length ? 1 : 0;
  return {
    sheet: grid.sheet,
    index: table.index,
    headerTop: sheetRow(grid, h.top),
    headerBottom: sheetRow(grid, h.bottom),
    firstRow: sheetRow(grid, h.bottom + 1),
    lastRow: sheetRow(grid, Math.max(table.rows.lastRow, h.bottom)),
    left: abs(h.left),
    right: abs(h.right),
    columns,
    months: h.months.map((m) => ({ col: abs(m.col), year: m.year, month: m.month, label: m.label, ...(m.part ? { part: m.part } : {}) })),
    owned,
    headers,
    targetYear: h.targetYear,
    planYear: h.planYear,
    title: table.title ? [table.title.id, table.title.name].filter(Boolean).join('. ') : null,
    confidence: Math.round((0.5 * headerShare + 0.5 * targetShare) * 100) / 100,
    source: table.source,
  };
}
