/**
 * The returned forms merged into the tracker, as write plans: each result into
 * the month's result cell (month column, or the month's sheet), each evidence
 * into the month's evidence column the add-in owns, and the log of what
 * changed. Nothing is overwritten that holds another value (a conflict, unless
 * the form is preferred) or a formula; a form for another month or another
 * plan, and rows a unit changed or added, are refused with their addresses.
 * Merging the same form twice changes nothing.
 */
import { type Cell, cellOnSheet, columnLetters, type Grid, isBlankValue, parseAddress, valueText } from '../grid';
import type { Bilingual } from '../i18n';
import { message } from '../messages';
import type { Analysis, SheetTable } from '../model';
import { formatYearMonth, type YearMonth } from '../months';
import { isPercentFormat } from '../numbers';
import type { CellWrite, SheetPlan } from '../writing/write-plan';
import { monthView, type ReportedIndicator } from '../status/month-view';
import { type ActualRead, readActual } from '../status/read-actual';
import { historyKey } from '../summary/history';
import type { ExistingSheet } from '../summary/types';
import { foldWords, tidyText } from '../text';
import { evidenceColumn, evidenceHeader } from './evidence-column';
import { planFingerprint } from './fingerprint';
import { localStamp, type MergeLogRow, planMergeLog } from './merge-log';
import type { ReturnedForm } from './returned-form';

export interface MergeRequest {
  analysis: Analysis;
  grids: readonly Grid[];
  month: YearMonth;
  forms: readonly ReturnedForm[];
  /** `--prefer form`: a conflict is settled by the form's value. */
  preferForm: boolean;
  log: readonly MergeLogRow[];
  existingSheets: readonly ExistingSheet[];
  now: Date;
}

export interface CellChange {
  unit: string;
  file: string;
  sheet: string;
  /** A1 address in the tracker. */
  address: string;
  before: string;
  after: string;
  what: 'result' | 'evidence';
}

export interface MergeConflict {
  unit: string;
  file: string;
  /** A1 address on the form. */
  formAddress: string;
  sheet: string;
  /** A1 address in the tracker. */
  address: string;
  indicator: string;
  existing: string;
  incoming: string;
}

export interface MergeRefusal {
  file: string;
  unit: string | null;
  /** A1 address on the form, or null for the whole form. */
  address: string | null;
  reason: Bilingual;
}

export interface MergeOutcome {
  /** The tracker's cells, then the log; empty when nothing changes. */
  plans: SheetPlan[];
  changes: CellChange[];
  conflicts: MergeConflict[];
  refusals: MergeRefusal[];
  /** Notes units wrote beside their figures. */
  notes: Array<{ unit: string; file: string; address: string; indicator: string; note: string }>;
  /** "Sheet!A1" cells holding a value the plans replace (conflicts settled by the form): the writer must be told. */
  overwrite: string[];
}

interface Pending {
  value: string;
  file: string;
  write: CellWrite;
}

