import { append } from '../arrays';
import { type Grid, cellAddress, columnLetters, isErrorValue } from '../grid';
import { message } from '../messages';
import type { DetectedTable } from '../mapping/detect-tables';
import type { CellRef, Indicator, Problem, ProblemCode, SheetTable } from '../model';
import { readCell } from '../status/indicator-values';
import type { ActualErrorCode, ActualRead } from '../status/read-actual';
import { classifyUnit, nameIsCount } from '../units';
import type { Target } from '../target/types';

/** Problems of a sheet as a whole: no table, rows that belong to nothing, hidden indicators. */
export function validateSheet(grid: Grid, tables: DetectedTable[]): Problem[] {
  const problems: Problem[] = [];
  if (tables.length === 0) {
    const empty = grid.rows.every((r) => r.every((c) => c.value === null || c.value === ''));
    problems.push({
      sheet: grid.sheet,
      cell: 'A1',
      severity: 'info',
      code: 'no-table',
      message: empty
        ? message('check.sheet-empty')
        : message('check.no-table'),
    });
  }
  for (const table of tables) {
    append(problems, monthsSetAside(grid, table));
    for (const stray of table.rows.stray) {
      problems.push({
        sheet: grid.sheet,
        cell: cellAddress(grid, stray.row, table.header.left),
        severity: 'info',
        code: 'stray-row',
        message: message('check.stray-row', { text: clip(stray.text) }),
      });
    }
  }
  return problems;
}

/** A month found in two columns: which one is read (a hidden leftover quietly, two visible ones as a warning). */
function monthsSetAside(grid: Grid, table: DetectedTable): Problem[] {
  return (table.header.monthsSetAside ?? []).map(({ col, readCol, reason }) => {
    const label = clip(table.header.texts.get(col) ?? '');
    const here = cellAddress(grid, table.header.top, col);
    const read = cellAddress(grid, table.header.top, readCol);
    const codes = { hidden: 'check.month-hidden', cumulative: 'check.month-cumulative', twice: 'check.month-twice' } as const;
    return {
      sheet: grid.sheet,
      cell: here,
      severity: reason === 'twice' ? 'warning' : 'info',
      code: 'month-column-twice',
      message: message(codes[reason], { label, here, read }),
    } satisfies Problem;
  });
}

/** Problems of each indicator and of indicators together (duplicate ids). */
export function validateIndicators(indicators: Indicator[], tables: SheetTable[]): Problem[] {
  const problems: Problem[] = [];
  // Every indicator was read from one of these tables: each is checked against its own.
  const byTable = tables.map((table) => ({ table, rows: indicators.filter((i) => i.sheet === table.sheet && i.table === table.index) }));
  for (const { table, rows } of byTable) for (const indicator of rows) append(problems, checkIndicator(indicator, table));
  append(problems, duplicateIds(indicators));
  for (const { table, rows } of byTable) {
    const doubt = doubtfulTarget(table, rows);
    if (doubt) problems.push(doubt);
    // Owners taken from the plan sheet (plan-join.ts) make up for the missing column.
    if (rows.length > 0 && table.columns.owner === undefined && !rows.every((i) => i.owner)) {
      problems.push({
        sheet: table.sheet,
        cell: `${columnLetters(table.left)}${table.headerTop}`,
        severity: 'warning',
        code: 'missing-owner',
        message: message('check.no-owner-column'),
      });
    }
  }
  return problems;
}

function checkIndicator(ind: Indicator, table: SheetTable): Problem[] {
  const out: Problem[] = [];
  const label = ind.id ?? clip(ind.name, 40);
  const at = (cell: CellRef | undefined, col: number | undefined): string =>
    cell?.address ?? `${columnLetters(col ?? table.left)}${ind.row}`;
  const push = (cell: string, severity: Problem['severity'], code: Problem['code'], message: Problem['message'], sheet = ind.sheet): void => {
    out.push({ sheet, cell, severity, code, message, indicator: label });
  };
  // A result sheet's target may come from the plan sheet (plan-join.ts): its problems point there.
  const targetAt = at(ind.cells.target, table.columns.target ?? table.columns.name);
  const targetSheet = ind.cells.target?.sheet ?? ind.sheet;

  const t = ind.target;
  if (!t.ok) {
    if (t.code === 'empty') {
      push(targetAt, 'error', 'target-missing', message('check.target-missing', { label }), targetSheet);
    } else if (t.code === 'unit-boolean-number' || t.code === 'unit-percent-text') {
      push(targetAt, 'error', 'unit-contradiction', t.reason, targetSheet);
    } else if (t.code === 'not-calculated') {
      push(targetAt, 'error', 'formula-not-calculated', t.reason, targetSheet);
    } else {
      push(targetAt, 'error', 'target-unreadable', message('check.target-unreadable', { text: clip(t.text), reason: t.reason }), targetSheet);
    }
  } else if (t.kind === 'percent' && (t.value as number) > 1) {
    push(targetAt, 'error', 'share-over-100', message('check.share-over-100', { text: clip(t.text) }), targetSheet);
  }

  // "Số điểm wifi" in "điểm" with a target of "10%": a share of what? It is read as a share, and said.
  const unitKind = classifyUnit(ind.unit);
  if (t.ok && t.kind === 'percent' && nameIsCount(ind.name) && (unitKind === 'noun' || unitKind === 'index')) {
    push(
      targetAt,
      'warning',
      'unit-contradiction',
      message('check.count-with-share-target', { name: clip(ind.name, 40), unit: ind.unit ?? '', text: clip(t.text) }),
      targetSheet,
    );
  }

  const h = ind.horizonTarget;
  if (h && !h.ok && h.code !== 'empty') {
    push(at(ind.cells.horizonTarget, table.columns.horizonTarget), 'warning', 'horizon-unreadable', message('check.horizon-unreadable', { text: clip(h.text), reason: h.reason }));
  }
  if (ind.cells.deadline && ind.deadline === null) {
    push(ind.cells.deadline.address, 'warning', 'deadline-unreadable', message('check.deadline-unreadable', { text: clip(ind.cells.deadline.text) }));
  }
  if (table.columns.owner !== undefined && !ind.owner) {
    push(at(undefined, table.columns.owner), 'warning', 'missing-owner', message('check.missing-owner', { label }));
  }
  if (ind.hidden) {
    push(at(ind.cells.name, table.columns.name), 'info', 'hidden-row', message('check.hidden-row', { label }));
  }
  for (const [field, cell] of Object.entries(ind.cells)) {
    if (field !== 'target' && field !== 'actual' && isErrorValue(cell.value)) {
      push(cell.address, 'warning', 'formula-error', message('check.cell-error', { error: cell.text }));
    }
  }

  // The counts behind a month's share ("Số lượng" beside "Tỷ lệ (%)") are not results in the target's terms.
  const counts = new Set(table.months.filter((m) => m.part).map((m) => m.col));
  const monthResults = Object.entries(ind.monthValues).filter(([col]) => !counts.has(Number(col))).map(([, cell]) => cell);
  const results = [...monthResults, ...(ind.cells.actual ? [ind.cells.actual] : [])];
  for (const cell of results) {
    if (t.ok) {
      const problem = checkActual(cell, t, ind.unit);
      if (problem) push(cell.address, 'error', problem.code, problem.message);
    } else if (isErrorValue(cell.value)) {
      // Without a readable target the result cannot be judged, but an error in it is still worth fixing.
      push(cell.address, 'error', 'actual-unreadable', message('actual.error-value', { error: cell.text }));
    }
  }
  return out;
}

