/**
 * The monthly report as an administrative document (Nghị định 30/2020/NĐ-CP,
 * Điều 8 and Phụ lục I), planned as sheets both writers carry out:
 * - the report (A4 portrait): the body's name and the motto with their rules,
 *   "Số: 05/BC-UBND", place and date, "BÁO CÁO" and its summary, "Kính gửi:",
 *   paragraphs written from the figures, the tables (by status, by pillar, by
 *   owner, shortfalls, due), the signer's block and "Nơi nhận:";
 * - its appendix (A4 landscape): every indicator, the header repeated on each page;
 * - the history (hidden).
 * Both printed sheets keep the decree's margins, print at 100 % in Times New
 * Roman (nothing under 11 pt), number their pages from page 2, and the
 * workbook opens on the report.
 */
import { formatYearMonth, type YearMonth } from '../months';
import type { CellStyle, CellWrite, SheetPlan } from '../writing/write-plan';
import { planAppendix } from './plan-appendix';
import { blocksHash, newOwnToken } from '../writing/own-sheets';
import { buildSummaryModel } from './build-model';
import { DocumentBuilder, type Piece } from './document-builder';
import { writeNarrative } from './narrative';
import { planHistory } from './plan-history';
import { type DocumentParts, documentParts, monthWords } from './settings';
import * as S from './styles';
import { textWidth } from './text-metrics';
import type { ExistingSheet, SummaryModel, SummaryRequest, SummaryResult } from './types';
import { actualCell, countCell, deltaCell, estimateCell, shareCell, statusText, type ValueCell } from './value-cells';
import { statusLabel } from '../status/labels';
import type { OwnSheetKind } from '../writing/own-sheets';

/**
 * The report's columns in points: STT, names, then five figures: 450 pt,
 * inside the 468 pt (165 mm) A4 portrait leaves within the decree's margins,
 * with room for a host that rounds widths up; the block is centred between the
 * margins. A column whose printed numbers need more takes it from the names.
 */
const COLUMNS = [28, 130, 70, 54, 72, 46, 50];
const LAST = COLUMNS.length - 1;
/** The body's name sits over A:B, the motto over C:G. */
const LEFT_BLOCK = 1;
const DUE_WORDS = { due: 'Đến hạn', overdue: 'Quá hạn', later: 'Chưa đến hạn', 'on-request': 'Theo yêu cầu' } as const;

/** The monthly summary: its figures, the report, the appendix and the history. */
export function planMonthlySummary(req: SummaryRequest): SummaryResult {
  const model = buildSummaryModel(req.analysis, req.month, req.commune, req.history, req.cycle ? { input: req.cycle, now: req.generatedAt } : undefined);
  const ym = req.month;
  const parts = documentParts(req.commune, req.settings ?? {}, ym, req.generatedAt);
  // The report and its appendix are one document: when either was edited by hand, both are kept and made anew.
  const edited = (kind: 'summary' | 'appendix'): boolean => req.existingSheets.some((s) => s.own?.kind === kind && s.own.month === model.month && s.edited);
  const anew = edited('summary') || edited('appendix');
  const report = chooseSheetName(ym, req.existingSheets, 'summary', [], anew);
  const appendix = chooseSheetName(ym, req.existingSheets, 'appendix', [report.name], anew);
  const reportPlan = layoutReport(model, ym, parts, report.name, report.mode);
  const appendixPlan = planAppendix(model, ym, parts, appendix.name, appendix.mode);
  // What the add-in wrote, hashed: a sheet that no longer hashes so was edited by hand and is kept.
  reportPlan.own = { kind: 'summary', month: model.month, token: report.token, hash: blocksHash(reportPlan.blocks) };
  appendixPlan.own = { kind: 'appendix', month: model.month, token: appendix.token, hash: blocksHash(appendixPlan.blocks) };
  const plans = [reportPlan, appendixPlan, planHistory(model, req.history, req.existingSheets)];
  const keptEdited = [report.keptEdited, appendix.keptEdited].filter((n): n is string => n !== null);
  const renamed = (report.renamed && report.keptEdited === null) || (appendix.renamed && appendix.keptEdited === null);
  return { model, plans, sheetName: report.name, appendixName: appendix.name, parts, renamed, keptEdited };
}

const BASE_NAMES: Record<'summary' | 'appendix', string> = { summary: 'Báo cáo', appendix: 'Phụ lục BC' };

/**
 * "Báo cáo T11-2026" and "Phụ lục BC T11-2026". The add-in's own sheet of the
 * month is refreshed in place (whatever the user renamed it to), unless the user
 * edited it by hand (or `keepOld`: its pair was); a user's sheet of that name,
 * or a kept sheet, is never replaced: "(2)", "(3)"… is added.
 */
