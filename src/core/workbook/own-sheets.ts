/**
 * The sheets the add-in made itself (reports, history), listed in the workbook's
 * own DTI record (the custom XML part that also keeps the mapping). A sheet is
 * the add-in's only when this list names it: no text a user can type in a cell
 * makes a sheet "ours", so a user's sheet is never replaced or skipped by mistake.
 *
 * Each host names sheets its own way: an .xlsx file by the `sheetId` of
 * workbook.xml ("xlsx:3"), Excel by `Worksheet.id` ("excel:{…}"). An entry keeps
 * the id of every host that wrote it; a host that has not seen the sheet yet
 * recognises it by name until it records its own id.
 */
import { z } from 'zod';

export const OWN_SHEET_KINDS = ['summary', 'appendix', 'history', 'log', 'form'] as const;
export type OwnSheetKind = (typeof OWN_SHEET_KINDS)[number];

export const OwnSheetSchema = z.object({
  kind: z.enum(OWN_SHEET_KINDS),
  /** The reporting month ("2026-11") of a summary or appendix. */
  month: z.string().regex(/^\d{4}-\d{2}$/).optional(),
  /** The sheet's name when the add-in last wrote it. */
  name: z.string().min(1),
  /** Host-qualified ids: "xlsx:3", "excel:{00000000-0001-0000-0000-000000000000}". */
  ids: z.array(z.string().regex(/^[a-z]+:.+$/)),
});
export type OwnSheet = z.infer<typeof OwnSheetSchema>;

/** A sheet as a host sees it. */
export interface SheetIdentity {
  name: string;
  /** Host-qualified id ("xlsx:3"); absent when the host cannot tell. */
  id?: string;
}

/** What a plan says about the sheet it makes. */
export interface OwnSheetTag {
  kind: OwnSheetKind;
  month?: string;
}

function hostOf(id: string): string {
  return id.slice(0, id.indexOf(':'));
}

function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase('vi') === b.toLocaleLowerCase('vi');
}

/**
 * The registry entry of a sheet, or null when the add-in did not make it. An
 * entry that holds an id of the sheet's host must match that id (a user's sheet
 * later given the same name is not ours); an entry without one matches by name.
 */
export function findOwnSheet(sheet: SheetIdentity, registry: readonly OwnSheet[] | undefined): OwnSheet | null {
  if (!registry) return null;
  for (const entry of registry) {
    if (sheet.id) {
      const host = hostOf(sheet.id);
      const hostIds = entry.ids.filter((id) => hostOf(id) === host);
      if (hostIds.length > 0) {
        if (hostIds.includes(sheet.id)) return entry;
        continue;
      }
    }
    if (sameName(entry.name, sheet.name)) return entry;
  }
  return null;
}

/** Whether a sheet is the add-in's own of the given kind (and month, when given). */
export function isOwnSheetOf(sheet: SheetIdentity, registry: readonly OwnSheet[] | undefined, tag: OwnSheetTag): boolean {
  const entry = findOwnSheet(sheet, registry);
  return entry !== null && entry.kind === tag.kind && (tag.month === undefined || entry.month === tag.month);
}

/**
 * The registry after the add-in wrote `sheet`: an entry replaced on the same
 * sheet (by name, before a rename) keeps the other hosts' ids only when the sheet
 * itself was kept (a replaced sheet is a new sheet: other hosts' ids are stale).
 */
export function recordOwnSheet(
  registry: readonly OwnSheet[] | undefined,
  sheet: SheetIdentity,
  tag: OwnSheetTag,
  replacedPrevious: OwnSheet | null = null,
): OwnSheet[] {
  const rest = (registry ?? []).filter((e) => e !== replacedPrevious && !sameName(e.name, sheet.name));
  const entry: OwnSheet = { kind: tag.kind, ...(tag.month ? { month: tag.month } : {}), name: sheet.name, ids: sheet.id ? [sheet.id] : [] };
  return [...rest, entry];
}

/**
 * The record brought up to date with the sheets as they are: entries whose sheet
 * is gone (deleted by the user) are dropped so their names free up, a renamed
 * sheet keeps its entry under the new name, and an entry recognised by name
 * learns this host's id so a later sheet of the same name is not taken for it.
 */
export function reconcileOwnSheets(registry: readonly OwnSheet[] | undefined, sheets: readonly SheetIdentity[]): OwnSheet[] {
  const out: OwnSheet[] = [];
  for (const entry of registry ?? []) {
    const sheet = sheets.find((s) => findOwnSheet(s, [entry]) === entry);
    if (!sheet) continue;
    const ids = sheet.id && !entry.ids.includes(sheet.id) ? [...entry.ids, sheet.id] : entry.ids;
    out.push({ ...entry, name: sheet.name, ids });
  }
  return out;
}
