import { append } from '../arrays';
import { type Grid, cellAddress, columnLetters, isErrorValue } from '../grid';
import { bi } from '../i18n';
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
        ? bi('Trang tính trống.', 'The sheet is empty.')
        : bi(
            'Không tìm thấy bảng chỉ tiêu (cần một dòng tiêu đề có cột chỉ tiêu và cột STT, đơn vị tính hoặc chỉ tiêu năm).',
            'No indicator table found (a header row with an indicator column and an id, unit or target column is needed).',
          ),
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
        message: bi(
          `Dòng "${clip(stray.text)}" không thuộc chỉ tiêu nào nên được bỏ qua.`,
          `The row "${clip(stray.text)}" belongs to no indicator and is skipped.`,
        ),
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
    const messages = {
      hidden: bi(`Cột "${label}" (${here}) đang ẩn và trùng tháng với cột ${read}: đọc cột ${read}.`, `The column "${label}" (${here}) is hidden and names the same month as column ${read}: ${read} is read.`),
      cumulative: bi(
        `Cột "${label}" (${here}) là số trong tháng; kết quả so với chỉ tiêu năm được đọc ở cột lũy kế ${read}.`,
        `The column "${label}" (${here}) holds the month's own figure; the result against the yearly target is read from the cumulative column ${read}.`,
      ),
      twice: bi(
        `Hai cột cùng ghi "${label}" (${here} và ${read}): đọc cột ${read}, bỏ qua cột ${here}. Hãy sửa tiêu đề cột bị chép nhầm.`,
        `Two columns say "${label}" (${here} and ${read}): ${read} is read, ${here} is skipped. Correct the header of the copied column.`,
      ),
    };
    return {
      sheet: grid.sheet,
      cell: here,
      severity: reason === 'twice' ? 'warning' : 'info',
      code: 'month-column-twice',
      message: messages[reason],
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
        message: bi(
          'Bảng không có cột đơn vị chủ trì: báo cáo sẽ không chỉ ra được ai phụ trách các chỉ tiêu chưa đạt.',
          'The table has no owner column: the report cannot say who owns each shortfall.',
        ),
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
      push(targetAt, 'error', 'target-missing', bi(`Chỉ tiêu "${label}" chưa có mức chỉ tiêu.`, `Indicator "${label}" has no target.`), targetSheet);
    } else if (t.code === 'unit-boolean-number' || t.code === 'unit-percent-text') {
      push(targetAt, 'error', 'unit-contradiction', t.reason, targetSheet);
    } else if (t.code === 'not-calculated') {
      push(targetAt, 'error', 'formula-not-calculated', t.reason, targetSheet);
    } else {
      push(targetAt, 'error', 'target-unreadable', bi(`Không đọc được chỉ tiêu "${clip(t.text)}": ${t.reason.vi}`, `Cannot read the target "${clip(t.text)}": ${t.reason.en}`), targetSheet);
    }
  } else if (t.kind === 'percent' && (t.value as number) > 1) {
    push(targetAt, 'error', 'share-over-100', bi(`Chỉ tiêu tỷ lệ vượt 100% (${clip(t.text)}).`, `A share target above 100% (${clip(t.text)}).`), targetSheet);
  }

  // "Số điểm wifi" in "điểm" with a target of "10%": a share of what? It is read as a share, and said.
  const unitKind = classifyUnit(ind.unit);
  if (t.ok && t.kind === 'percent' && nameIsCount(ind.name) && (unitKind === 'noun' || unitKind === 'index')) {
    push(
      targetAt,
      'warning',
      'unit-contradiction',
      bi(
        `Tên "${clip(ind.name, 40)}" và đơn vị tính "${ind.unit}" là số đếm nhưng chỉ tiêu là tỷ lệ (${clip(t.text)}): kết quả được hiểu là tỷ lệ. Hãy kiểm tra lại đơn vị tính hoặc mức chỉ tiêu.`,
        `The name "${clip(ind.name, 40)}" and the unit "${ind.unit}" are a count but the target is a share (${clip(t.text)}): results are read as shares. Check the unit or the target.`,
      ),
      targetSheet,
    );
  }

  const h = ind.horizonTarget;
  if (h && !h.ok && h.code !== 'empty') {
    push(at(ind.cells.horizonTarget, table.columns.horizonTarget), 'warning', 'horizon-unreadable', bi(`Không đọc được chỉ tiêu đến 2030 "${clip(h.text)}": ${h.reason.vi}`, `Cannot read the horizon target "${clip(h.text)}": ${h.reason.en}`));
  }
  if (ind.cells.deadline && ind.deadline === null) {
    push(ind.cells.deadline.address, 'warning', 'deadline-unreadable', bi(`Không đọc được thời hạn "${clip(ind.cells.deadline.text)}" (ví dụ đúng: "Tháng 12/2026", "Thường xuyên").`, `Cannot read the deadline "${clip(ind.cells.deadline.text)}" (e.g. "Tháng 12/2026", "Thường xuyên").`));
  }
  if (table.columns.owner !== undefined && !ind.owner) {
    push(at(undefined, table.columns.owner), 'warning', 'missing-owner', bi(`Chỉ tiêu "${label}" chưa có đơn vị chủ trì.`, `Indicator "${label}" has no owner unit.`));
  }
  if (ind.hidden) {
    push(at(ind.cells.name, table.columns.name), 'info', 'hidden-row', bi(`Chỉ tiêu "${label}" nằm trên dòng đang bị ẩn; vẫn được tính.`, `Indicator "${label}" is on a hidden row; it is still counted.`));
  }
  for (const [field, cell] of Object.entries(ind.cells)) {
    if (field !== 'target' && field !== 'actual' && isErrorValue(cell.value)) {
      push(cell.address, 'warning', 'formula-error', bi(`Ô đang báo lỗi ${cell.text}.`, `The cell shows the error ${cell.text}.`));
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
      push(cell.address, 'error', 'actual-unreadable', bi(`Ô kết quả đang báo lỗi ${cell.text}.`, `The result cell shows the error ${cell.text}.`));
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
        ? bi(`Đơn vị tính "${unit}" không khớp với kết quả "${clip(cell.text)}": ${read.reason.vi}`, `The unit "${unit}" does not fit the result "${clip(cell.text)}": ${read.reason.en}`)
        : read.reason,
    };
  }
  // A plain number may be negative (a fall); it is still worth a look.
  if (read.kind === 'number' && read.value < 0) {
    return { code: 'actual-out-of-range', message: bi(`Kết quả âm (${cell.text}) không hợp lệ.`, `A negative result (${cell.text}) is not valid.`) };
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
    message: bi(
      `Cột ${letters} ("${clip(header, 40)}") được hiểu là cột chỉ tiêu năm nhưng chỉ ${thresholds}/${written} ô đọc được thành mức chỉ tiêu: ánh xạ có thể sai. Hãy kiểm tra mục Ánh xạ cột (hoặc "dti check") và chọn đúng cột chỉ tiêu.`,
      `Column ${letters} ("${clip(header, 40)}") is read as the target column, but only ${thresholds} of ${written} cells read as targets: the mapping may be wrong. Check it under Mapping (or "dti check") and choose the right target column.`,
    ),
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
      message: bi(
        `STT "${ind.id}" trùng với dòng ${first.row} trong cùng nhóm.`,
        `Id "${ind.id}" repeats row ${first.row} in the same group.`,
      ),
      indicator: ind.id,
    });
  }
  return out;
}

function clip(text: string, max = 60): string {
  const t = text.trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}
