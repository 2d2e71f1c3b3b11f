import type ExcelJS from 'exceljs';
import { bi } from '../core/i18n';
import { parseAddress } from '../core/grid';
import type { CellStyle, CellWrite, SheetPlan } from '../core/plan/write-plan';
import { isOwnSheetOf, type OwnSheet, recordOwnSheet, reconcileOwnSheets } from '../core/workbook/own-sheets';
import type { ApplyResult, BlockedWrite } from '../ports/workbook-port';
import { xlsxSheetId } from './read-grid';

/**
 * Carries out write plans on an ExcelJS workbook; checks everything first and
 * changes nothing when blocked. Returns the own-sheet record with the sheets it made.
 */
export function applyPlansToWorkbook(workbook: ExcelJS.Workbook, plans: SheetPlan[], ownSheets: readonly OwnSheet[]): { result: ApplyResult; ownSheets: OwnSheet[] } {
  const blocked = plans.flatMap((plan) => check(workbook, plan, ownSheets));
  if (blocked.length > 0) return { result: { ok: false, blocked }, ownSheets: [...ownSheets] };
  const made = plans.map((plan) => ({ plan, ws: write(workbook, plan) }));
  let registry = reconcileOwnSheets(ownSheets, workbook.worksheets.map((ws) => ({ name: ws.name, id: xlsxSheetId(ws) })));
  for (const { plan, ws } of made) if (plan.own) registry = recordOwnSheet(registry, { name: ws.name, id: xlsxSheetId(ws) }, plan.own);
  return { result: { ok: true, written: plans.map((p) => p.sheet) }, ownSheets: registry };
}

function check(workbook: ExcelJS.Workbook, plan: SheetPlan, ownSheets: readonly OwnSheet[]): BlockedWrite[] {
  const ws = workbook.getWorksheet(plan.sheet);
  if (plan.mode === 'create' && ws) {
    return [{ sheet: plan.sheet, where: plan.sheet, reason: 'sheet-exists', message: bi(`Đã có trang tính "${plan.sheet}"; không ghi đè.`, `A sheet named "${plan.sheet}" exists; it is not replaced.`) }];
  }
  if (plan.mode === 'replace-own' && ws && !(plan.own && isOwnSheetOf({ name: ws.name, id: xlsxSheetId(ws) }, ownSheets, plan.own))) {
    return [{ sheet: plan.sheet, where: plan.sheet, reason: 'sheet-exists', message: bi(`Trang tính "${plan.sheet}" không do DTI tạo; không ghi đè.`, `The sheet "${plan.sheet}" was not made by DTI; it is not replaced.`) }];
  }
  if (plan.mode === 'cells' && !ws) {
    return [{ sheet: plan.sheet, where: plan.sheet, reason: 'sheet-exists', message: bi(`Không có trang tính "${plan.sheet}".`, `No sheet named "${plan.sheet}".`) }];
  }
  return [];
}

function write(workbook: ExcelJS.Workbook, plan: SheetPlan): ExcelJS.Worksheet {
  let ws = workbook.getWorksheet(plan.sheet);
  if (plan.mode === 'replace-own' && ws) {
    workbook.removeWorksheet(ws.id);
    ws = undefined;
  }
  ws ??= workbook.addWorksheet(plan.sheet);
  for (const block of plan.blocks) {
    block.cells.forEach((line, r) => {
      const row = ws.getRow(block.top + r);
      line.forEach((cell, c) => writeCell(row.getCell(block.left + c + 1), cell));
    });
  }
  for (const range of plan.merges ?? []) ws.mergeCells(range);
  fitRowHeights(ws, plan);
  for (const [col, width] of Object.entries(plan.widths ?? {})) ws.getColumn(Number(col) + 1).width = width;
  for (const cf of plan.conditionalFormats ?? []) {
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: 'cellIs',
          operator: 'equal',
          formulae: [`"${cf.textEquals.replace(/"/g, '""')}"`],
          priority: 1,
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cf.fill) } }, font: { color: { argb: argb(cf.fontColor) } } },
        },
      ],
    });
  }
  if (plan.print) {
    ws.pageSetup = {
      ...ws.pageSetup,
      orientation: plan.print.orientation,
      paperSize: 9, // A4
      fitToPage: plan.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      ...(plan.print.repeatRows ? { printTitlesRow: `${plan.print.repeatRows.first}:${plan.print.repeatRows.last}` } : {}),
    };
  }
  if (plan.freezeRows) ws.views = [{ state: 'frozen', ySplit: plan.freezeRows - 1 }];
  return ws;
}

