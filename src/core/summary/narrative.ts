/**
 * The report's paragraphs, written from the figures alone: how many
 * indicators were met and fell short, which fell furthest short and who owns
 * them, what moved since last month, what is due or overdue, what has no data.
 * Every sentence states a count or a name taken from the model; nothing is
 * said that the workbook does not show.
 */
import { formatNumber } from '../i18n';
import { type YearMonth, nextMonth, previousMonth } from '../months';
import type { IndicatorStatus } from '../status/month-status';
import { compare } from '../status/evaluate';
import { NO_OWNER } from './build-model';
import { monthWords } from './settings';
import type { SummaryModel } from './types';
import type { CycleStatus } from '../cycle/cycle-status';
import { fixed } from './value-cells';

export interface Narrative {
  intro: string;
  overall: string[];
  shortfalls: string[];
  due: string[];
  data: string[];
  closing: string;
}

/** How many names a sentence lists before it only counts. */
const NAMED = 3;

/** A share as the tables print it ("45,9%", "50,0%"): one way of showing a figure everywhere. */
function pct(fraction: number): string {
  return `${fixed(fraction * 100, 1)}%`;
}

function n(count: number): string {
  return formatNumber(count, 'vi', 0);
}

/** "A", "A và B", "A, B và C". */
function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} và ${items[items.length - 1]}`;
}

function named(i: IndicatorStatus): string {
  return `"${i.name.replace(/\s+/g, ' ').trim().replace(/[.;:,]+$/u, '')}"`;
}

/** Met last month, judged the way this month is (null when last month has no value). */
function metBefore(i: IndicatorStatus): boolean | null {
  if (i.previous === null || !i.target.ok) return null;
  if (typeof i.previous === 'boolean') return i.previous === i.target.value;
  return typeof i.target.value === 'number' ? compare(i.previous, i.target.op, i.target.value) : null;
}

export function writeNarrative(m: SummaryModel, ym: YearMonth, bodyName: string): Narrative {
  const month = monthWords(ym);
  const total = m.indicators.length;
  const t = m.totals;
  const overall: string[] = [];
  if (total === 0) {
    overall.push(`Trong ${month}, chưa có chỉ tiêu nào được theo dõi.`);
  } else {
    const parts = [`${n(t.met)} chỉ tiêu đạt (${pct(t.met / total)})`, `${n(t.not_met)} chỉ tiêu chưa đạt (${pct(t.not_met / total)})`];
    if (t.no_data > 0) parts.push(`${n(t.no_data)} chỉ tiêu chưa có số liệu`);
    if (t.invalid > 0) parts.push(`${n(t.invalid)} chỉ tiêu có số liệu chưa đọc được, cần kiểm tra lại`);
    overall.push(`Trong ${month}, ${bodyName} theo dõi ${n(total)} chỉ tiêu chuyển đổi số: ${parts.join('; ')}.`);
  }
  const changes = transitions(m, previousMonth(ym));
  if (changes) overall.push(changes);
  const scored = m.indicators.filter((i) => i.score !== null).length;
  if (m.score !== null) {
    overall.push(
      `Mức hoàn thành bình quân của ${n(scored)} chỉ tiêu có số liệu ước đạt ${pct(m.score)} (mỗi chỉ tiêu tính theo tỷ lệ kết quả so với chỉ tiêu, tối đa 100%). Đây là số ước tính để theo dõi, không phải điểm Bộ chỉ số chuyển đổi số (DTI) chính thức.`,
    );
  }

  return {
    intro: `${bodyName} báo cáo kết quả thực hiện các chỉ tiêu chuyển đổi số ${month} như sau:`,
    overall,
    shortfalls: shortfallParagraphs(m, ym),
    due: dueParagraphs(m, ym),
    data: dataParagraphs(m, ym),
    closing: `Trên đây là báo cáo kết quả thực hiện các chỉ tiêu chuyển đổi số ${month} của ${bodyName}; kết quả từng chỉ tiêu tại Phụ lục kèm theo./.`,
  };
}

function transitions(m: SummaryModel, before: YearMonth): string | null {
  const up: IndicatorStatus[] = [];
  const down: IndicatorStatus[] = [];
  for (const i of m.indicators) {
    const was = metBefore(i);
    if (was === false && i.status === 'met') up.push(i);
    if (was === true && i.status === 'not_met') down.push(i);
  }
  if (m.moved.length === 0 && up.length === 0 && down.length === 0) return null;
  const parts = [`${n(m.moved.length)} chỉ tiêu có kết quả thay đổi`];
  const which = (list: IndicatorStatus[]): string => (list.length <= NAMED ? ` (${listNames(list)})` : '');
  if (up.length > 0) parts.push(`${n(up.length)} chỉ tiêu chuyển từ chưa đạt sang đạt${which(up)}`);
  if (down.length > 0) parts.push(`${n(down.length)} chỉ tiêu từ đạt chuyển sang chưa đạt${which(down)}`);
  return `So với tháng ${monthWords(before).slice('tháng '.length)}: ${parts.join('; ')}.`;
}

function listNames(items: IndicatorStatus[]): string {
  return list(items.map(named));
}

function shortfallParagraphs(m: SummaryModel, ym: YearMonth): string[] {
  if (m.shortfalls.length === 0) return ['Không có chỉ tiêu chưa đạt.'];
  const out: string[] = [];
  const furthest = m.shortfalls.slice(0, NAMED).map((i) => {
    const owner = i.owner ? `đơn vị chủ trì: ${i.owner.replace(/\s+/g, ' ').trim()}` : 'chưa rõ đơn vị chủ trì';
    const reached = i.progress !== null ? `đạt ${fixed(i.progress * 100, 0)}% mức chỉ tiêu; ` : '';
    return `${named(i)} (${reached}${owner})`;
  });
  out.push(`Có ${n(m.shortfalls.length)} chỉ tiêu chưa đạt (danh sách dưới đây, xếp theo mức còn thiếu so với chỉ tiêu). Còn cách xa chỉ tiêu nhất là ${list(furthest)}.`);
  const owners = m.byOwner.filter((o) => o.owner !== NO_OWNER && o.shortfalls.length > 0).slice(0, NAMED);
  const noOwner = m.byOwner.find((o) => o.owner === NO_OWNER)?.shortfalls.length ?? 0;
  const who: string[] = [];
  if (owners.length > 0) who.push(`Đơn vị có nhiều chỉ tiêu chưa đạt nhất: ${list(owners.map((o) => `${o.owner} (${n(o.shortfalls.length)})`))}`);
  if (noOwner > 0) who.push(`${n(noOwner)} chỉ tiêu chưa đạt chưa ghi đơn vị chủ trì trong kế hoạch`);
  if (who.length > 0) out.push(`${who.join('; ')}.`);
  if (m.score !== null) {
    const next = m.dueNext.filter((i) => i.status === 'not_met').length;
    const soon = next > 0 ? `; ${n(next)} chỉ tiêu trong số đó có thời hạn hoàn thành trong ${monthWords(nextMonth(ym))}` : '';
    out.push(`Các chỉ tiêu chưa đạt làm mức hoàn thành bình quân giảm ${fixed((1 - m.score) * 100, 1)} điểm phần trăm so với khi tất cả đều đạt${soon}.`);
  }
  return out;
}

function dueParagraphs(m: SummaryModel, ym: YearMonth): string[] {
  const out: string[] = [];
  const dueNow = m.due.filter((d) => d.state === 'due' && !d.ongoing);
  const overdue = m.due.filter((d) => d.state === 'overdue');
  const ongoing = m.due.filter((d) => d.ongoing);
  if (m.due.length === 0) out.push(`Không có chỉ tiêu nào đến hạn hoặc quá hạn mà chưa đạt trong ${monthWords(ym)}.`);
  else {
    const parts: string[] = [];
    if (dueNow.length > 0) parts.push(`${n(dueNow.length)} chỉ tiêu đến hạn trong ${monthWords(ym)}`);
    if (overdue.length > 0) parts.push(`${n(overdue.length)} chỉ tiêu đã quá hạn`);
    if (ongoing.length > 0) parts.push(`${n(ongoing.length)} chỉ tiêu thực hiện thường xuyên`);
    out.push(`Chưa đạt hoặc chưa có số liệu: ${parts.join('; ')} (danh sách dưới đây).`);
  }
  if (m.dueNext.length > 0) {
    const notMet = m.dueNext.filter((i) => i.status === 'not_met').length;
    const noData = m.dueNext.filter((i) => i.status === 'no_data' || i.status === 'invalid').length;
    const rest: string[] = [];
    if (notMet > 0) rest.push(`${n(notMet)} chỉ tiêu chưa đạt`);
    if (noData > 0) rest.push(`${n(noData)} chỉ tiêu chưa có số liệu hoặc số liệu chưa đọc được`);
    out.push(`${monthWords(nextMonth(ym)).replace(/^t/, 'T')} có ${n(m.dueNext.length)} chỉ tiêu đến hạn hoàn thành${rest.length ? `, trong đó ${rest.join(' và ')}` : ', đều đã đạt'}.`);
  }
  return out;
}

/** Who sent the month's form late or not at all, and which met indicators still lack evidence. */
function cycleParagraphs(c: CycleStatus): string[] {
  const [y, mo, d] = c.deadline.split('-');
  const day = `${d}/${mo}/${y}`;
  const out = [
    c.late.length === 0
      ? `Các đơn vị chủ trì đều đã gửi phiếu báo cáo tháng đúng hạn (ngày ${day}).`
      : `${n(c.late.length)} đơn vị chưa gửi phiếu báo cáo tháng đúng hạn (ngày ${day}): ${c.late.join('; ')}.`,
  ];
  if (c.metWithoutEvidence.length > 0) {
    const names = c.metWithoutEvidence.map((i) => (i.id ? `${i.id} (${i.name})` : i.name));
    out.push(`${n(c.metWithoutEvidence.length)} chỉ tiêu đạt nhưng chưa có tài liệu kiểm chứng, chưa đủ căn cứ để tính điểm: ${names.join('; ')}.`);
  }
  return out;
}

function dataParagraphs(m: SummaryModel, ym: YearMonth): string[] {
  const out: string[] = [];
  const noData = m.indicators.filter((i) => i.status === 'no_data');
  const invalid = m.indicators.filter((i) => i.status === 'invalid');
  if (noData.length === 0 && invalid.length === 0) out.push(`Các chỉ tiêu đều đã có số liệu ${monthWords(ym)}.`);
  if (noData.length > 0) {
    const owners = [...new Set(noData.map((i) => i.owner?.replace(/\s+/g, ' ').trim()).filter((o): o is string => !!o))];
    out.push(`${n(noData.length)} chỉ tiêu chưa có số liệu ${monthWords(ym)}${owners.length > 0 && owners.length <= NAMED ? ` (đơn vị chủ trì: ${list(owners)})` : ''}.`);
  }
  if (invalid.length > 0) out.push(`${n(invalid.length)} chỉ tiêu có số liệu chưa đọc được (lý do ghi tại Phụ lục), cần kiểm tra và ghi lại.`);
  if (m.cycle) out.push(...cycleParagraphs(m.cycle));
  if (m.shortfalls.length > 0 || noData.length > 0 || invalid.length > 0) {
    const focus = m.shortfalls.length > 0 ? `; tập trung thực hiện các chỉ tiêu chưa đạt${m.due.length > 0 ? ', nhất là các chỉ tiêu đã đến hạn' : ''}` : '';
    out.push(`Đề nghị các đơn vị chủ trì bổ sung số liệu và tài liệu kiểm chứng còn thiếu${focus}.`);
  }
  return out;
}
