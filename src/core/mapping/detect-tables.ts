import type { Grid } from '../grid';
import { foldWords } from '../text';
import { cellText } from './cells';
import { type HeaderLayout, isHeaderRow, isRepeatedHeader, readHeader } from './header-rows';
import { titleText, yearIn } from './plan-year';
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
  for (let row = 0; row < grid.rows.length; row++) {
    const last = headers[headers.length - 1];
    if (last && row <= last.bottom) continue;
    if (!mayBeHeader(grid, row)) continue;
    if (!isHeaderRow(grid, row)) continue;
    if (last && isRepeatedHeader(grid, row, last) && !titledAsAnotherTable(grid, row, last)) continue;
    headers.push(readHeader(grid, row, last ? row - 1 - TITLE_GAP : -1));
  }
  return headers;
}

/** Rows between a table's last line and the next header where that header's title stands. */
const TITLE_GAP = 3;

/**
 * A header like the one above is a page break's repeat, unless a title just above
 * it names another year or another table ("KẾT QUẢ NĂM 2025", "Phụ lục II", "Biểu 2"):
 * then it heads a table of its own.
 */
function titledAsAnotherTable(grid: Grid, row: number, last: HeaderLayout): boolean {
  for (let r = row - 1; r >= Math.max(last.bottom + 1, row - TITLE_GAP); r--) {
    const title = titleText(grid, r);
    if (title === null) continue;
    const year = yearIn(title);
    if (year !== null && year !== last.planYear) return true;
    if (/^(phu luc|bieu|bang|ke hoach|ket qua|bao cao)\b/.test(foldWords(title))) return true;
  }
  return false;
}

/** Cheap filter before the vocabulary: a header row has at least two short texts (only its own cells are looked at). */
function mayBeHeader(grid: Grid, row: number): boolean {
  let texts = 0;
  const line = grid.rows[row] ?? [];
  for (let col = 0; col < line.length && texts < 2; col++) {
    const v = line[col]!.value;
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