export function planMerge(req: MergeRequest): MergeOutcome {
  const view = monthView(req.analysis, req.month);
  const fingerprint = planFingerprint(view);
  const monthText = formatYearMonth(req.month);
  const byKey = new Map<string, ReportedIndicator>();
  const byName = new Map<string, ReportedIndicator[]>();
  for (const r of view.reported) {
    byKey.set(historyKey(r.identity), r);
    const k = nameKey(r.indicator.id, r.indicator.name);
    byName.set(k, [...(byName.get(k) ?? []), r]);
  }
  const out: MergeOutcome = { plans: [], changes: [], conflicts: [], refusals: [], notes: [], overwrite: [] };
  const pending = new Map<string, Pending>();
  const headers = new Map<string, Pending>();
  const merges: Array<{ sheet: string; range: string }> = [];
  const received = new Set<string>();

  for (const form of req.forms) {
    const { unit } = form.meta;
    const refuse = (address: string | null, reason: Bilingual): void => void out.refusals.push({ file: form.file, unit, address, reason });
    if (form.meta.month !== monthText) {
      refuse(null, message('merge.other-month', { formMonth: form.meta.month, month: monthText }));
      continue;
    }
    if (form.meta.fingerprint !== fingerprint) {
      refuse(null, message('merge.other-plan'));
      continue;
    }
    received.add(unit);
    for (const issue of form.issues) refuse(issue.address, issue.reason);
    for (const entry of form.entries) {
      const reported = byKey.get(entry.key) ?? only(byName.get(nameKey(entry.id, entry.name)));
      const label = `${entry.id ? `${entry.id} ` : ''}${entry.name}`;
      if (!reported) {
        refuse(entry.resultAddress, message('merge.indicator-gone', { label }));
        continue;
      }
      if (entry.note) out.notes.push({ unit, file: form.file, address: entry.noteAddress, indicator: label, note: entry.note });
      const { indicator, table } = reported;
      const grid = req.grids.find((g) => g.sheet === indicator.sheet);
      if (!grid) continue;
      const at = (col: number): Cell => cellOnSheet(grid, indicator.row, col);
      const offer = (col: number, incoming: Cell, what: CellChange['what'], formAddress: string): void => {
        const address = `${columnLetters(col)}${indicator.row}`;
        const key = `${indicator.sheet}!${address}`;
        const existing = at(col);
        const incomingText = shown(incoming);
        const write = writeFor(incoming, existing, what === 'result' && indicator.target.ok && indicator.target.kind === 'percent');
        const before = pending.get(key);
        if (existing.formula) {
          refuse(formAddress, message('merge.formula-cell', { cell: key }));
          return;
        }
        const sameAs = (cell: Cell): boolean => same(cell, incoming, what === 'result' ? reported : null);
        if (before) {
          if (before.value === incomingText) return;
          out.conflicts.push({ unit, file: form.file, formAddress, sheet: indicator.sheet, address, indicator: label, existing: `${before.value} (${before.file})`, incoming: incomingText });
          if (req.preferForm) pending.set(key, { value: incomingText, file: form.file, write });
          return;
        }
        if (!isBlankValue(existing.value)) {
          if (sameAs(existing)) return;
          out.conflicts.push({ unit, file: form.file, formAddress, sheet: indicator.sheet, address, indicator: label, existing: shown(existing), incoming: incomingText });
          if (!req.preferForm) return;
          out.overwrite.push(key);
        }
        pending.set(key, { value: incomingText, file: form.file, write });
        out.changes.push({ unit, file: form.file, sheet: indicator.sheet, address, before: shown(existing), after: incomingText, what });
      };

      const hasResult = !isBlankValue(entry.result.value);
      if (hasResult) {
        const col = reported.source.col;
        if (reported.source.kind === 'none' || col === null) {
          refuse(
            entry.resultAddress,
            reported.source.counts
              ? message('merge.two-counts', { label })
              : message('merge.no-month-column', { label, month: req.month }),
          );
          continue;
        }
        const read = indicator.target.ok ? readActual(entry.result.value, indicator.target, entry.result.format ? { format: entry.result.format } : {}) : null;
        if (read?.kind === 'invalid') {
          refuse(entry.resultAddress, message('merge.result-unreadable', { result: shown(entry.result), label, reason: read.reason }));
          continue;
        }
        offer(col, entry.result, 'result', entry.resultAddress);
      }
      if (entry.evidence) {
        if (!hasResult && isBlankValue(at(reported.source.col ?? -1).value)) {
          refuse(entry.evidenceAddress, message('merge.evidence-without-result', { label }));
          continue;
        }
        const { col, isNew } = evidenceColumnOf(grid, table, req.month, headers, req.analysis.tables.filter((t) => t.sheet === table.sheet));
        if (isNew) {
          const top = table.headerTop;
          const key = `${indicator.sheet}!${columnLetters(col)}${top}`;
          if (!headers.has(key)) {
            headers.set(key, { value: evidenceHeader(req.month), file: '', write: { value: evidenceHeader(req.month), style: { bold: true, wrap: true, horizontal: 'center', vertical: 'middle', border: true } } });
            if (table.headerBottom > top) merges.push({ sheet: indicator.sheet, range: `${columnLetters(col)}${top}:${columnLetters(col)}${table.headerBottom}` });
          }
        }
        offer(col, { value: entry.evidence }, 'evidence', entry.evidenceAddress);
      }
    }
  }

  const writes = new Map<string, Array<[string, CellWrite]>>();
  for (const [key, p] of [...headers, ...pending]) {
    const [sheet, address] = splitKey(key);
    writes.set(sheet, [...(writes.get(sheet) ?? []), [address, p.write]]);
  }
  const changed = out.changes.filter((c) => pending.get(`${c.sheet}!${c.address}`)?.file === c.file);
  out.changes = changed;
  for (const [sheet, cells] of writes) {
    if (!cells.some(([address]) => pending.has(`${sheet}!${address}`))) continue;
    out.plans.push({
      sheet,
      mode: 'cells',
      blocks: cells.map(([address, write]) => ({ ...position(address), cells: [[write]] })),
      merges: merges.filter((m) => m.sheet === sheet).map((m) => m.range),
    });
  }
  const at = localStamp(req.now);
  const logged = new Set(req.log.filter((r) => r.month === monthText).map((r) => r.unit));
  const added: MergeLogRow[] = [];
  for (const form of req.forms) {
    const unit = form.meta.unit;
    if (!received.has(unit) || form.meta.month !== monthText) continue;
    const mine = changed.filter((c) => c.file === form.file);
    for (const c of mine) added.push({ at, month: monthText, unit, file: form.file, sheet: c.sheet, address: c.address, before: c.before, after: c.after, note: c.what === 'evidence' ? 'Minh chứng' : 'Kết quả' });
    if (mine.length === 0 && !logged.has(unit) && !added.some((r) => r.unit === unit)) {
      added.push({ at, month: monthText, unit, file: form.file, sheet: '', address: '', before: '', after: '', note: 'Đã nhận phiếu, không có thay đổi' });
    }
  }
  if (added.length > 0) out.plans.push(planMergeLog(req.log, added, req.existingSheets));
  return out;
}

