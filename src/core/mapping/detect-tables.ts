import { type Grid, cellAt, gridWidth } from '../grid';
import { foldWords } from '../text';
import { cellText } from './cells';
import { type HeaderLayout, isHeaderRow, isRepeatedHeader, readHeader } from './header-rows';
import { splitLeadingLabel } from './id-shape';
import { type Group, readTableRows, type TableRows } from './table-rows';

/** One indicator table found on a sheet. */
export interface DetectedTable {
  sheet: string;
  /** 0-based position of the table on its sheet. */
  index: number;
  header: HeaderLayout;
  /** A group title above the header ("II. NHÓM CHỈ TIÊU …"), the first group of the table. */
  title: Group | null;
  rows: TableRows;
  /** How the table was found: by the detector, or from a mapping the user saved. */
  source: 'detected' | 'saved';
}

/**
 * Finds every indicator table on a sheet: header rows (two-row merged headers
 * included), the rows under each, and the group title above each header. Header
 * rows repeated by page breaks stay inside their table; a header with other
 * columns starts a new table (seed 004 has two on one page).
 */
export function detectTables(grid: Grid, headers?: HeaderLayout[]): DetectedTable[] {
  const found = headers ?? findHeaders(grid);
  const tables: DetectedTable[] = [];
  found.forEach((header, index) => {
    const next = found[index + 1];
    const title = titleAbove(grid, header.top, index === 0 ? -1 : found[index - 1]!.bottom);
    const nextTitle = next ? titleAbove(grid, next.top, header.bottom) : null;
    const end = next ? (nextTitle ? nextTitle.row : next.top) : grid.rows.length;
    const rows = readTableRows(grid, header, header.bottom + 1, end, title);
    tables.push({ sheet: grid.sheet, index, header, title, rows, source: headers ? 'saved' : 'detected' });
  });
  return tables;
}

function findHeaders(grid: Grid): HeaderLayout[] {
  const headers: HeaderLayout[] = [];
  const width = gridWidth(grid);
  for (let row = 0; row < grid.rows.length; row++) {
    const last = headers[headers.length - 1];
    if (last && row <= last.bottom) continue;
    if (!mayBeHeader(grid, row, width)) continue;
    if (!isHeaderRow(grid, row)) continue;
    if (last && isRepeatedHeader(grid, row, last)) continue;
    headers.push(readHeader(grid, row));
  }
  return headers;
}

/** Cheap filter before the vocabulary: a header row has at least two short texts. */
function mayBeHeader(grid: Grid, row: number, width: number): boolean {
  let texts = 0;
  for (let col = 0; col < width && texts < 2; col++) {
    const v = cellAt(grid, row, col).value;
    if (typeof v === 'string' && v.length > 0 && v.length <= 80 && /[A-Za-zÀ-ỹĐđ]/.test(v)) texts++;
  }
  return texts >= 2;
}

/** A group title within three rows above a header: "I. NHÓM …", "A. …", "NHÓM …". */
function titleAbove(grid: Grid, top: number, floor: number): Group | null {
  for (let row = top - 1; row > floor && row >= top - 3; row--) {
    const texts = (grid.rows[row] ?? []).map((c) => cellText(c.value)).filter(Boolean);
    if (texts.length !== 1) continue;
    const text = texts[0]!;
    const folded = foldWords(text);
    if (/^(?:[ivx]{1,4}|[a-z])\s/.test(folded) && /^\s*(?:[IVX]{1,4}|[A-ZĐ])[.)]\s+\S/.test(text) || /^nhom\b/.test(folded)) {
      const { label, text: name } = splitLeadingLabel(text);
      return { id: label, name, row };
    }
  }
  return null;
}
