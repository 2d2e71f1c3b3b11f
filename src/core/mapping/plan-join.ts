/**
 * A plan kept on one sheet with its targets, and each month's results on sheets
 * of their own listing only "STT | Chỉ tiêu | Kết quả": the result sheets' rows
 * take their target (and unit, owner, deadline where they have none) from the
 * plan's rows, matched by section, id and name. Rows left unmatched keep having
 * no target, so the user sees them.
 */
import { message } from '../messages';
import type { Indicator, Problem, SheetTable } from '../model';
import { matchRows } from '../status/match-rows';

export interface SheetRead {
  sheet: string;
  tables: SheetTable[];
  indicators: Indicator[];
}

/** Share of a result table's rows the plan must match for its targets to be taken (rows the plan lacks stay without a target, and are said). */
const MATCHED_SHARE = 0.5;

/** Fills the result-only tables' targets from the plan table that matches them best; says where they came from. */
export function joinTargetsFromPlan(sheets: SheetRead[]): Problem[] {
  const plans = sheets.flatMap((s) => s.tables.filter((t) => t.columns.target !== undefined).map((table) => ({ table, rows: rowsOf(s, table) })));
  const problems: Problem[] = [];
  for (const read of sheets) {
    for (const table of read.tables) {
      if (!isResultOnly(table)) continue;
      const rows = rowsOf(read, table);
      let best: { plan: SheetTable; pairs: Map<Indicator, Indicator> } | null = null;
      for (const plan of plans) {
        if (plan.table.sheet === table.sheet) continue;
        const pairs = matchRows(rows, plan.rows);
        if (!best || pairs.size > best.pairs.size) best = { plan: plan.table, pairs };
      }
      if (!best || rows.length === 0 || best.pairs.size < Math.max(1, MATCHED_SHARE * rows.length)) continue;
      read.indicators = read.indicators.map((i) => {
        const from = best!.pairs.get(i);
        return from ? withPlan(i, from) : i;
      });
      problems.push({
        sheet: table.sheet,
        cell: 'A1',
        severity: 'info',
        code: 'targets-from-plan',
        message: message('plan.targets-from-plan', { sheet: table.sheet, plan: best.plan.sheet, matched: best.pairs.size, rows: rows.length }),
      });
    }
  }
  return problems;
}

function isResultOnly(table: SheetTable): boolean {
  return table.columns.target === undefined && (table.columns.actual !== undefined || table.months.length > 0 || table.columns.numerator !== undefined);
}

function rowsOf(read: SheetRead, table: SheetTable): Indicator[] {
  return read.indicators.filter((i) => i.table === table.index);
}

function withPlan(row: Indicator, plan: Indicator): Indicator {
  const cells = { ...row.cells };
  if (plan.cells.target) cells.target = plan.cells.target;
  const unit = row.unit ?? plan.unit;
  if (!row.unit && plan.cells.unit) cells.unit = plan.cells.unit;
  const owner = row.owner ?? plan.owner;
  if (!row.owner && plan.cells.owner) cells.owner = plan.cells.owner;
  const deadline = row.deadline && !row.deadlineAssumed ? { deadline: row.deadline, deadlineAssumed: false } : { deadline: plan.deadline, deadlineAssumed: plan.deadlineAssumed };
  return {
    ...row,
    unit,
    owner,
    ...deadline,
    target: plan.target,
    targetFromName: plan.targetFromName,
    horizonTarget: row.horizonTarget ?? plan.horizonTarget,
    cells,
  };
}
