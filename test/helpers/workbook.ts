import { mkdtempSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';

export type Row = Array<ExcelJS.CellValue | undefined>;

export interface SheetSpec {
  rows: Row[];
  /** "A1:B2" ranges. */
  merges?: string[];
  /** 1-based rows to hide. */
  hidden?: number[];
  /** Column letters to hide. */
  hiddenColumns?: string[];
  /** Number formats by A1 address. */
  formats?: Record<string, string>;
  /** The sheet's visibility. */
  state?: 'hidden' | 'veryHidden';
}

/** Writes a workbook of the given sheets to a fresh temp folder and returns its path. */
export async function writeWorkbook(sheets: Record<string, SheetSpec | Row[]>, name = 'book.xlsx'): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [sheet, spec] of Object.entries(sheets)) {
    const s: SheetSpec = Array.isArray(spec) ? { rows: spec } : spec;
    const ws = wb.addWorksheet(sheet, s.state ? { state: s.state } : undefined);
    s.rows.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value !== undefined && value !== null) ws.getRow(r + 1).getCell(c + 1).value = value;
      });
    });
    for (const m of s.merges ?? []) ws.mergeCells(m);
    for (const r of s.hidden ?? []) ws.getRow(r).hidden = true;
    for (const c of s.hiddenColumns ?? []) ws.getColumn(c).hidden = true;
    for (const [address, fmt] of Object.entries(s.formats ?? {})) ws.getCell(address).numFmt = fmt;
  }
  const path = join(tempDir(), name);
  await wb.xlsx.writeFile(path);
  return path;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'dti-test-'));
}

export async function readWorkbook(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}
