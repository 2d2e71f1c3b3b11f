/**
 * The report as planned in the core, before any writer: the document parts of
 * Nghị định 30/2020 and their lines (number, place and date, signer), the
 * settings kept in the record, the paragraphs written from the figures, the
 * cells (numbers with formats, no text under 11 pt, no machine marker), the
 * merges, the column widths against the A4 page, the rules, the page breaks
 * and the print setup of the report, its appendix and the hidden history.
 */
import ExcelJS from 'exceljs';
import { analyzeWorkbook } from '../../src/core/analyze';
import { type CellWrite, plannedCells, type SheetPlan } from '../../src/core/writing/write-plan';
import { parseWorkbookMapping, WorkbookMappingSchema } from '../../src/core/schema';
import { evaluate } from '../../src/core/status/evaluate';
import { buildSummaryModel } from '../../src/core/summary/build-model';
import { DocumentBuilder } from '../../src/core/summary/document-builder';
import { writeNarrative } from '../../src/core/summary/narrative';
import { planMonthlySummary } from '../../src/core/summary/plan-summary';
import { checkReportInput, communeName, documentParts, mergeReportSettings, provinceName, reportNumber, signerLines } from '../../src/core/summary/settings';
import { DECREE_MARGINS, printableHeight } from '../../src/core/summary/styles';
import { textWidth, wrappedLines } from '../../src/core/summary/text-metrics';
import type { SummaryResult } from '../../src/core/summary/types';
import { actualCell, deltaCell, POINTS, statusText } from '../../src/core/summary/value-cells';
import { parseTarget } from '../../src/core/target/parse-target';
import { targetToJson } from '../../src/core/target/target-json';
import type { Grid } from '../../src/core/grid';
import { worksheetToGrid } from '../../src/xlsx/read-grid';
import { SAMPLE_PATH } from '../../scripts/make-sample';

const NOV = { year: 2026, month: 11 };
const SETTINGS = { numbers: { '2026-11': '05' }, province: 'Đồng Nai', signerTitle: 'Phó Chủ tịch', signerName: 'Nguyễn Văn An' };
const MM = 72 / 25.4;

let grids: Grid[];
let result: SummaryResult;
let report: SheetPlan;
let appendix: SheetPlan;
let history: SheetPlan;

function plan(generatedAt = new Date(2026, 11, 5)): SummaryResult {
  return planMonthlySummary({ analysis: analyzeWorkbook(grids), month: NOV, commune: 'xã Đại Phước', history: [], existingSheets: [], generatedAt, settings: SETTINGS });
}

function cells(p: SheetPlan): Array<{ row: number; col: number; cell: CellWrite }> {
  return [...plannedCells(p)];
}

function texts(p: SheetPlan): string[] {
  return cells(p).map((c) => c.cell.value).filter((v): v is string => typeof v === 'string' && v !== '');
}

/** The 1-based row holding `text` in its first cells. */
function rowOf(p: SheetPlan, text: string): number {
  const found = cells(p).find((c) => c.cell.value === text);
  if (!found) throw new Error(`no cell holds ${text}`);
  return found.row;
}

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(SAMPLE_PATH);
  grids = wb.worksheets.map(worksheetToGrid);
  result = plan();
  [report, appendix, history] = result.plans as [SheetPlan, SheetPlan, SheetPlan];
});