export function chooseSheetName(
  ym: YearMonth,
  existing: ExistingSheet[],
  kind: Extract<OwnSheetKind, 'summary' | 'appendix'> = 'summary',
  taken: string[] = [],
  keepOld = false,
): { name: string; mode: SheetPlan['mode']; renamed: boolean; token: string; keptEdited: string | null } {
  const month = formatYearMonth(ym);
  const base = `${BASE_NAMES[kind]} T${ym.month}-${ym.year}`;
  const same = (a: string, b: string): boolean => a.toLocaleLowerCase('vi') === b.toLocaleLowerCase('vi');
  const mine = existing.filter((s) => s.own?.kind === kind && s.own.month === month);
  const own = keepOld ? undefined : mine.find((s) => !s.edited);
  if (own?.own?.token) return { name: own.name, mode: 'replace-own', renamed: false, token: own.own.token, keptEdited: null };
  const keptEdited = (keepOld ? mine[0] : mine.find((s) => s.edited))?.name ?? null;
  const token = newOwnToken(kind);
  const used = (name: string): boolean => existing.some((s) => same(s.name, name)) || taken.some((t) => same(t, name));
  if (!used(base)) return { name: base, mode: 'create', renamed: false, token, keptEdited };
  for (let n = 2; ; n++) {
    const name = `${base} (${n})`;
    if (!used(name)) return { name, mode: 'create', renamed: true, token, keptEdited };
  }
}

function layoutReport(model: SummaryModel, ym: YearMonth, parts: DocumentParts, sheet: string, mode: SheetPlan['mode']): SheetPlan {
  // Laid out once to learn how wide the printed numbers are, then again on columns that fit them.
  const first = reportRows(model, ym, parts, COLUMNS);
  const columns = first.fitted(1, 100);
  const b = columns.every((w, i) => w === COLUMNS[i]) ? first : reportRows(model, ym, parts, columns);
  const columnPoints: Record<number, number> = {};
  columns.forEach((w, i) => (columnPoints[i] = w));
  return {
    sheet,
    mode,
    blocks: [b.block()],
    merges: b.merges,
    columnPoints,
    heights: b.heights,
    pageBreaks: b.pageBreaks(S.printableHeight('portrait')),
    rules: b.lines,
    font: S.REPORT_FONT,
    print: {
      orientation: 'portrait',
      paper: 'A4',
      fitToWidth: false,
      margins: S.DECREE_MARGINS,
      centerHorizontally: true,
      pageNumbers: { fontName: S.FONT_NAME, fontSize: 13 },
    },
    activate: true,
    // The token and hash are set by planMonthlySummary once the sheet is laid out.
    own: { kind: 'summary', month: model.month, token: '' },
  };
}