/** One month's evidence column per table, the same for every row merged into it. */
function evidenceColumnOf(grid: Grid, table: SheetTable, month: YearMonth, headers: Map<string, Pending>, sheetTables: readonly SheetTable[]): { col: number; isNew: boolean } {
  for (const key of headers.keys()) {
    const [sheet, address] = splitKey(key);
    const { top, left } = position(address);
    if (sheet === table.sheet && top === table.headerTop) return { col: left, isNew: true };
  }
  return evidenceColumn(grid, table, month, sheetTables);
}

function writeFor(incoming: Cell, existing: Cell, percent: boolean): CellWrite {
  const value = incoming.value;
  if (typeof value === 'string') return { value: tidyText(value) };
  if (typeof value === 'number' && percent && isPercentFormat(incoming.format) && !isPercentFormat(existing.format)) return { value, style: { numberFormat: incoming.format! } };
  return { value: value === null || typeof value === 'object' ? null : value };
}

/** Two cells hold the same result when they read the same in the target's terms (85% and 0,85 under a % format), or the same text. */
function same(a: Cell, b: Cell, reported: ReportedIndicator | null): boolean {
  if (foldWords(shown(a)) === foldWords(shown(b))) return true;
  const target = reported?.indicator.target;
  if (!target?.ok) return false;
  const ra = readActual(a.value, target, a.format ? { format: a.format } : {});
  const rb = readActual(b.value, target, b.format ? { format: b.format } : {});
  return equalReads(ra, rb);
}

function equalReads(a: ActualRead, b: ActualRead): boolean {
  if (a.kind === 'number' && b.kind === 'number') return Math.abs(a.value - b.value) < 1e-9;
  if (a.kind === 'boolean' && b.kind === 'boolean') return a.value === b.value;
  return false;
}

function shown(cell: Cell): string {
  if (typeof cell.value === 'number' && isPercentFormat(cell.format)) return `${Math.round(cell.value * 1e6) / 1e4}%`;
  return tidyText(valueText(cell.value));
}

function nameKey(id: string | null, name: string): string {
  return `${foldWords(id ?? '')}|${foldWords(name)}`;
}

function only<T>(list: T[] | undefined): T | undefined {
  return list?.length === 1 ? list[0] : undefined;
}

function splitKey(key: string): [string, string] {
  const i = key.lastIndexOf('!');
  return [key.slice(0, i), key.slice(i + 1)];
}

function position(address: string): { top: number; left: number } {
  const at = parseAddress(address)!;
  return { top: at.row + 1, left: at.col };
}
