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
import { OWN_SHEET_NAME } from '../../core/workbook/own-sheets';

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
const OFFICE_DOCUMENT_REL = /\/relationships\/officeDocument$/;

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
  const workbookPath = normalize('', rootRels.find((r) => OFFICE_DOCUMENT_REL.test(r.type))?.target ?? 'xl/workbook.xml');
  const workbookXml = await text(zip, workbookPath);
  if (workbookXml === null) throw new Error(`no workbook part (${workbookPath})`);
  const rels = parseRelationships(await text(zip, relsPathOf(workbookPath)));
  const base = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
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
    const relId = attr(a, 'id');
    const rel = rels.find((r) => r.id === relId);
    const state = attr(a, 'state');
    sheets.push({
      name: attr(a, 'name') ?? '',
      sheetId: Number(attr(a, 'sheetId') ?? sheets.length + 1),
      state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
      path: rel && WORKSHEET_REL.test(rel.type) ? normalize(base, rel.target) : null,
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
  const base = workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1);
  const partOf = (type: RegExp): string | null => {
    const rel = rels.find((r) => type.test(r.type));
    return rel ? normalize(base, rel.target) : null;
  };
  const stringsPath = partOf(/\/relationships\/sharedStrings$/);
  const stylesPath = partOf(/\/relationships\/styles$/);
  const sharedStrings = readSharedStrings(stringsPath ? await text(zip, stringsPath) : null);
  const formats = readCellFormats(stylesPath ? await text(zip, stylesPath) : null);
  const grids: Grid[] = [];
  for (const sheet of sheets) {
    if (!sheet.path) continue;
    const xml = await text(zip, sheet.path);
    if (xml === null) continue;
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
}

function parseRelationships(xml: string | null): Relationship[] {
  if (!xml) return [];
  const out: Relationship[] = [];
  const parser = new SaxesParser();
  parser.on('opentag', (node) => {
    if (localName(node.name) !== 'Relationship') return;
    const a = node.attributes as Record<string, string>;
    out.push({ id: attr(a, 'Id') ?? '', type: attr(a, 'Type') ?? '', target: attr(a, 'Target') ?? '' });
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

/** A relationship target resolved against its source's folder: "worksheets/sheet1.xml", "/xl/worksheets/sheet1.xml", "../x.xml". */
function normalize(base: string, target: string): string {
  const joined = target.startsWith('/') ? target.slice(1) : base + target;
  const parts: string[] = [];
  for (const part of joined.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
