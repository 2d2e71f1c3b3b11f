/**
 * The sheets the add-in made itself (reports, history), listed in the workbook's
 * own DTI record (the custom XML part that also keeps the mapping). Each entry
 * carries a token, and the sheet it made carries the same token in a hidden name
 * scoped to that sheet (`DTI_OWN`, written by both hosts): no text a user can
 * type in a cell makes a sheet "ours". The token follows the sheet when it is
 * renamed or moved, when another program renumbers sheets (LibreOffice
 * renumbers sheetId on save) or reuses a deleted sheet's id, and is gone with
 * the sheet when the user deletes it; a sheet the user makes later under the
 * same name has none.
 *
 * A report the user edited by hand (the content no longer hashes as written) is
 * not replaced: the new report gets a new name. The record also keeps each
 * host's id of the sheet ("xlsx:3", "excel:{…}") to say which sheet it was.
 */
import * as z from 'zod/mini';
import { type Grid, sheetRow } from '../grid';
import type { Block } from './write-plan';

export const OWN_SHEET_KINDS = ['summary', 'appendix', 'history', 'log', 'form'] as const;
export type OwnSheetKind = (typeof OWN_SHEET_KINDS)[number];

export { OWN_SHEET_NAME } from './own-sheet-name';

export const OwnSheetSchema = z.object({
  kind: z.enum(OWN_SHEET_KINDS),
  /** The reporting month ("2026-11") of a summary or appendix. */
  month: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}$/))),
  /** The sheet's name when the add-in last wrote it. */
  name: z.string().check(z.minLength(1)),
  /**
   * The token the sheet's hidden DTI_OWN name holds. Records of the first
   * version have none: their sheets are still not read as plans (same name and
   * id), but are never replaced.
   */
  token: z.optional(z.string().check(z.regex(/^[A-Za-z0-9:_-]{8,80}$/))),
  /** Host-qualified ids: "xlsx:3", "excel:{00000000-0001-0000-0000-000000000000}". */
  ids: z.array(z.string().check(z.regex(/^[a-z]+:.+$/))),
  /** Hash of the values the add-in wrote (reports): a different hash means the user edited the sheet. */
  hash: z.optional(z.string()),
  /** The sheet was given its hidden mark: without it, it is not this entry's sheet. */
  marked: z.optional(z.boolean()),
});
export type OwnSheet = z.infer<typeof OwnSheetSchema>;

/** A sheet as a host sees it. */
export interface SheetIdentity {
  name: string;
  /** Host-qualified id ("xlsx:3"); absent when the host cannot tell. */
  id?: string;
  /** The token of the sheet's hidden DTI_OWN name, when it has one. */
  token?: string;
  /** The hash of the sheet's values (see gridHash), for hosts that cannot read the mark. */
  hash?: string;
}

/** What a plan says about the sheet it makes. */
export interface OwnSheetTag {
  kind: OwnSheetKind;
  month?: string;
  /** The token the adapter writes into the sheet's DTI_OWN name and the record. */
  token: string;
  /** Hash of the values the plan writes (see contentHash), for sheets the user may edit. */
  hash?: string;
}

function sameName(a: string, b: string): boolean {
  return a.toLocaleLowerCase('vi') === b.toLocaleLowerCase('vi');
}

/**
 * The record's entry for a sheet, or null when the add-in did not make it: the
 * sheet carries the entry's token. When a copy of an own sheet carries the same
 * token ("Báo cáo T11-2026 (2)"), only the one under the recorded name is the
 * entry's; the others are not the add-in's to replace.
 */
export function findOwnSheet(sheet: SheetIdentity, registry: readonly OwnSheet[] | undefined, all: readonly SheetIdentity[] = [sheet]): OwnSheet | null {
  if (!registry) return null;
  if (!sheet.token) return unmarkedOwnSheet(sheet, registry, all);
  const entry = registry.find((e) => e.token !== undefined && e.token === sheet.token);
  if (!entry) return null;
  const carriers = all.filter((s) => s.token === entry.token);
  if (carriers.length <= 1) return entry;
  return sameName(entry.name, sheet.name) && carriers.filter((s) => sameName(entry.name, s.name)).length === 1 ? entry : null;
}

/**
 * A sheet without a mark (Excel below ExcelApi 1.4 cannot write or read one;
 * another program may have dropped it) is the entry's only while it holds
 * exactly the values the add-in wrote, under the recorded name, and no other
 * sheet carries the entry's token: replacing it then loses nothing a user typed.
 */
function unmarkedOwnSheet(sheet: SheetIdentity, registry: readonly OwnSheet[], all: readonly SheetIdentity[]): OwnSheet | null {
  if (!sheet.hash) return null;
  const entry = registry.find((e) => e.token !== undefined && e.hash === sheet.hash && sameName(e.name, sheet.name));
  return entry && !all.some((s) => s.token === entry.token) ? entry : null;
}

/**
 * Whether the record lists an unmarked sheet by its name and this host's id:
 * entries of the first version (no tokens), and reports a host without marks
 * wrote that the user has since edited. Such a sheet is a report, not a plan,
 * but it is never replaced (ids are renumbered and reused: they prove nothing).
 */
export function isListedByNameAndId(sheet: SheetIdentity, registry: readonly OwnSheet[] | undefined): boolean {
  return listedEntry(sheet, registry) !== null;
}

