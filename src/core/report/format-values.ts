import { bi, formatNumber, formatPercent, type Bilingual, type Lang } from '../i18n';
import type { Status } from '../status/evaluate';
import type { TargetJson } from '../target/target-json';

export const STATUS_LABELS: Record<Status, Bilingual> = {
  met: bi('Đạt', 'Met'),
  not_met: bi('Chưa đạt', 'Not met'),
  no_data: bi('Chưa có số liệu', 'No data'),
  invalid: bi('Không đọc được', 'Unreadable'),
};

export function statusLabel(status: Status, lang: Lang): string {
  return STATUS_LABELS[status][lang];
}

/** An actual in the target's terms, for people: "72%", "8/9", "0,36/1.000", "Đạt". */
export function formatActual(value: number | boolean | null, target: TargetJson, lang: Lang): string {
  if (value === null) return '';
  if (typeof value === 'boolean') {
    if (target.ok && target.kind === 'task') return value ? (lang === 'vi' ? 'Hoàn thành' : 'Done') : lang === 'vi' ? 'Chưa hoàn thành' : 'Not done';
    return value ? (lang === 'vi' ? 'Đạt' : 'Yes') : lang === 'vi' ? 'Chưa đạt' : 'No';
  }
  if (!target.ok) return formatNumber(value, lang);
  if (target.kind === 'percent') return formatPercent(value, lang);
  if (target.kind === 'count' && target.of !== undefined) return `${formatNumber(value, lang)}/${formatNumber(target.of, lang)}`;
  if (target.kind === 'rate' && target.per !== undefined) return `${formatNumber(value, lang)}/${target.per.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-US')}`;
  return formatNumber(value, lang, 3);
}

/** A gap or a change: "−5,0 điểm %" for shares, "+1" otherwise. */
export function formatDelta(value: number | null, target: TargetJson, lang: Lang): string {
  if (value === null) return '';
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  if (target.ok && target.kind === 'percent') {
    return `${sign}${formatNumber(Math.abs(value) * 100, lang, 1)} ${lang === 'vi' ? 'điểm %' : 'pp'}`;
  }
  return `${sign}${formatNumber(Math.abs(value), lang, 3)}`;
}

/** The target as the plan wrote it. */
export function targetText(target: TargetJson): string {
  return target.text.replace(/\s+/g, ' ').trim();
}