/**
 * Excel and LibreOffice do not grow rows for wrapped text an .xlsx writer
 * leaves without a height, so wrapped rows get a height from their longest
 * text and the column widths (Office.js adapters autofit instead).
 */
function fitRowHeights(ws: ExcelJS.Worksheet, plan: SheetPlan): void {
  const widths = plan.widths ?? {};
  const widthOf = (col: number): number => widths[col] ?? 10;
  // A merged cell wraps over the width of all its columns.
  const mergedWidth = new Map<string, number>();
  for (const range of plan.merges ?? []) {
    const [a, b] = range.split(':').map(parseAddress);
    if (!a || !b) continue;
    let width = 0;
    for (let col = a.col; col <= b.col; col++) width += widthOf(col);
    mergedWidth.set(`${a.row + 1}:${a.col}`, width);
  }
  for (const block of plan.blocks) {
    block.cells.forEach((line, r) => {
      let lines = 1;
      line.forEach((cell, c) => {
        if (!cell.style?.wrap || typeof cell.value !== 'string') return;
        const col = block.left + c;
        const width = mergedWidth.get(`${block.top + r}:${col}`) ?? widthOf(col);
        const perLine = Math.max(1, width * (cell.style.bold ? 1.0 : 1.25)); // characters per line, roughly
        lines = Math.max(lines, cell.value.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(part.length / perLine)), 0));
      });
      if (lines > 1) ws.getRow(block.top + r).height = Math.min(409, 15.5 * lines);
    });
  }
}

function writeCell(target: ExcelJS.Cell, cell: CellWrite): void {
  if (cell.formula !== undefined) {
    target.value = { formula: cell.formula.replace(/^=/, ''), result: (cell.result ?? undefined) as ExcelJS.CellFormulaValue['result'] };
  } else if (cell.value !== undefined) {
    target.value = cell.value;
  }
  applyStyle(target, cell.style ?? NO_STYLE);
}

/**
 * ExcelJS deduplicates styles by object identity when it writes, so every
 * distinct style is built once and shared by all the cells that use it.
 */
const styleCache = new Map<string, Partial<ExcelJS.Style>>();
// Plans share style objects between cells: the same object gives the same style without a key.
const byObject = new WeakMap<CellStyle, Partial<ExcelJS.Style>>();
const NO_STYLE: CellStyle = {};

function applyStyle(target: ExcelJS.Cell, s: CellStyle): void {
  let style = byObject.get(s);
  if (!style) {
    const key = JSON.stringify(s);
    style = styleCache.get(key);
    if (!style) {
      style = toExcelStyle(s);
      styleCache.set(key, style);
    }
    byObject.set(s, style);
  }
  target.style = style;
}

function toExcelStyle(s: CellStyle): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {
    font: {
      name: 'Times New Roman',
      size: s.fontSize ?? 12,
      ...(s.bold ? { bold: true } : {}),
      ...(s.italic ? { italic: true } : {}),
      ...(s.fontColor ? { color: { argb: argb(s.fontColor) } } : {}),
    },
  };
  if (s.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  if (s.horizontal || s.vertical || s.wrap) {
    style.alignment = {
      ...(s.horizontal ? { horizontal: s.horizontal } : {}),
      ...(s.vertical ? { vertical: s.vertical } : {}),
      ...(s.wrap ? { wrapText: true } : {}),
    };
  }
  if (s.border) {
    const thin = { style: 'thin' as const };
    style.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  if (s.numberFormat) style.numFmt = s.numberFormat;
  return style;
}

function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}
