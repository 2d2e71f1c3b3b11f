import { formatPercent } from '../i18n';
import { monthLabel, parseYearMonth } from '../months';
import type { CellWrite, SheetPlan } from '../plan/write-plan';
import { formatActual, formatDelta, statusLabel, targetText } from '../report/format-values';
import type { IndicatorStatus } from '../report/month-status';
import type { TargetJson } from '../target/target-json';
import { blocksHash, newOwnToken } from '../workbook/own-sheets';
import { buildSummaryModel } from './build-model';
import { planHistory } from './plan-history';
import { SheetBuilder } from './sheet-builder';
import { CELL, CENTER_BOLD, HEADING, NOTE, PERCENT, SCORE, STATUS_COLORS, TABLE_HEAD, TITLE } from './styles';
import type { ExistingSheet, SummaryModel, SummaryRequest, SummaryResult } from './types';

const WIDTH = 11;
const WIDTHS = [6, 46, 16, 12, 12, 12, 14, 10, 15, 28, 14];
const DUE_WORDS = { due: 'Đến hạn', overdue: 'Quá hạn', later: 'Chưa đến hạn', 'on-request': 'Theo yêu cầu' } as const;

/** The monthly summary: its figures, the summary sheet's layout and the history sheet's. */
export function planMonthlySummary(req: SummaryRequest): SummaryResult {
  const model = buildSummaryModel(req.analysis, req.month, req.commune, req.history);
  const { name, mode, renamed, token } = chooseSheetName(model.month, req.existingSheets);
  const sheet = layoutSummary(model, name, mode, req.generatedAt);
  sheet.own = { kind: 'summary', month: model.month, token, hash: blocksHash(sheet.blocks) };
  const edited = req.existingSheets.find((s) => s.own?.kind === 'summary' && s.own.month === model.month && s.edited);
  const keptEdited = mode === 'create' && edited ? edited.name : null;
  return { model, plans: [sheet, planHistory(model, req.history, req.existingSheets)], sheetName: name, renamed: renamed && keptEdited === null, keptEdited };
}

/**
 * "Báo cáo T11-2026". The add-in's own report of the month is refreshed in place
 * (whatever the user renamed it to), unless the user edited it by hand; a user's
 * sheet of that name, or an edited report, is never replaced: "(2)", "(3)"… is added.
 */
export function chooseSheetName(month: string, existing: ExistingSheet[]): { name: string; mode: SheetPlan['mode']; renamed: boolean; token: string } {
  const ym = parseYearMonth(month)!;
  const base = `Báo cáo T${ym.month}-${ym.year}`;
  const same = (a: string, b: string): boolean => a.toLocaleLowerCase('vi') === b.toLocaleLowerCase('vi');
  const own = existing.find((s) => s.own?.kind === 'summary' && s.own.month === month && !s.edited);
  if (own?.own?.token) return { name: own.name, mode: 'replace-own', renamed: false, token: own.own.token };
  const token = newOwnToken('summary');
  if (!existing.some((s) => same(s.name, base))) return { name: base, mode: 'create', renamed: false, token };
  for (let n = 2; ; n++) {
    const name = `${base} (${n})`;
    if (!existing.some((s) => same(s.name, name))) return { name, mode: 'create', renamed: true, token };
  }
}