function reportRows(model: SummaryModel, ym: YearMonth, parts: DocumentParts, columns: number[]): DocumentBuilder {
  const b = new DocumentBuilder(columns, S.REPORT_FONT);
  const right = { at: LEFT_BLOCK + 1, to: LAST };
  const leftWidth = b.width(0, LEFT_BLOCK);
  const rightCentre = b.left(LEFT_BLOCK + 1) + b.width(LEFT_BLOCK + 1, LAST) / 2;

  // The heading: body's name beside Quốc hiệu and Tiêu ngữ, each with its rule.
  b.row([
    { at: 0, to: LEFT_BLOCK, cell: { value: parts.bodyLines[0], style: S.BODY_NAME } },
    { ...right, cell: { value: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', style: S.NATIONAL_NAME } },
  ]);
  b.row([
    { at: 0, to: LEFT_BLOCK, cell: { value: parts.bodyLines[1], style: { ...S.BODY_NAME, wrap: true } } },
    { ...right, cell: { value: 'Độc lập - Tự do - Hạnh phúc', style: S.MOTTO } },
  ]);
  const rules = b.space(8);
  // Under the body's name a short rule (1/3 to 1/2 of the line); under the motto one as long as the motto.
  const bodyText = Math.min(leftWidth - 8, Math.max(...parts.bodyLines.map((l) => textWidth(l, S.BODY_NAME.fontSize!, true))));
  b.rule(rules, leftWidth / 2, Math.round(bodyText * 0.42));
  b.rule(rules, rightCentre, Math.round(textWidth('Độc lập - Tự do - Hạnh phúc', S.MOTTO.fontSize!, true)));
  b.row([
    { at: 0, to: LEFT_BLOCK, cell: { value: parts.numberLine, style: S.NUMBER_LINE } },
    { ...right, cell: { value: parts.dateLine, style: S.PLACE_DATE } },
  ]);
  b.space(14);

  // Type, summary (with its rule), recipient.
  b.text('BÁO CÁO', S.DOC_TYPE);
  const summary = `Kết quả thực hiện các chỉ tiêu chuyển đổi số ${monthWords(ym)}`;
  b.text(summary, S.DOC_SUMMARY);
  const summaryRule = b.space(12);
  const pageWidth = b.width(0, LAST);
  b.rule(summaryRule, pageWidth / 2, Math.round(Math.min(pageWidth - 8, textWidth(summary, S.DOC_SUMMARY.fontSize!, true)) * 0.4));
  b.text(parts.recipientLine, S.RECIPIENT);
  b.space(10);

  const story = writeNarrative(model, ym, parts.bodyName);
  paragraph(b, story.intro);

  // A heading stays on the page of what follows it; a table's header with its first row.
  heading(b, 'I. KẾT QUẢ CHUNG', S.HEADING, 1);
  for (const p of story.overall) paragraph(b, p);
  heading(b, '1. Theo tình trạng', S.SUBHEADING, 2);
  totalsTable(b, model);
  heading(b, '2. Theo nhóm chỉ tiêu', S.SUBHEADING, 2);
  groupTable(b, model);
  heading(b, '3. Theo đơn vị chủ trì (chỉ tiêu do nhiều đơn vị cùng chủ trì được tính cho từng đơn vị)', S.SUBHEADING, 2);
  ownerTable(b, model);

  heading(b, 'II. CHỈ TIÊU CHƯA ĐẠT', S.HEADING, 1);
  for (const p of story.shortfalls) paragraph(b, p);
  if (model.shortfalls.length > 0) shortfallTable(b, model);

  heading(b, 'III. CHỈ TIÊU ĐẾN HẠN, QUÁ HẠN MÀ CHƯA ĐẠT', S.HEADING, 1);
  for (const p of story.due) paragraph(b, p);
  if (model.due.length > 0) dueTable(b, model);

  heading(b, 'IV. SỐ LIỆU CẦN BỔ SUNG, KIỂM TRA LẠI', S.HEADING, 1);
  for (const p of story.data) paragraph(b, p);
  // The signature never stands on a page of its own: the closing paragraph goes with it.
  const closing = b.nextRow;
  paragraph(b, story.closing);
  b.space(10);
  signature(b, parts);
  b.keep(closing, b.nextRow - 1);
  return b;
}

/** A heading kept on one page with the `with` rows after it. */
function heading(b: DocumentBuilder, text: string, style: CellStyle, withRows: number): void {
  const row = b.text(text, style);
  b.keep(row, row + withRows);
}

function paragraph(b: DocumentBuilder, text: string): void {
  b.row([{ at: 0, to: LAST, cell: { value: text, style: S.PARAGRAPH } }], { minHeight: 0 });
}

/** A table's header row, kept on one page with its first row. */
function head(b: DocumentBuilder, titles: Array<[string, number, number?]>): void {
  const row = b.row(titles.map(([value, at, to]) => ({ at, ...(to !== undefined ? { to } : {}), cell: { value, style: S.TABLE_HEAD } })));
  b.keep(row, row + 1);
}

function value(at: number, v: ValueCell): Piece {
  return { at, cell: v.cell, shows: v.shows };
}

function text(at: number, value: string, style: CellWrite['style'] = S.CELL, to?: number): Piece {
  return { at, ...(to !== undefined ? { to } : {}), cell: { value, style } };
}

function totalsTable(b: DocumentBuilder, m: SummaryModel): void {
  head(b, [['STT', 0], ['Tình trạng', 1], ['Số chỉ tiêu', 2], ['Tỷ lệ', 3]]);
  const total = m.indicators.length;
  (['met', 'not_met', 'no_data', 'invalid'] as const).forEach((status, n) => {
    const count = m.totals[status];
    b.row([value(0, countCell(n + 1, S.NUMBER)), text(1, statusLabel(status, 'vi')), value(2, countCell(count, S.NUMBER)), value(3, shareCell(total ? count / total : 0, S.NUMBER))]);
  });
  b.row([text(0, '', S.TOTAL_CELL), text(1, 'Tổng số', S.TOTAL_CELL), value(2, countCell(total, S.TOTAL_NUMBER)), value(3, shareCell(total ? 1 : 0, S.TOTAL_NUMBER))]);
}

function groupTable(b: DocumentBuilder, m: SummaryModel): void {
  head(b, [['STT', 0], ['Nhóm chỉ tiêu', 1], ['Đạt', 2], ['Chưa đạt', 3], ['Chưa có số liệu', 4], ['Không đọc được', 5], ['Mức hoàn thành ước tính', 6]]);
  m.byGroup.forEach((g, n) => {
    b.row([
      value(0, countCell(n + 1, S.NUMBER)),
      text(1, g.group),
      value(2, countCell(g.totals.met, S.NUMBER)),
      value(3, countCell(g.totals.not_met, S.NUMBER)),
      value(4, countCell(g.totals.no_data, S.NUMBER)),
      value(5, countCell(g.totals.invalid, S.NUMBER)),
      value(6, estimateCell(g.score, S.NUMBER)),
    ]);
  });
  b.row([
    text(0, '', S.TOTAL_CELL),
    text(1, 'Toàn bộ kế hoạch', S.TOTAL_CELL),
    value(2, countCell(m.totals.met, S.TOTAL_NUMBER)),
    value(3, countCell(m.totals.not_met, S.TOTAL_NUMBER)),
    value(4, countCell(m.totals.no_data, S.TOTAL_NUMBER)),
    value(5, countCell(m.totals.invalid, S.TOTAL_NUMBER)),
    value(6, estimateCell(m.score, S.TOTAL_NUMBER)),
  ]);
}

function ownerTable(b: DocumentBuilder, m: SummaryModel): void {
  head(b, [['STT', 0], ['Đơn vị chủ trì', 1], ['Số chỉ tiêu', 2], ['Đạt', 3], ['Chưa đạt', 4], ['Chưa có số liệu', 5], ['Không đọc được', 6]]);
  m.byOwner.forEach((o, n) => {
    const t = o.totals;
    b.row([
      value(0, countCell(n + 1, S.NUMBER)),
      text(1, o.owner),
      value(2, countCell(t.met + t.not_met + t.no_data + t.invalid, S.NUMBER)),
      value(3, countCell(t.met, S.NUMBER)),
      value(4, countCell(t.not_met, S.NUMBER)),
      value(5, countCell(t.no_data, S.NUMBER)),
      value(6, countCell(t.invalid, S.NUMBER)),
    ]);
  });
}

function shortfallTable(b: DocumentBuilder, m: SummaryModel): void {
  head(b, [['STT', 0], ['Chỉ tiêu', 1], ['Chỉ tiêu năm', 2], ['Kết quả tháng', 3], ['Chênh lệch so với chỉ tiêu', 4], ['Đơn vị chủ trì', 5, LAST]]);
  m.shortfalls.forEach((i, n) => {
    const need = statusText(i);
    const name = need === statusLabel('not_met', 'vi') ? i.name : `${i.name} (${need.slice(need.indexOf('cần'))})`;
    b.row([
      value(0, countCell(n + 1, S.NUMBER)),
      text(1, name),
      text(2, i.target.text.replace(/\s+/g, ' ').trim()),
      value(3, actualCell(i.actual, i.target, S.NUMBER)),
      value(4, deltaCell(i.gap, i.target, S.NUMBER)),
      text(5, i.owner ?? '', S.CELL, LAST),
    ]);
  });
}

function dueTable(b: DocumentBuilder, m: SummaryModel): void {
  head(b, [['STT', 0], ['Chỉ tiêu', 1], ['Thời hạn', 2], ['Kết quả tháng', 3], ['Tình trạng', 4], ['Đơn vị chủ trì', 5, LAST]]);
  m.due.forEach((d, n) => {
    const i = d.indicator;
    const deadline = d.ongoing ? (i.deadline ?? 'Thường xuyên') : `${i.deadline ?? ''} (${DUE_WORDS[d.state].toLocaleLowerCase('vi')})`.trim();
    b.row([
      value(0, countCell(n + 1, S.NUMBER)),
      text(1, i.name),
      text(2, deadline),
      value(3, actualCell(i.actual, i.target, S.NUMBER)),
      text(4, statusText(i)),
      text(5, i.owner ?? '', S.CELL, LAST),
    ]);
  });
}

/** "Nơi nhận:" on the left, level with the signer's office on the right; space to sign and seal; the full name. */
function signature(b: DocumentBuilder, parts: DocumentParts): void {
  const left: Array<{ value: string; style: CellWrite['style'] }> = [{ value: 'Nơi nhận:', style: S.RECIPIENTS_HEAD }, ...parts.recipients.map((r) => ({ value: r, style: S.RECIPIENTS_ITEM }))];
  const rows = Math.max(left.length, parts.signerLines.length);
  for (let r = 0; r < rows; r++) {
    const pieces: Piece[] = [];
    if (left[r]) pieces.push({ at: 0, to: LEFT_BLOCK, cell: left[r]! });
    if (parts.signerLines[r]) pieces.push({ at: LEFT_BLOCK + 1, to: LAST, cell: { value: parts.signerLines[r]!, style: S.SIGNER_TITLE } });
    b.row(pieces);
  }
  // Room for the signature and the seal (or the digital signature's image).
  b.space(78);
  b.row([{ at: LEFT_BLOCK + 1, to: LAST, cell: { value: parts.signerName ?? '', style: S.SIGNER_NAME } }], { height: 22 });
}
