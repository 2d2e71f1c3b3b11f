/**
 * What is known about a workbook once its sheets are read: the grids, the saved
 * mapping, each sheet's tables, and the analysis of the indicator sheets. The
 * task pane (over the Office JS API) and the command line (over an .xlsx file) build it
 * the same way, so they see the same indicators.
 */
import { analyzeWorkbook } from '../analyze';
import { minOf } from '../arrays';
import type { Grid } from '../grid';
import type { Bilingual } from '../i18n';
import type { CommuneChoice } from '../summary/commune';
import { savedHeadersFor, tableToMapping as tableMappingOf } from '../mapping/saved-mapping';
import type { Analysis, SheetTable } from '../model';
import type { WorkbookMapping } from '../schema';
import { findOwnSheet, gridHash, listedEntry, type OwnSheet, type SheetIdentity } from '../writing/own-sheets';

export interface SheetInfo {
  sheet: string;
  /** The add-in's own-sheet entry when it made the sheet (a report, the history); null for a user's sheet. Replaced only when not `edited`. */
  own: OwnSheet | null;
  /** The sheet carries the add-in's hidden mark (even when the record that lists it was lost): never read as a plan. */
  dti: boolean;
  /** An own sheet the user changed by hand since the add-in wrote it (or one the add-in cannot prove its own): kept, a new one gets a new name. */
  edited: boolean;
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
  mappingError: Bilingual | null;
  sheets: SheetInfo[];
  /** Analysis of the included sheets only. */
  analysis: Analysis;
  /** Analysis of every user sheet the mapping does not exclude (a check shows sheets without indicators too). */
  everySheet: Analysis;
  /** The commune for the report's header, saved or found in the sheets (the pane's report form starts from it). */
  commune: CommuneChoice;
}

export function analyzeGrids(grids: Grid[], mapping: WorkbookMapping | null): Pick<Snapshot, 'sheets' | 'analysis' | 'everySheet'> {
  const saved = mapping?.sheets ?? {};
  const identities = new Map(grids.map((g) => [g, identityOf(g, mapping?.ownSheets)]));
  const all = [...identities.values()];
  const ownOf = (grid: Grid): OwnSheet | null => findOwnSheet(identities.get(grid)!, mapping?.ownSheets, all);
  // A sheet with the add-in's mark is a report, not a plan, even when the record listing it was lost.
  const listedOf = (grid: Grid): OwnSheet | null => listedEntry(identities.get(grid)!, mapping?.ownSheets);
  const isDti = (grid: Grid): boolean => Boolean(grid.ownToken) || ownOf(grid) !== null || listedOf(grid) !== null;
  const userGrids = grids.filter((g) => !isDti(g));
  const savedGrids = userGrids.filter((g) => saved[g.sheet]?.indicators === true);
  const savedAnalysis = analyzeWorkbook(savedGrids, { savedHeaders: savedHeadersFor(savedGrids, saved) });
  const detected = analyzeWorkbook(userGrids.filter((g) => saved[g.sheet]?.indicators !== true));

  const sheets: SheetInfo[] = grids.map((grid) => {
    const proven = ownOf(grid);
    // A sheet only listed by name and id is the add-in's report but cannot be proven so: it is kept, like an edited one.
    const own = proven ?? listedOf(grid);
    const dti = isDti(grid);
    const source = saved[grid.sheet]?.indicators === true ? savedAnalysis : detected;
    const tables = !dti ? source.tables.filter((t) => t.sheet === grid.sheet) : [];
    const indicators = !dti ? source.indicators.filter((i) => i.sheet === grid.sheet).length : 0;
    const included = !dti && (saved[grid.sheet] ? saved[grid.sheet]!.indicators : indicators > 0);
    return {
      sheet: grid.sheet,
      own,
      dti,
      // The history is rewritten from what it holds (a user's fix carries over), so only reports count as edited.
      edited: own !== null && (proven === null || (own.kind !== 'history' && own.hash !== undefined && gridHash(grid) !== own.hash)),
      tables,
      indicators,
      months: [...new Set(tables.flatMap((t) => t.months.map((m) => m.label)))],
      confidence: minOf(tables.map((t) => t.confidence)),
      included,
    };
  });
  const included = new Set(sheets.filter((s) => s.included).map((s) => s.sheet));
  const notExcluded = new Set(userGrids.filter((g) => saved[g.sheet]?.indicators !== false).map((g) => g.sheet));
  const pick = (keep: ReadonlySet<string>): Analysis => {
    const only = <T extends { sheet: string }>(list: T[]): T[] => list.filter((x) => keep.has(x.sheet));
    return {
      tables: only([...savedAnalysis.tables, ...detected.tables]),
      indicators: only([...savedAnalysis.indicators, ...detected.indicators]),
      problems: only([...savedAnalysis.problems, ...detected.problems]),
      sheets: only([...savedAnalysis.sheets, ...detected.sheets]),
    };
  };
  return { sheets, analysis: pick(included), everySheet: pick(notExcluded) };
}

/** A mapping with each sheet's choice: included sheets keep (or get) their tables, others are marked "no indicators". */
export function mappingWithSheets(snapshot: Snapshot, included: ReadonlySet<string>): WorkbookMapping {
  const base = snapshot.mapping ?? { version: 1 as const, sheets: {} };
  const sheets = { ...base.sheets };
  for (const info of snapshot.sheets) {
    if (info.dti) continue;
    if (!included.has(info.sheet)) sheets[info.sheet] = { indicators: false, tables: [] };
    else if (!sheets[info.sheet]?.indicators) sheets[info.sheet] = { indicators: true, tables: info.tables.map(tableMappingOf) };
  }
  return { ...base, version: 1, sheets, savedAt: new Date().toISOString() };
}

/**
 * A sheet as the own-sheet record knows it: name, host id, the token of its
 * hidden mark, and (for an unmarked sheet of a name the record lists) the hash
 * of its values.
 */
export function identityOf(grid: Grid, registry?: readonly OwnSheet[]): SheetIdentity {
  const named = !grid.ownToken && (registry ?? []).some((e) => e.name.toLocaleLowerCase('vi') === grid.sheet.toLocaleLowerCase('vi'));
  return { name: grid.sheet, ...(grid.sheetId ? { id: grid.sheetId } : {}), ...(grid.ownToken ? { token: grid.ownToken } : {}), ...(named ? { hash: gridHash(grid) } : {}) };
}
