import { formatNumber, formatPercent, type Bilingual, type Lang, LOCALES } from '../i18n';
import { message, said } from '../messages';
import type { Status } from './evaluate';
import type { TargetJson } from '../target/target-json';

export const STATUS_LABELS: Record<Status, Bilingual> = {
  met: message('label.met'),
  not_met: message('label.not-met'),
  no_data: message('label.no-data'),
  invalid: message('label.unreadable'),
};

export function statusLabel(status: Status, lang: Lang): string {
  return STATUS_LABELS[status][lang];
}

/** An actual in the target's terms, for people: "72%", "8/9", "0,36/1.000", "Đạt". */
export function formatActual(value: number | boolean | null, target: TargetJson, lang: Lang): string {
  if (value === null) return '';
  if (typeof value === 'boolean') {
    if (target.ok && target.kind === 'task') return said(lang, value ? 'label.done' : 'label.not-done');
    return said(lang, value ? 'label.answer-yes' : 'label.answer-no');
  }
  if (!target.ok) return formatNumber(value, lang);
  if (target.kind === 'percent') return formatPercent(value, lang);
  if (target.kind === 'count' && target.of !== undefined) return `${formatNumber(value, lang)}/${formatNumber(target.of, lang)}`;
  if (target.kind === 'rate' && target.per !== undefined) return `${formatNumber(value, lang)}/${target.per.toLocaleString(LOCALES[lang])}`;
  return formatNumber(value, lang, 3);
}

/** A gap or a change: "−5,0 điểm %" for shares, "+1" otherwise. */
export function formatDelta(value: number | null, target: TargetJson, lang: Lang): string {
  if (value === null) return '';
  const sign = value > 0 ? '+' : value < 0 ? '−' : '';
  if (target.ok && target.kind === 'percent') {
    return `${sign}${formatNumber(Math.abs(value) * 100, lang, 1)} ${said(lang, 'label.points')}`;
  }
  return `${sign}${formatNumber(Math.abs(value), lang, 3)}`;
}

/** The target as the plan wrote it. */
export function targetText(target: TargetJson): string {
  return target.text.replace(/\s+/g, ' ').trim();
}
