/**
 * Reads an .xlsx package into the core's grids, without a workbook model: the
 * workbook's sheet list (names, ids, visibility), the shared strings, the
 * number formats, and each worksheet part. Tolerant of what other programs
 * write: prefixed SpreadsheetML, absolute or relative part paths, missing
 * optional parts.
 */
import type JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import type { Grid } from '../../core/grid';
import { readCellFormats } from './number-formats';
import { readSharedStrings } from './shared-strings';
import { readSheetGrid } from './sheet-grid';
import { attr, localName } from './xml-names';
import { OWN_SHEET_NAME } from '../../core/writing/own-sheets';
import { resolveTarget } from '../package/part-paths';

export interface SheetEntry {
  name: string;
  /** workbook.xml's sheetId: kept when the sheet is renamed or moved. */
  sheetId: number;
  state: 'visible' | 'hidden' | 'veryHidden';
  /** The worksheet part ("xl/worksheets/sheet1.xml"); null for chart sheets and dialog sheets. */
  path: string | null;
  /** The token of the add-in's hidden mark on the sheet (a DTI_OWN name scoped to it), if any. */
  ownToken?: string;
}

export interface PackageLayout {
  workbookPath: string;
  sheets: SheetEntry[];
}

const WORKSHEET_REL = /\/relationships\/worksheet$/;
/** Sheets without cells: a chart sheet, an Excel 5 dialog sheet, an Excel 4 macro sheet. */
const OTHER_SHEET_REL = /\/relationships\/(chartsheet|dialogsheet|xlMacrosheet|xlIntlMacrosheet|macrosheet)$/;
const OFFICE_DOCUMENT_REL = /\/relationships\/officeDocument$/;

/** Why a sheet the workbook lists cannot be read. */
export type SheetDamage =
  /** No relationship with the sheet's r:id (or no r:id at all). */
  | 'no-relationship'
  /** The relationship leads out of the package: external, a URI, above the package root. */
  | 'outside'
  /** The relationship is not to a sheet (styles, an image…). */
  | 'not-a-sheet'
  /** The worksheet part it names is not in the package. */
  | 'missing-part';

/** A sheet listed in workbook.xml whose cells cannot be found: the workbook is damaged (never read as an empty sheet). */
export class DamagedSheetError extends Error {
  constructor(
    readonly sheet: string,
    readonly damage: SheetDamage,
    /** The relationship's target or the part's name, for the detail line. */
    readonly target?: string,
  ) {
    super(`sheet "${sheet}": ${damage}${target ? ` (${target})` : ''}`);
  }
}

/** Where the parts' texts come from: the port's package (src/xlsx/package), or a JSZip in tests and tools. */
export interface PartReader {
  /** A part's text; null when the package has no such part (names match case-insensitively, as Office's do). */
  read(path: string): Promise<string | null>;
}

/** A JSZip as a PartReader. */
export function zipParts(zip: JSZip): PartReader {
  return {
    read: async (path) => {
      const file = zip.file(path) ?? zip.file(new RegExp(`^${escapeRegExp(path)}$`, 'i'))[0];
      return file ? file.async('string') : null;
    },
  };
}