/** The entry that lists an unmarked sheet by its name and this host's id (see isListedByNameAndId). */
export function listedEntry(sheet: SheetIdentity, registry: readonly OwnSheet[] | undefined): OwnSheet | null {
  if (sheet.token || sheet.id === undefined) return null;
  return (registry ?? []).find((e) => !e.marked && e.ids.includes(sheet.id!) && sameName(e.name, sheet.name)) ?? null;
}

/**
 * Whether a plan may replace a sheet: the sheet is the add-in's own, of the
 * plan's kind and month, and the very entry the plan was made for (its token).
 */
export function isOwnSheetOf(
  sheet: SheetIdentity,
  registry: readonly OwnSheet[] | undefined,
  tag: Pick<OwnSheetTag, 'kind' | 'month'> & { token?: string },
  all?: readonly SheetIdentity[],
): boolean {
  const entry = findOwnSheet(sheet, registry, all);
  return entry !== null && entry.kind === tag.kind && (tag.month === undefined || entry.month === tag.month) && (tag.token === undefined || entry.token === tag.token);
}

/**
 * The record after the add-in wrote `sheet` with `tag`: the entry of that token
 * (or of that name, for a sheet made anew) is replaced.
 */
export function recordOwnSheet(registry: readonly OwnSheet[] | undefined, sheet: SheetIdentity, tag: OwnSheetTag): OwnSheet[] {
  const rest = (registry ?? []).filter((e) => e.token !== tag.token && !sameName(e.name, sheet.name));
  const entry: OwnSheet = {
    kind: tag.kind,
    ...(tag.month ? { month: tag.month } : {}),
    name: sheet.name,
    token: tag.token,
    ids: sheet.id ? [sheet.id] : [],
    ...(tag.hash ? { hash: tag.hash } : {}),
    ...(sheet.token === tag.token ? { marked: true } : {}),
  };
  return [...rest, entry];
}

/**
 * The record brought up to date with the sheets as they are: entries whose sheet
 * is gone (deleted by the user) are dropped, a renamed sheet keeps its entry under
 * the new name, and each entry learns this host's id of its sheet.
 */
export function reconcileOwnSheets(registry: readonly OwnSheet[] | undefined, sheets: readonly SheetIdentity[]): OwnSheet[] {
  const out: OwnSheet[] = [];
  for (const entry of registry ?? []) {
    const sheet = sheets.find((s) => findOwnSheet(s, [entry], sheets) === entry);
    if (!sheet) {
      // An unmarked sheet still under its name and id keeps its entry (it is not read as a plan).
      if (sheets.some((s) => isListedByNameAndId(s, [entry]))) out.push(entry);
      continue;
    }
    const host = sheet.id ? sheet.id.slice(0, sheet.id.indexOf(':') + 1) : null;
    const ids = sheet.id ? [...entry.ids.filter((id) => !host || !id.startsWith(host)), sheet.id] : entry.ids;
    out.push({ ...entry, name: sheet.name, ids });
  }
  return out;
}

/** A fresh token for a sheet the add-in makes. */
export function newOwnToken(kind: OwnSheetKind): string {
  const random = globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
  return `${kind}_${random.replace(/-/g, '').slice(0, 24)}`;
}

/**
 * A hash of the values a sheet holds (not their formats): the same for the
 * values a plan writes and for those values read back by either host, and
 * different once a user types anything in. FNV-1a over "row,col=value" lines.
 */
export function contentHash(cells: Iterable<{ row: number; col: number; value: unknown }>): string {
  const lines: string[] = [];
  for (const { row, col, value } of cells) {
    if (value === null || value === undefined || value === '') continue;
    const text = typeof value === 'number' ? String(Math.round(value * 1e9) / 1e9) : String(value);
    lines.push(`${row},${col}=${text}`);
  }
  lines.sort();
  let h = 0x811c9dc5;
  for (const line of lines) {
    for (let i = 0; i < line.length; i++) {
      h ^= line.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    h ^= 10;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `fnv1a:${h.toString(16).padStart(8, '0')}:${lines.length}`;
}

/** The hash of what blocks write (1-based rows, 0-based columns of the sheet). */
export function blocksHash(blocks: readonly Block[]): string {
  function* cells(): Generator<{ row: number; col: number; value: unknown }> {
    for (const b of blocks) {
      for (let r = 0; r < b.cells.length; r++) {
        const line = b.cells[r]!;
        for (let c = 0; c < line.length; c++) yield { row: b.top + r, col: b.left + c, value: line[c]!.formula !== undefined ? null : line[c]!.value };
      }
    }
  }
  return contentHash(cells());
}

/** The hash of what a sheet holds now, in the same terms. */
export function gridHash(grid: Grid): string {
  function* cells(): Generator<{ row: number; col: number; value: unknown }> {
    for (let r = 0; r < grid.rows.length; r++) {
      const line = grid.rows[r]!;
      for (let c = 0; c < line.length; c++) {
        const cell = line[c]!;
        yield { row: sheetRow(grid, r), col: grid.origin.col + c, value: cell.formula ? null : typeof cell.value === 'object' && cell.value !== null ? cell.value.error : cell.value };
      }
    }
  }
  return contentHash(cells());
}
