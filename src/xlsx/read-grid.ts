import type ExcelJS from 'exceljs';
import { type Cell, type CellValue, type Grid, type MergedArea, parseAddress } from '../core/grid';
import { dateToSerial } from '../core/numbers';

/** Reads an ExcelJS worksheet into the core's grid: values as Excel shows them, formats, merges, hidden rows. */
export function worksheetToGrid(ws: ExcelJS.Worksheet): Grid {
  const rows: Cell[][] = [];
  const hiddenRows: number[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const line: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // ExcelJS reports the top-left value in every cell of a merge; Excel shows it once.
      if (cell.isMerged && cell.master !== cell) return;
      const value = toCellValue(cell.value);
      const formula = formulaOf(cell.value);
      // A formula not calculated yet (no cached result) is still a formula.
      if (value === null && !cell.numFmt && !formula) return;
      const out: Cell = { value };
      if (cell.numFmt) out.format = cell.numFmt;
      if (formula) out.formula = formula;
      line[colNumber - 1] = out;
    });
    for (let i = 0; i < line.length; i++) if (!line[i]) line[i] = { value: null };
    rows[rowNumber - 1] = line;
    if (row.hidden) hiddenRows.push(rowNumber - 1);
  });
  for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
  return { sheet: ws.name, sheetId: xlsxSheetId(ws), origin: { row: 0, col: 0 }, rows, merges: mergesOf(ws), hiddenRows };
}

/** The host-qualified id of a sheet: its `sheetId` in workbook.xml, kept when the sheet is renamed. */
export function xlsxSheetId(ws: ExcelJS.Worksheet): string {
  return `xlsx:${ws.id}`;
}

function mergesOf(ws: ExcelJS.Worksheet): MergedArea[] {
  const ranges: string[] = (ws.model as { merges?: string[] }).merges ?? [];
  const merges: MergedArea[] = [];
  for (const range of ranges) {
    const [a, b] = range.split(':');
    const from = a ? parseAddress(a) : null;
    const to = b ? parseAddress(b) : from;
    if (from && to) merges.push({ top: from.row, left: from.col, bottom: to.row, right: to.col });
  }
  return merges;
}

type Raw = ExcelJS.CellValue;

function toCellValue(raw: Raw): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number' || typeof raw === 'boolean') return raw;
  if (typeof raw === 'string') return raw;
  if (raw instanceof Date) return dateToSerial(raw);
  if (typeof raw === 'object') {
    if ('error' in raw) return { error: String(raw.error) };
    if ('richText' in raw) return raw.richText.map((r) => r.text).join('');
    if ('formula' in raw || 'sharedFormula' in raw) return toCellValue((raw as { result?: Raw }).result ?? null);
    if ('text' in raw) return String(raw.text);
  }
  return null;
}

function formulaOf(raw: Raw): string | undefined {
  if (raw && typeof raw === 'object' && !(raw instanceof Date)) {
    if ('formula' in raw && raw.formula) return `=${raw.formula}`;
    if ('sharedFormula' in raw && raw.sharedFormula) return `=${raw.sharedFormula}`;
  }
  return undefined;
}