/** The workbook part and its sheets, in workbook order. */
export async function readPackageLayout(zip: PartReader): Promise<PackageLayout> {
  const rootRels = parseRelationships(await text(zip, '_rels/.rels'));
  const officeDocument = rootRels.find((r) => OFFICE_DOCUMENT_REL.test(r.type));
  const workbookPath = officeDocument ? (officeDocument.external ? null : resolveTarget('', officeDocument.target)) : 'xl/workbook.xml';
  if (workbookPath === null) throw new Error(`no workbook part (${officeDocument?.target ?? ''})`);
  const workbookXml = await text(zip, workbookPath);
  if (workbookXml === null) throw new Error(`no workbook part (${workbookPath})`);
  const rels = parseRelationships(await text(zip, relsPathOf(workbookPath)));
  const sheets: SheetEntry[] = [];
  const marks = new Map<number, string>();
  let mark: { local: number; text: string[] } | null = null;
  const parser = new SaxesParser();
  parser.on('text', (t) => mark?.text.push(t));
  parser.on('closetag', (node) => {
    if (mark && localName(node.name) === 'definedName') {
      const m = /^\s*=?\s*"(.*)"\s*$/.exec(mark.text.join(''));
      if (m) marks.set(mark.local, m[1]!);
      mark = null;
    }
  });
  parser.on('opentag', (node) => {
    if (localName(node.name) === 'definedName') {
      const d = node.attributes as Record<string, string>;
      const local = attr(d, 'localSheetId');
      if (attr(d, 'name') === OWN_SHEET_NAME && local !== undefined) mark = { local: Number(local), text: [] };
      return;
    }
    if (localName(node.name) !== 'sheet') return;
    const a = node.attributes as Record<string, string>;
    const name = attr(a, 'name') ?? '';
    const relId = attr(a, 'id');
    const rel = relId === undefined ? undefined : rels.find((r) => r.id === relId);
    if (!rel) throw new DamagedSheetError(name, 'no-relationship', relId);
    const state = attr(a, 'state');
    let path: string | null = null;
    if (WORKSHEET_REL.test(rel.type)) {
      path = rel.external ? null : resolveTarget(workbookPath, rel.target);
      if (path === null) throw new DamagedSheetError(name, 'outside', rel.target);
    } else if (!OTHER_SHEET_REL.test(rel.type)) throw new DamagedSheetError(name, 'not-a-sheet', rel.type);
    sheets.push({
      name,
      sheetId: Number(attr(a, 'sheetId') ?? sheets.length + 1),
      state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
      path,
    });
  });
  parser.write(workbookXml).close();
  marks.forEach((token, index) => {
    const sheet = sheets[index];
    if (sheet) sheet.ownToken = token;
  });
  return { workbookPath, sheets };
}

/** Every worksheet of the package as a grid, in workbook order (chart sheets left out). */
export async function readPackageGrids(zip: PartReader, layout?: PackageLayout): Promise<Grid[]> {
  const { workbookPath, sheets } = layout ?? (await readPackageLayout(zip));
  const rels = parseRelationships(await text(zip, relsPathOf(workbookPath)));
  const partOf = (type: RegExp): string | null => {
    const rel = rels.find((r) => type.test(r.type) && !r.external);
    return rel ? resolveTarget(workbookPath, rel.target) : null;
  };
  const stringsPath = partOf(/\/relationships\/sharedStrings$/);
  const stylesPath = partOf(/\/relationships\/styles$/);
  const sharedStrings = readSharedStrings(stringsPath ? await text(zip, stringsPath) : null);
  const formats = readCellFormats(stylesPath ? await text(zip, stylesPath) : null);
  const grids: Grid[] = [];
  for (const sheet of sheets) {
    if (!sheet.path) continue;
    const xml = await text(zip, sheet.path);
    if (xml === null) throw new DamagedSheetError(sheet.name, 'missing-part', sheet.path);
    const grid = readSheetGrid({ name: sheet.name, sheetId: `xlsx:${sheet.sheetId}`, xml }, sharedStrings, formats);
    if (sheet.state !== 'visible') grid.hidden = true;
    if (sheet.ownToken) grid.ownToken = sheet.ownToken;
    grids.push(grid);
  }
  return grids;
}

interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

function parseRelationships(xml: string | null): Relationship[] {
  if (!xml) return [];
  const out: Relationship[] = [];
  const parser = new SaxesParser();
  parser.on('opentag', (node) => {
    if (localName(node.name) !== 'Relationship') return;
    const a = node.attributes as Record<string, string>;
    out.push({ id: attr(a, 'Id') ?? '', type: attr(a, 'Type') ?? '', target: attr(a, 'Target') ?? '', external: attr(a, 'TargetMode') === 'External' });
  });
  parser.write(xml).close();
  return out;
}

function text(parts: PartReader, path: string): Promise<string | null> {
  return parts.read(path);
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