/** Problem codes for the ways a result cannot be read. */
const READ_PROBLEM: Partial<Record<ActualErrorCode, ProblemCode>> = {
  'over-total': 'actual-out-of-range',
  negative: 'actual-out-of-range',
  'over-100': 'share-over-100',
  'not-calculated': 'formula-not-calculated',
};

function checkActual(cell: CellRef, target: Target, unit: string | null): Pick<Problem, 'code' | 'message'> | null {
  const read: ActualRead = readCell(cell, target);
  if (read.kind === 'invalid') {
    const unitKind = classifyUnit(unit);
    const contradiction =
      (read.code === 'not-yes-no' && unitKind === 'boolean') || (read.code === 'yes-no-for-number' && unitKind === 'percent');
    return {
      code: contradiction ? 'unit-contradiction' : (READ_PROBLEM[read.code] ?? 'actual-unreadable'),
      message: contradiction
        ? message('check.unit-contradiction', { unit: unit ?? '', text: clip(cell.text), reason: read.reason })
        : read.reason,
    };
  }
  // A plain number may be negative (a fall); it is still worth a look.
  if (read.kind === 'number' && read.value < 0) {
    return { code: 'actual-out-of-range', message: message('actual.negative', { shown: cell.text }) };
  }
  return null;
}

/**
 * How well a table's target cells read: of the cells written, how many read as a
 * threshold (a number, a share, a count, a rate, a yes/no). Statements met by
 * evidence and unreadable text do not; tasks have no target cell to read.
 */
export function targetReading(indicators: readonly Indicator[]): { written: number; thresholds: number } {
  let written = 0;
  let thresholds = 0;
  for (const i of indicators) {
    if (!i.cells.target) continue;
    written++;
    if (i.target.ok && i.target.kind !== 'qualitative') thresholds++;
  }
  return { written, thresholds };
}

/** Below this share of target cells reading as thresholds, the target column is probably the wrong one. */
const DOUBTFUL_SHARE = 0.5;

/**
 * "Chỉ tiêu" heads the names in some plans and the targets in others: when most
 * cells of the column taken as the target do not read as targets, the mapping is
 * doubtful and the user is told what to check, rather than shown high confidence.
 */
function doubtfulTarget(table: SheetTable, rows: Indicator[]): Problem | null {
  const col = table.columns.target;
  if (col === undefined) return null;
  const { written, thresholds } = targetReading(rows);
  if (written < 3 || thresholds / written >= DOUBTFUL_SHARE) return null;
  const letters = columnLetters(col);
  const header = table.headers[col] ?? '';
  return {
    sheet: table.sheet,
    cell: `${letters}${table.headerTop}`,
    severity: 'warning',
    code: 'mapping-doubtful',
    message: message('check.mapping-doubtful', { letters, header: clip(header, 40), thresholds, written }),
  };
}

function duplicateIds(indicators: Indicator[]): Problem[] {
  const seen = new Map<string, Indicator>();
  const out: Problem[] = [];
  for (const ind of indicators) {
    if (!ind.id || ind.idShared) continue;
    const key = `${ind.sheet}\u0000${ind.table}\u0000${ind.groupId ?? ''}\u0000${ind.group ?? ''}\u0000${ind.id}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, ind);
      continue;
    }
    out.push({
      sheet: ind.sheet,
      cell: ind.cells.id?.address ?? `A${ind.row}`,
      severity: 'warning',
      code: 'duplicate-id',
      message: message('check.duplicate-id', { id: ind.id, row: first.row }),
      indicator: ind.id,
    });
  }
  return out;
}

function clip(text: string, max = 60): string {
  const t = text.trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