describe('the document parts (Nghị định 30/2020, Phụ lục I)', () => {
  it('number "Số: 05/BC-UBND" with a leading zero under 10; anything but a number is refused', () => {
    expect(['5', '05', ' 7 ', '12', '123', '5/BC-UBND', 'Số: 9'].map(reportNumber)).toEqual(['05', '05', '07', '12', '123', '05', '09']);
    expect(['năm', '', '0', '-3', '5a'].map(reportNumber)).toEqual([null, null, null, null, null]);
    expect(checkReportInput({ number: 'năm' })?.vi).toContain('Số báo cáo "năm" không hợp lệ');
    expect(checkReportInput({ number: '5', signerName: 'A' })).toBeNull();
  });

  it('place and date: the commune\'s name, leading zeros for days under 10 and for months 1 and 2', () => {
    const line = (d: Date): string => documentParts('xã Đại Phước', {}, NOV, d).dateLine;
    expect(line(new Date(2026, 11, 5))).toBe('Đại Phước, ngày 05 tháng 12 năm 2026');
    expect(line(new Date(2026, 1, 9))).toBe('Đại Phước, ngày 09 tháng 02 năm 2026');
    expect(line(new Date(2026, 0, 20))).toBe('Đại Phước, ngày 20 tháng 01 năm 2026');
    expect(line(new Date(2026, 2, 15))).toBe('Đại Phước, ngày 15 tháng 3 năm 2026');
    expect(documentParts('phường Tân Định', {}, NOV, new Date(2026, 11, 5)).dateLine).toBe('Tân Định, ngày 05 tháng 12 năm 2026');
  });

  it('the body\'s name in two capital lines, from the commune however it was typed', () => {
    expect(communeName('Đại Phước')).toBe('xã Đại Phước');
    expect(communeName('XÃ ĐẠI PHƯỚC')).toBe('xã Đại Phước');
    expect(communeName('  phường   Tân Định ')).toBe('phường Tân Định');
    expect(documentParts('xã Đại Phước', {}, NOV, new Date()).bodyLines).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ ĐẠI PHƯỚC']);
    expect(documentParts('Phường 7', {}, NOV, new Date()).bodyLines).toEqual(['ỦY BAN NHÂN DÂN', 'PHƯỜNG 7']);
  });

  it('"Kính gửi:" the province\'s Department of Science and Technology, or the recipient given', () => {
    expect(provinceName('Đồng Nai')).toBe('tỉnh Đồng Nai');
    expect(provinceName('tỉnh Đồng Nai')).toBe('tỉnh Đồng Nai');
    expect(provinceName('TP. Hồ Chí Minh')).toBe('thành phố Hồ Chí Minh');
    expect(documentParts('xã A', { province: 'Đồng Nai' }, NOV, new Date()).recipientLine).toBe('Kính gửi: Sở Khoa học và Công nghệ tỉnh Đồng Nai.');
    expect(documentParts('xã A', { province: 'Đồng Nai', recipient: 'Ban Chỉ đạo chuyển đổi số tỉnh;' }, NOV, new Date()).recipientLine).toBe('Kính gửi: Ban Chỉ đạo chuyển đổi số tỉnh.');
  });

  it('the signer\'s office: "Chủ tịch", "Phó Chủ tịch" signing for the chairman, or the lines given', () => {
    expect(signerLines(undefined)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
    expect(signerLines('chủ tịch')).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
    expect(signerLines('Phó Chủ tịch')).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
    expect(signerLines('TM. Ủy ban nhân dân / Chủ tịch')).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']);
  });

  it('what is not said yet is a blank to fill by hand, and is listed', () => {
    const parts = documentParts(null, {}, NOV, new Date(2026, 11, 5));
    expect(parts.missing).toEqual(['commune', 'number', 'recipient', 'signerName']);
    expect(parts.numberLine).toBe('Số:         /BC-UBND');
    expect(parts.dateLine).toBe('……………, ngày 05 tháng 12 năm 2026');
    expect(parts.signerName).toBeNull();
  });
});

describe('the settings kept in the workbook\'s record', () => {
  it('given ones override the saved ones; the number is kept for its month only', () => {
    const saved = mergeReportSettings({ province: 'Đồng Nai', numbers: { '2026-10': '04' } }, { number: '5', signerName: ' Nguyễn  Văn An ', province: '' }, NOV);
    expect(saved).toEqual({ province: 'Đồng Nai', numbers: { '2026-10': '04', '2026-11': '05' }, signerName: 'Nguyễn Văn An' });
    expect(documentParts('xã A', saved, { year: 2026, month: 12 }, new Date()).missing).toEqual(['number']);
  });

  it('an older record without them reads as before; a field of the wrong type is dropped, not fatal', () => {
    expect(parseWorkbookMapping('{"version":1,"sheets":{},"commune":"xã A"}')).toEqual({ success: true, data: { version: 1, sheets: {}, commune: 'xã A' } });
    const odd = parseWorkbookMapping('{"version":1,"sheets":{},"report":{"signerName":5,"province":"Đồng Nai","numbers":{"11/2026":"x"}}}');
    expect(odd).toEqual({ success: true, data: { version: 1, sheets: {}, report: { province: 'Đồng Nai' } } });
    expect(WorkbookMappingSchema.parse({ version: 1, sheets: {}, report: 'không phải đối tượng' })).toEqual({ version: 1, sheets: {} });
  });
});

describe('a strict bound at its threshold reads clearly', () => {
  const strict = parseTarget('Trên 80%', { unit: '%' });
  const below = parseTarget('Dưới 5%', { unit: '%' });
  const atLeast = parseTarget('≥ 80%', { unit: '%' });

  it('"Trên 80%" at exactly 80 %: not met, gap 0, progress 99 % (not 100 %), "Chưa đạt — cần trên 80%"', () => {
    const e = evaluate(strict, { kind: 'number', value: 0.8 });
    expect(e).toMatchObject({ status: 'not_met', gap: 0, progress: 0.99, score: 0.99 });
    expect(statusText({ status: e.status, gap: e.gap, target: targetToJson(strict) })).toBe('Chưa đạt — cần trên 80%');
    const under = evaluate(below, { kind: 'number', value: 0.05 });
    expect(under).toMatchObject({ status: 'not_met', gap: 0, progress: 0.99 });
    expect(statusText({ status: under.status, gap: under.gap, target: targetToJson(below) })).toBe('Chưa đạt — cần dưới 5%');
  });

  it('a share not met never prints as 100 %; one met keeps its progress above 100 %', () => {
    expect(evaluate(atLeast, { kind: 'number', value: 0.7999 }).progress).toBe(0.99);
    expect(evaluate(atLeast, { kind: 'number', value: 0.6 }).progress).toBe(0.75);
    expect(evaluate(strict, { kind: 'number', value: 0.9 }).progress).toBe(1.125);
    expect(statusText({ status: 'not_met', gap: -0.1, target: targetToJson(strict) })).toBe('Chưa đạt');
  });
});

describe('numbers are numbers, with formats a Vietnamese Excel shows with decimal commas', () => {
  it('a share, a gap in percentage points, a count "7/9", a rate "1,2/1.000", a plain signed number', () => {
    const share = targetToJson(parseTarget('≥ 80%', { unit: '%' }));
    expect(actualCell(0.725, share, {})).toEqual({ cell: { value: 0.725, style: { numberFormat: '0.0%' } }, shows: '72,5%' });
    expect(deltaCell(-0.075, share, {})).toEqual({ cell: { value: -7.5, style: { numberFormat: POINTS } }, shows: '-7,5 điểm %' });
    expect(deltaCell(0.1, share, {}).cell.value).toBe(10);
    expect(POINTS).toBe('+0.0" điểm %";-0.0" điểm %";0.0" điểm %"');
    const count = targetToJson(parseTarget('9/9 nền tảng', { unit: 'nền tảng' }));
    expect(actualCell(7, count, {})).toEqual({ cell: { value: 7, style: { numberFormat: '#,##0"/9"' } }, shows: '7/9' });
    expect(deltaCell(-2, count, {})).toEqual({ cell: { value: -2, style: { numberFormat: '+#,##0;-#,##0;0' } }, shows: '-2' });
    const rate = targetToJson(parseTarget('01 doanh nghiệp/1.000 dân', { unit: 'doanh nghiệp/1.000 dân' }));
    expect(actualCell(1.2, rate, {})).toEqual({ cell: { value: 1.2, style: { numberFormat: '#,##0.0##"/1.000"' } }, shows: '1,2/1.000' });
    const yes = targetToJson(parseTarget('Đạt', { unit: 'Đạt/Không đạt' }));
    expect(actualCell(false, yes, {}).cell.value).toBe('Chưa đạt');
  });

  it('in the appendix every figure column holds numbers (or a yes/no word, or nothing), never a number written as text', () => {
    const head = appendix.print!.repeatRows!.first;
    const figures = cells(appendix).filter((c) => c.row > head && c.col >= 3 && c.col <= 7 && c.row < rowOf(appendix, 'Số liệu chưa đọc được (cần kiểm tra và ghi lại):'));
    expect(figures.length).toBeGreaterThan(100);
    for (const { cell } of figures) {
      if (typeof cell.value === 'string') expect(['', 'Đạt', 'Chưa đạt', 'Hoàn thành', 'Chưa hoàn thành', null]).toContain(cell.value);
      if (typeof cell.value === 'number') expect(cell.style?.numberFormat).toBeDefined();
    }
  });

  it('the estimate shows one way everywhere: a share with one decimal, in the paragraph and in the tables', () => {
    const estimates = cells(report).filter((c) => c.cell.style?.numberFormat === '0.0%' && c.col === 6);
    expect(estimates.map((c) => c.cell.value)).toContain(result.model.score);
    expect(texts(report).some((t) => t.includes('ước đạt 92,9%'))).toBe(true);
    expect(texts(report).join(' ')).not.toMatch(/0[.,]9\d\b(?!%)/);
  });
});

describe('the report as planned', () => {
  it('has every part in its place: body and motto side by side, number and date, type, summary, recipient, then the content and the signer', () => {
    const at = (text: string): [number, number] => {
      const c = cells(report).find((x) => x.cell.value === text)!;
      return [c.row, c.col];
    };
    expect(at('ỦY BAN NHÂN DÂN')).toEqual([1, 0]);
    expect(at('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toEqual([1, 2]);
    expect(at('XÃ ĐẠI PHƯỚC')).toEqual([2, 0]);
    expect(at('Độc lập - Tự do - Hạnh phúc')).toEqual([2, 2]);
    expect(at('Số: 05/BC-UBND')).toEqual([4, 0]);
    expect(at('Đại Phước, ngày 05 tháng 12 năm 2026')).toEqual([4, 2]);
    expect(at('BÁO CÁO')).toEqual([6, 0]);
    expect(at('Kết quả thực hiện các chỉ tiêu chuyển đổi số tháng 11 năm 2026')).toEqual([7, 0]);
    expect(at('Kính gửi: Sở Khoa học và Công nghệ tỉnh Đồng Nai.')).toEqual([9, 0]);
    const noiNhan = at('Nơi nhận:');
    expect(at('TM. ỦY BAN NHÂN DÂN')).toEqual([noiNhan[0], 2]);
    expect(at('- Lưu: VT, VHXH.')[0]).toBe(noiNhan[0] + 2);
    expect(at('Nguyễn Văn An')[0]).toBeGreaterThan(at('PHÓ CHỦ TỊCH')[0] + 1);
    expect(report.merges).toEqual(expect.arrayContaining(['A1:B1', 'C1:G1', 'A2:B2', 'C2:G2', 'A4:B4', 'C4:G4', 'A6:G6', 'A7:G7', 'A9:G9']));
  });

  it('sets each part in the decree\'s type: Times New Roman; bold capitals; italic place and date; 12 pt bold italic "Nơi nhận:" with 11 pt entries; nothing under 11 pt', () => {
    expect(report.font).toEqual({ name: 'Times New Roman', size: 13 });
    const style = (text: string) => cells(report).find((c) => c.cell.value === text)!.cell.style!;
    expect(style('ỦY BAN NHÂN DÂN')).toMatchObject({ bold: true, fontSize: 13 });
    expect(style('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toMatchObject({ bold: true, fontSize: 12 });
    expect(style('Độc lập - Tự do - Hạnh phúc')).toMatchObject({ bold: true, fontSize: 13 });
    expect(style('Đại Phước, ngày 05 tháng 12 năm 2026')).toMatchObject({ italic: true, fontSize: 14 });
    expect(style('BÁO CÁO')).toMatchObject({ bold: true, fontSize: 14 });
    expect(style('Nơi nhận:')).toMatchObject({ bold: true, italic: true, fontSize: 12 });
    expect(style('- Như trên;')).toMatchObject({ fontSize: 11 });
    expect(style('PHÓ CHỦ TỊCH')).toMatchObject({ bold: true, fontSize: 13 });
    expect(style('Nguyễn Văn An')).toMatchObject({ bold: true, fontSize: 14 });
    const paragraph = cells(report).find((c) => typeof c.cell.value === 'string' && c.cell.value.startsWith('Trong tháng 11 năm 2026'))!;
    expect(paragraph.cell.style).toMatchObject({ fontSize: 13, horizontal: 'justify', wrap: true });
    for (const p of [report, appendix]) {
      for (const { cell } of cells(p)) expect(cell.style?.fontSize ?? p.font!.size).toBeGreaterThanOrEqual(11);
    }
  });

  it('fits its columns inside A4 portrait within the decree\'s margins, and the appendix\'s inside A4 landscape, at 100 %', () => {
    const width = (p: SheetPlan): number => Object.values(p.columnPoints!).reduce((a, b) => a + b, 0);
    expect(width(report)).toBeLessThanOrEqual((210 - DECREE_MARGINS.left - DECREE_MARGINS.right) * MM - 10);
    expect(width(report)).toBeGreaterThan(420);
    expect(width(appendix)).toBeLessThanOrEqual((297 - DECREE_MARGINS.left - DECREE_MARGINS.right) * MM - 10);
    expect(DECREE_MARGINS).toEqual({ top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 });
    expect(report.print).toEqual({ orientation: 'portrait', paper: 'A4', fitToWidth: false, margins: DECREE_MARGINS, centerHorizontally: true, pageNumbers: { fontName: 'Times New Roman', fontSize: 13 } });
    expect(appendix.print).toMatchObject({ orientation: 'landscape', paper: 'A4', fitToWidth: false, margins: DECREE_MARGINS, repeatRows: { first: 5, last: 5 }, pageNumbers: { fontName: 'Times New Roman', fontSize: 13 } });
  });

  it('gives every row a height that holds its wrapped text', () => {
    for (const p of [report, appendix]) {
      const rows = new Set(cells(p).map((c) => c.row));
      for (const row of rows) expect([row, p.heights![row]! > 0]).toEqual([row, true]);
    }
    const paragraph = cells(report).find((c) => typeof c.cell.value === 'string' && c.cell.value.startsWith('Trong tháng 11 năm 2026'))!;
    expect(report.heights![paragraph.row]).toBeGreaterThanOrEqual(3 * 13 * 1.1);
  });

  it('draws three rules: a short one under the body\'s name (1/3 to 1/2 of it), one as long as the motto under it, a short one under the summary', () => {
    const [body, motto, summary] = report.rules!;
    const cols = Object.values(report.columnPoints!);
    const left = cols[0]! + cols[1]!;
    const total = cols.reduce((a, b) => a + b, 0);
    const bodyText = textWidth('ỦY BAN NHÂN DÂN', 13, true);
    expect(body!.row).toBe(3);
    expect((body!.from + body!.to) / 2).toBeCloseTo(left / 2, 0);
    expect((body!.to - body!.from) / bodyText).toBeGreaterThanOrEqual(1 / 3);
    expect((body!.to - body!.from) / bodyText).toBeLessThanOrEqual(1 / 2);
    expect(motto!.row).toBe(3);
    expect((motto!.from + motto!.to) / 2).toBeCloseTo((left + total) / 2, 0);
    expect(motto!.to - motto!.from).toBeCloseTo(textWidth('Độc lập - Tự do - Hạnh phúc', 13, true), 0);
    expect(summary!.row).toBe(8);
    expect((summary!.from + summary!.to) / 2).toBeCloseTo(total / 2, 0);
  });

  it('is the sheet shown on opening; the appendix is not; the history is hidden and holds no marker', () => {
    expect(report.activate).toBe(true);
    expect(appendix.activate).toBeUndefined();
    expect(history).toMatchObject({ hidden: true, own: { kind: 'history' } });
    expect(texts(history).some((t) => t.startsWith('dti:'))).toBe(false);
  });

  it('prints no machine marker, formula text or estimate formula', () => {
    for (const p of [report, appendix]) {
      const all = texts(p).join('\n');
      expect(all).not.toMatch(/dti:|UTC|min\(|DTI\.|trung bình|NaN|undefined/);
      expect(cells(p).filter((c) => c.cell.formula !== undefined)).toEqual([]);
    }
  });

  it('is the same document when made again for the month, apart from its date lines', () => {
    const again = plan(new Date(2026, 11, 6));
    // Tokens of sheets made anew differ, and the hash follows the date: only the layout is compared.
    const undated = (p: SheetPlan): string => JSON.stringify({ ...p, own: { kind: p.own?.kind, month: p.own?.month }, blocks: p.blocks }).replace(/ngày \d{2} tháng \d+ năm \d{4}/g, 'ngày …').replace(/ngày \d{2}\/\d{2}\/\d{4}/g, 'ngày …');
    expect(undated(again.plans[0]!)).toBe(undated(report));
    expect(undated(again.plans[1]!)).toBe(undated(appendix));
    expect(JSON.stringify(again.plans[0])).not.toBe(JSON.stringify(report));
  });

  it('breaks pages so that no heading ends a page and the signature goes with the closing paragraph', () => {
    const height = printableHeight('portrait') - 6;
    const breaks = new Set(report.pageBreaks);
    let used = 0;
    const lastOnPage: number[] = [];
    const rows = Math.max(...Object.keys(report.heights!).map(Number));
    for (let row = 1; row <= rows; row++) {
      const h = report.heights![row]!;
      if (used > 0 && (breaks.has(row) || used + h > height)) {
        lastOnPage.push(row - 1);
        used = 0;
      }
      used += h;
    }
    const headings = ['I. KẾT QUẢ CHUNG', 'II. CHỈ TIÊU CHƯA ĐẠT', 'III. CHỈ TIÊU ĐẾN HẠN, QUÁ HẠN MÀ CHƯA ĐẠT', 'IV. SỐ LIỆU CẦN BỔ SUNG, KIỂM TRA LẠI', '1. Theo tình trạng', '2. Theo nhóm chỉ tiêu'].map((t) => rowOf(report, t));
    for (const row of headings) expect(lastOnPage).not.toContain(row);
    const closing = cells(report).find((c) => typeof c.cell.value === 'string' && c.cell.value.startsWith('Trên đây là báo cáo'))!.row;
    expect(lastOnPage.filter((r) => r >= closing)).toEqual([]);
  });
});

describe('the paragraphs, written from the figures', () => {
  it('say what was met and what fell short, with the same counts and shares as the tables', () => {
    const story = writeNarrative(result.model, NOV, 'Ủy ban nhân dân xã Đại Phước');
    expect(story.intro).toBe('Ủy ban nhân dân xã Đại Phước báo cáo kết quả thực hiện các chỉ tiêu chuyển đổi số tháng 11 năm 2026 như sau:');
    expect(story.overall[0]).toBe(
      'Trong tháng 11 năm 2026, Ủy ban nhân dân xã Đại Phước theo dõi 37 chỉ tiêu chuyển đổi số: 17 chỉ tiêu đạt (45,9%); 14 chỉ tiêu chưa đạt (37,8%); 3 chỉ tiêu chưa có số liệu; 3 chỉ tiêu có số liệu chưa đọc được, cần kiểm tra lại.',
    );
    expect(story.overall.join(' ')).toContain('Mức hoàn thành bình quân của 31 chỉ tiêu có số liệu ước đạt 92,9%');
    const furthest = result.model.shortfalls[0]!;
    expect(story.shortfalls[0]).toContain(`Có 14 chỉ tiêu chưa đạt`);
    expect(story.shortfalls[0]).toContain(`"${furthest.name}" (đạt 50% mức chỉ tiêu; đơn vị chủ trì: Phòng VH-XH)`);
    expect(story.shortfalls.join(' ')).toContain('Phòng VH-XH (3)');
    expect(story.shortfalls.join(' ')).toContain('6 chỉ tiêu chưa đạt chưa ghi đơn vị chủ trì trong kế hoạch');
    expect(story.due[0]).toBe('Không có chỉ tiêu nào đến hạn hoặc quá hạn mà chưa đạt trong tháng 11 năm 2026.');
    expect(story.closing).toMatch(/\.\/\.$/);
  });

  it('a month with nothing short says so, and asks for no shortfall to be worked on', () => {
    const met = { ...result.model, shortfalls: [], due: [], byOwner: [], totals: { met: 37, not_met: 0, no_data: 0, invalid: 0 }, indicators: result.model.indicators.map((i) => ({ ...i, status: 'met' as const })) };
    const story = writeNarrative(met, NOV, 'Ủy ban nhân dân xã A');
    expect(story.shortfalls).toEqual(['Không có chỉ tiêu chưa đạt.']);
    expect(story.data).toEqual(['Các chỉ tiêu đều đã có số liệu tháng 11 năm 2026.']);
  });

  it('a plan kept in another workbook, another month: every count it states is a count of the model', () => {
    const model = buildSummaryModel(analyzeWorkbook(grids), { year: 2026, month: 10 }, null, []);
    const story = writeNarrative(model, { year: 2026, month: 10 }, 'Ủy ban nhân dân xã ……………');
    const stated = story.overall[0]!.match(/(\d+) chỉ tiêu (đạt|chưa đạt|chưa có số liệu|có số liệu chưa đọc được)/g)!;
    const counts = { đạt: model.totals.met, 'chưa đạt': model.totals.not_met, 'chưa có số liệu': model.totals.no_data, 'có số liệu chưa đọc được': model.totals.invalid } as Record<string, number>;
    for (const s of stated) {
      const [, n, what] = /(\d+) chỉ tiêu (.+)/.exec(s)!;
      expect([what, Number(n)]).toEqual([what, counts[what!]]);
    }
  });
});

describe('page breaks and text measures', () => {
  it('a kept run that would straddle a page starts the next one; a run taller than a page breaks where it falls', () => {
    const b = new DocumentBuilder([100], { name: 'Times New Roman', size: 12 });
    for (let i = 0; i < 10; i++) b.row([], { height: 60 });
    b.keep(9, 10);
    expect(b.pageBreaks(560)).toEqual([9]);
    const tall = new DocumentBuilder([100], { name: 'Times New Roman', size: 12 });
    for (let i = 0; i < 12; i++) tall.row([], { height: 60 });
    tall.keep(2, 12);
    expect(tall.pageBreaks(560)).toEqual([]);
  });

  it('Times New Roman widths (Liberation Serif\'s): the motto at 13 pt bold is about 159 pt; a paragraph wraps in its width', () => {
    expect(textWidth('Độc lập - Tự do - Hạnh phúc', 13, true)).toBeCloseTo(159.3, 0);
    expect(wrappedLines('một hai ba', 1000, 13)).toBe(1);
    expect(wrappedLines('một hai ba\nbốn', 1000, 13)).toBe(2);
    expect(wrappedLines('Tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ', 60, 12)).toBeGreaterThanOrEqual(4);
  });
});
