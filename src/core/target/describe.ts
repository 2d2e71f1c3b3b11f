import { formatNumber, formatPercent, type Lang, LOCALES } from '../i18n';
import { said, sentence } from '../messages';
import type { Target, TargetParse } from './types';

/** The threshold alone, as an official writes it: "70%", "9/9", "1/1.000", "0,7". */
export function formatThreshold(target: Target, lang: Lang): string {
  if (typeof target.value === 'boolean') return said(lang, target.value ? 'label.met' : 'label.threshold-no');
  const v = target.value;
  switch (target.kind) {
    case 'percent':
      return formatPercent(v, lang, 2) + (target.perYear ? said(lang, 'label.per-year') : '');
    case 'count':
      return target.of !== undefined ? `${formatNumber(v, lang)}/${formatNumber(target.of, lang)}` : formatNumber(v, lang);
    case 'rate':
      return `${formatNumber(v, lang)}/${(target.per ?? 1).toLocaleString(LOCALES[lang])}`;
    default:
      return formatNumber(v, lang, 3);
  }
}

/** One line saying how a target was understood: "tối thiểu 70% (tỷ lệ)". */
export function describeTarget(target: TargetParse, lang: Lang): string {
  if (!target.ok) return target.reason[lang];
  if (target.kind === 'boolean' || target.kind === 'task') return sentence(lang, 'target.kind', { kind: target.kind });
  if (target.kind === 'qualitative') return `${sentence(lang, 'target.kind', { kind: 'qualitative' })}: ${target.text}`;
  const unit = target.unit && target.kind !== 'percent' ? ` ${target.unit}` : '';
  return `${sentence(lang, 'target.op', { op: target.op })} ${formatThreshold(target, lang)}${unit} (${sentence(lang, 'target.kind', { kind: target.kind })})`;
}