function layoutSummary(model: SummaryModel, sheet: string, mode: SheetPlan['mode'], at: Date): SheetPlan {
  const b = new SheetBuilder(WIDTH);
  const ym = parseYearMonth(model.month)!;
  const commune = model.commune ?? 'xã ……………';
  const place = model.commune ? model.commune.replace(/^(xã|phường|thị trấn)\s+/i, '') : '……………';

  b.line([{ value: `ỦY BAN NHÂN DÂN ${commune.toUpperCase()}`, style: CENTER_BOLD }, null, null, null, { value: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', style: CENTER_BOLD }]);
  b.merge(1, 0, 2);
  b.merge(1, 4, WIDTH - 1);
  b.line([{ value: 'Số: …… /BC-UBND', style: { horizontal: 'center' } }, null, null, null, { value: 'Độc lập - Tự do - Hạnh phúc', style: CENTER_BOLD }]);
  b.merge(2, 0, 2);
  b.merge(2, 4, WIDTH - 1);
  const dateLine = `${place}, ngày ${at.getDate()} tháng ${at.getMonth() + 1} năm ${at.getFullYear()}`;
  b.line([null, null, null, null, { value: dateLine, style: { italic: true, horizontal: 'center' } }]);
  b.merge(3, 4, WIDTH - 1);
  b.line();
  b.spanned(`BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU CHUYỂN ĐỔI SỐ THÁNG ${monthLabel(ym)}`, TITLE);
  const estimate = model.score === null ? 'chưa tính được' : `${formatPercent(model.score, 'vi')} (ước tính: trung bình min(tiến độ; 100%), không phải điểm DTI chính thức)`;
  b.spanned(`Tổng số ${model.indicators.length} chỉ tiêu. Điểm chuyển đổi số ước tính: ${estimate}.`, NOTE);
  b.line();

  totalsSection(b, model);
  const chartRange = groupSection(b, model);
  shortfallSection(b, model);
  ownerSection(b, model);
  dueSection(b, model);
  const detailHead = detailSection(b, model);
  problemSection(b, model);
  signature(b);

  const widths: Record<number, number> = {};
  WIDTHS.forEach((w, i) => (widths[i] = w));
  return {
    sheet,
    mode,
    blocks: [b.block()],
    merges: b.merges,
    widths,
    conditionalFormats: b.conditionalFormats,
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows: { first: detailHead, last: detailHead } },
    ...(chartRange ? { chart: { kind: 'stacked-bar' as const, source: chartRange, title: 'Tình trạng theo nhóm chỉ tiêu', anchor: 'M5' } } : {}),
    // The token and hash are set by planMonthlySummary once the sheet is laid out.
    own: { kind: 'summary', month: model.month, token: '' },
  };
}

function head(b: SheetBuilder, titles: string[]): number {
  return b.line(titles.map((t) => ({ value: t, style: TABLE_HEAD })));
}

function statusColors(b: SheetBuilder, range: string): void {
  for (const status of ['met', 'not_met', 'no_data', 'invalid'] as const) {
    b.conditionalFormats.push({ range, textEquals: statusLabel(status, 'vi'), ...STATUS_COLORS[status] });
  }
}

function totalsSection(b: SheetBuilder, m: SummaryModel): void {
  b.line([{ value: 'I. TỔNG HỢP CHUNG', style: HEADING }]);
  head(b, ['', 'Tình trạng', 'Số chỉ tiêu', 'Tỷ lệ']);
  const total = m.indicators.length || 1;
  const first = b.nextRow;
  for (const status of ['met', 'not_met', 'no_data', 'invalid'] as const) {
    const n = m.totals[status];
    b.line(['', statusLabel(status, 'vi'), n, { value: n / total, style: { numberFormat: PERCENT } }], CELL);
  }
  statusColors(b, `B${first}:B${b.nextRow - 1}`);
  b.line(['', 'Tổng số', m.indicators.length, { value: m.indicators.length ? 1 : 0, style: { numberFormat: PERCENT } }], { ...CELL, bold: true });
  b.line();
}

/** Returns the group table's range (names and counts), the chart's data. */
function groupSection(b: SheetBuilder, m: SummaryModel): string | null {
  b.line([{ value: 'II. THEO NHÓM CHỈ TIÊU', style: HEADING }]);
  const top = head(b, ['STT', 'Nhóm chỉ tiêu', statusLabel('met', 'vi'), statusLabel('not_met', 'vi'), statusLabel('no_data', 'vi'), statusLabel('invalid', 'vi'), 'Điểm ước tính']);
  m.byGroup.forEach((g, i) => {
    b.line(
      [i + 1, g.group, g.totals.met, g.totals.not_met, g.totals.no_data, g.totals.invalid, g.score === null ? '' : { value: g.score, style: { numberFormat: SCORE } }],
      CELL,
    );
  });
  const range = m.byGroup.length ? `B${top}:F${b.nextRow - 1}` : null;
  b.line();
  return range;
}

function shortfallSection(b: SheetBuilder, m: SummaryModel): void {
  b.line([{ value: 'III. CHỈ TIÊU CHƯA ĐẠT (xếp theo mức thiếu hụt)', style: HEADING }]);
  if (m.shortfalls.length === 0) b.line(['', { value: 'Không có chỉ tiêu chưa đạt.', style: NOTE }]);
  else indicatorTable(b, m.shortfalls, false);
  b.line();
}

function ownerSection(b: SheetBuilder, m: SummaryModel): void {
  b.line([{ value: 'IV. THEO ĐƠN VỊ CHỦ TRÌ', style: HEADING }]);
  b.line(['', { value: 'Chỉ tiêu do nhiều đơn vị cùng chủ trì được tính cho từng đơn vị.', style: NOTE }]);
  head(b, ['STT', 'Đơn vị chủ trì', statusLabel('met', 'vi'), statusLabel('not_met', 'vi'), statusLabel('no_data', 'vi'), statusLabel('invalid', 'vi'), 'Chỉ tiêu chưa đạt']);
  m.byOwner.forEach((o, n) => {
    const row = b.line(
      [n + 1, o.owner, o.totals.met, o.totals.not_met, o.totals.no_data, o.totals.invalid, o.shortfalls.map((i) => `${label(i)} (${formatDelta(i.gap, i.target, 'vi')})`).join('; ')],
      CELL,
    );
    b.merge(row, 6, WIDTH - 1);
  });
  b.line();
}

function dueSection(b: SheetBuilder, m: SummaryModel): void {
  b.line([{ value: `V. ĐẾN HẠN HOẶC QUÁ HẠN MÀ CHƯA ĐẠT (tháng ${monthLabel(parseYearMonth(m.month)!)})`, style: HEADING }]);
  if (m.due.length === 0) b.line(['', { value: 'Không có chỉ tiêu đến hạn hoặc quá hạn mà chưa đạt.', style: NOTE }]);
  else indicatorTable(b, m.due.map((d) => d.indicator), false, new Map(m.due.map((d) => [d.indicator, DUE_WORDS[d.state]])));
  b.line();
}

/** The full table; returns its header row (repeated on every printed page). */
function detailSection(b: SheetBuilder, m: SummaryModel): number {
  b.line([{ value: 'VI. CHI TIẾT CÁC CHỈ TIÊU', style: HEADING }]);
  const top = indicatorTable(b, m.indicators, true);
  b.line();
  return top;
}

const INDICATOR_HEAD = ['STT', 'Chỉ tiêu', 'Chỉ tiêu năm', 'Tháng trước', 'Tháng này', 'Thay đổi', 'Chênh lệch', 'Tiến độ', 'Tình trạng', 'Đơn vị chủ trì', 'Thời hạn'];

/** One line per indicator, the same columns in every section; returns the header row. */
function indicatorTable(b: SheetBuilder, list: IndicatorStatus[], groupRows: boolean, dueWords?: Map<IndicatorStatus, string>): number {
  const top = head(b, INDICATOR_HEAD);
  let group: string | null | undefined;
  const first = b.nextRow;
  for (const i of list) {
    if (groupRows && i.group !== group && i.group) b.spanned(i.group, { bold: true, border: true, fill: '#F2F2F2' });
    group = i.group;
    const deadline = [i.deadline ?? '', dueWords?.get(i) ?? ''].filter(Boolean).join(' – ');
    b.line(
      [
        label(i),
        i.name,
        targetText(i.target),
        valueCell(i.previous, i.target),
        valueCell(i.actual, i.target),
        formatDelta(i.change, i.target, 'vi'),
        formatDelta(i.gap, i.target, 'vi'),
        progressCell(i),
        statusLabel(i.status, 'vi'),
        i.owner ?? '',
        deadline,
      ],
      CELL,
    );
  }
  statusColors(b, `I${first}:I${Math.max(first, b.nextRow - 1)}`);
  return top;
}

function problemSection(b: SheetBuilder, m: SummaryModel): void {
  b.line([{ value: 'VII. DỮ LIỆU CẦN KIỂM TRA LẠI', style: HEADING }]);
  if (m.problems.length === 0) {
    b.line(['', { value: 'Không có.', style: NOTE }]);
  } else {
    head(b, ['STT', 'Nội dung', 'Ô', 'Mức độ']);
    m.problems.forEach((p, n) => {
      b.line([n + 1, p.message.vi, `${p.sheet}!${p.cell}`, p.severity === 'error' ? 'Lỗi' : 'Cảnh báo'], CELL);
    });
  }
  b.line();
}

function signature(b: SheetBuilder): void {
  b.line([{ value: 'Nơi nhận:', style: { bold: true, italic: true } }, null, null, null, null, null, null, { value: 'TM. ỦY BAN NHÂN DÂN', style: CENTER_BOLD }]);
  b.merge(b.nextRow - 1, 7, WIDTH - 1);
  b.line(['- Sở Khoa học và Công nghệ;', null, null, null, null, null, null, { value: 'CHỦ TỊCH', style: CENTER_BOLD }]);
  b.merge(b.nextRow - 1, 7, WIDTH - 1);
  b.line(['- Lưu: VT.', null, null, null, null, null, null, { value: '(Ký, ghi rõ họ tên, đóng dấu)', style: { italic: true, horizontal: 'center' } }]);
  b.merge(b.nextRow - 1, 7, WIDTH - 1);
}

function label(i: IndicatorStatus): string {
  return i.id ?? '';
}

/** Shares and plain numbers stay numbers (with a format) so the sheet can be computed on. */
function valueCell(value: number | boolean | null, target: TargetJson): CellWrite {
  if (value === null) return { value: '' };
  if (typeof value === 'number' && target.ok && target.kind === 'percent') return { value, style: { numberFormat: PERCENT } };
  if (typeof value === 'number' && target.ok && target.kind === 'number') return { value };
  return { value: formatActual(value, target, 'vi') };
}

function progressCell(i: IndicatorStatus): CellWrite {
  return i.progress === null ? { value: '' } : { value: i.progress, style: { numberFormat: '0%' } };
}
