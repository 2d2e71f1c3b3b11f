/**
 * One form per owning unit for a reporting month: the unit's indicators from
 * the mapped tracker (id, name, target, last month's value) and empty input
 * cells. Pure: the .xlsx adapter writes it (src/xlsx/form-file.ts).
 */
import type { Bilingual } from '../i18n';
import { message } from '../messages';
import type { Analysis } from '../model';
import { formatYearMonth, monthLabel, type YearMonth } from '../months';
import { formatActual, targetText } from '../status/labels';
import { type HistoryLookup, type IndicatorStatus, indicatorStatus } from '../status/month-status';
import { monthView } from '../status/month-view';
import { ownerUnits } from '../summary/owners';
import type { TargetJson } from '../target/target-json';
import { foldWords } from '../text';
import { planFingerprint } from './fingerprint';
import type { FormMeta } from './form-meta';

/** What the result cell accepts, from the target's kind (Excel's data validation). */
export type ResultRule =
  | { kind: 'decimal'; min: number; max?: number; format?: string; message: Bilingual }
  | { kind: 'list'; values: string[]; message: Bilingual }
  | { kind: 'any'; format?: string };

export interface FormLine {
  id: string | null;
  name: string;
  target: string;
  unit: string | null;
  previous: string;
  rule: ResultRule;
}

export interface UnitForm {
  meta: FormMeta;
  lines: FormLine[];
  /** A file name safe on every system: "Phieu-T11-2026-Cong-an-xa.xlsx". */
  fileName: string;
  title: string;
}

export interface FormsPlan {
  fingerprint: string;
  forms: UnitForm[];
  /** The month's indicators no unit owns: they are on no form. */
  unowned: IndicatorStatus[];
  /** The month has no result column or sheet in the tracker: nothing a form could be merged into. */
  noColumn: boolean;
}

export const DEFAULT_DEADLINE_DAY = 20;

export function planForms(analysis: Analysis, month: YearMonth, opts: { deadlineDay?: number; now?: Date; history?: HistoryLookup } = {}): FormsPlan {
  const view = monthView(analysis, month);
  const fingerprint = planFingerprint(view);
  const deadlineDay = opts.deadlineDay ?? DEFAULT_DEADLINE_DAY;
  const byUnit = new Map<string, IndicatorStatus[]>();
  const unowned: IndicatorStatus[] = [];
  for (const reported of view.reported) {
    const status = indicatorStatus(reported, month, opts.history);
    const units = ownerUnits(status.owner);
    if (units.length === 0) unowned.push(status);
    for (const unit of units) byUnit.set(unit, [...(byUnit.get(unit) ?? []), status]);
  }
  const names = new Set<string>();
  const forms = [...byUnit].map(([unit, list]): UnitForm => ({
    meta: {
      version: 1,
      month: formatYearMonth(month),
      unit,
      fingerprint,
      deadlineDay,
      madeAt: (opts.now ?? new Date()).toISOString(),
      rows: list.map((s) => ({ key: s.historyKey, id: s.id, name: s.name })),
    },
    lines: list.map(formLine),
    fileName: uniqueName(`Phieu-T${String(month.month).padStart(2, '0')}-${month.year}-${safeName(unit)}`, names),
    title: `PHIẾU BÁO CÁO KẾT QUẢ CHUYỂN ĐỔI SỐ THÁNG ${monthLabel(month)}`,
  }));
  return { fingerprint, forms, unowned, noColumn: view.reported.length > 0 && view.reported.every((r) => r.source.kind === 'none') };
}

function formLine(s: IndicatorStatus): FormLine {
  return { id: s.id, name: s.name, target: targetText(s.target), unit: s.unit, previous: formatActual(s.previous, s.target, 'vi'), rule: resultRule(s.target) };
}

const YES_NO = ['Đạt', 'Chưa đạt'];
const TASK = ['Hoàn thành', 'Đang thực hiện', 'Chưa thực hiện'];

export function resultRule(target: TargetJson): ResultRule {
  if (!target.ok) return { kind: 'any' };
  const share = message('form-rule.share');
  switch (target.kind) {
    case 'percent':
      // A yearly change (≥ 2%/năm) may be negative or above 100%.
      return /năm/.test(target.unit ?? '') ? { kind: 'any', format: '0.0%' } : { kind: 'decimal', min: 0, max: 1, format: '0.0%', message: share };
    case 'count':
      return target.of !== undefined
        ? { kind: 'decimal', min: 0, max: target.of, message: message('form-rule.count-of', { of: target.of }) }
        : { kind: 'decimal', min: 0, message: message('form-rule.not-negative') };
    case 'number':
    case 'rate':
      return { kind: 'decimal', min: 0, message: message('form-rule.not-negative') };
    case 'task':
      return { kind: 'list', values: TASK, message: message('form-rule.one-of', { values: TASK }) };
    default:
      return { kind: 'list', values: YES_NO, message: message('form-rule.yes-no') };
  }
}

/** ASCII letters, digits and dashes: no character a file system refuses or a mail program mangles. */
export function safeName(text: string): string {
  const words = foldWords(text).replace(/%/g, '').trim().split(' ').filter(Boolean);
  const out = words.join('-').replace(/[^a-z0-9-]/g, '').slice(0, 60).replace(/-+$/, '');
  return out ? out.charAt(0).toUpperCase() + out.slice(1) : 'Don-vi';
}

function uniqueName(base: string, taken: Set<string>): string {
  let name = `${base}.xlsx`;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}-${n}.xlsx`;
  taken.add(name.toLowerCase());
  return name;
}
