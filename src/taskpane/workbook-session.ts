/**
 * What the task pane knows about the open workbook: every sheet read once, the
 * saved mapping, and the analysis of the indicator sheets. Everything here
 * goes through the WorkbookPort, so the same code runs on Excel and on a fake.
 */
import { analyzeWorkbook } from '../core/analyze';
import type { Grid } from '../core/grid';
import type { Bilingual } from '../core/i18n';
import { savedHeadersFor, tableToMapping as tableMappingOf } from '../core/mapping/saved-mapping';
import type { Analysis, SheetTable } from '../core/model';
import type { SheetPlan } from '../core/plan/write-plan';
import type { WorkbookMapping } from '../core/schema';
import { sheetMarker } from '../core/summary/markers';
import type { ApplyOptions } from '../excel/preflight';
import type { ApplyResult, WorkbookPort } from '../ports/workbook-port';

/** The port plus what only a live workbook can do (select a cell, overwrite with consent). */
export interface TaskpanePort extends WorkbookPort {
  apply(plans: SheetPlan[], onProgress?: (done: number, total: number) => void, options?: ApplyOptions): Promise<ApplyResult>;
  select(sheet: string, address: string): Promise<void>;
  /** The workbook's .xlsx bytes and a name for the copy sent upward; absent where Office cannot give them. */
  documentBytes?(): Promise<{ bytes: Uint8Array; name: string }>;
}

export interface SheetInfo {
  sheet: string;
  /** The add-in's marker when the sheet is one of its own (summary, history). */
  marker: string | null;
  /** Tables found (saved mapping, else detection). */
  tables: SheetTable[];
  indicators: number;
  /** "T10/2026", … the month columns found. */
  months: string[];
  confidence: number;
  /** The user counts it as an indicator sheet (saved), or detection does (nothing saved yet). */
  included: boolean;
}

export interface Snapshot {
  grids: Grid[];
  mapping: WorkbookMapping | null;
  /** Set when the saved mapping was damaged: detection ran instead. */
  mappingError: string | null;
  sheets: SheetInfo[];
  /** Analysis of the included sheets only. */
  analysis: Analysis;
}

/** Reads the whole workbook: names (1 sync), used ranges of all sheets (1 sync), the mapping (≤ 2 syncs). */
export async function loadSnapshot(port: WorkbookPort): Promise<Snapshot> {
  const names = await port.sheetNames();
  const [grids, stored] = await Promise.all([port.readSheets(names), port.readMapping()]);
  const mapping = stored.found && 'mapping' in stored ? stored.mapping : null;
  const mappingError = stored.found && 'error' in stored ? stored.error : null;
  return { grids, mapping, mappingError, ...analyzeGrids(grids, mapping) };
}

export function analyzeGrids(grids: Grid[], mapping: WorkbookMapping | null): Pick<Snapshot, 'sheets' | 'analysis'> {
  const saved = mapping?.sheets ?? {};
  const userGrids = grids.filter((g) => sheetMarker(g) === null);
  const savedGrids = userGrids.filter((g) => saved[g.sheet]?.indicators === true);
  const savedAnalysis = analyzeWorkbook(savedGrids, { savedHeaders: savedHeadersFor(savedGrids, saved) });
  const detected = analyzeWorkbook(userGrids.filter((g) => saved[g.sheet]?.indicators !== true));

  const sheets: SheetInfo[] = grids.map((grid) => {
    const marker = sheetMarker(grid);
    const source = saved[grid.sheet]?.indicators === true ? savedAnalysis : detected;
    const tables = marker === null ? source.tables.filter((t) => t.sheet === grid.sheet) : [];
    const indicators = marker === null ? source.indicators.filter((i) => i.sheet === grid.sheet).length : 0;
    const included = marker === null && (saved[grid.sheet] ? saved[grid.sheet]!.indicators : indicators > 0);
    return {
      sheet: grid.sheet,
      marker,
      tables,
      indicators,
      months: [...new Set(tables.flatMap((t) => t.months.map((m) => m.label)))],
      confidence: tables.length ? Math.min(...tables.map((t) => t.confidence)) : 0,
      included,
    };
  });
  const included = new Set(sheets.filter((s) => s.included).map((s) => s.sheet));
  const pick = <T extends { sheet: string }>(list: T[]): T[] => list.filter((x) => included.has(x.sheet));
  const analysis: Analysis = {
    tables: pick([...savedAnalysis.tables, ...detected.tables]),
    indicators: pick([...savedAnalysis.indicators, ...detected.indicators]),
    problems: pick([...savedAnalysis.problems, ...detected.problems]),
    sheets: pick([...savedAnalysis.sheets, ...detected.sheets]),
  };
  return { sheets, analysis };
}

/** A mapping with each sheet's choice: included sheets keep (or get) their tables, others are marked "no indicators". */
export function mappingWithSheets(snapshot: Snapshot, included: ReadonlySet<string>): WorkbookMapping {
  const base = snapshot.mapping ?? { version: 1 as const, sheets: {} };
  const sheets = { ...base.sheets };
  for (const info of snapshot.sheets) {
    if (info.marker !== null) continue;
    if (!included.has(info.sheet)) sheets[info.sheet] = { indicators: false, tables: [] };
    else if (!sheets[info.sheet]?.indicators) sheets[info.sheet] = { indicators: true, tables: info.tables.map(tableMappingOf) };
  }
  return { ...base, version: 1, sheets, savedAt: new Date().toISOString() };
}

export function errorText(message: Bilingual | string, lang: 'vi' | 'en'): string {
  return typeof message === 'string' ? message : message[lang];
}
