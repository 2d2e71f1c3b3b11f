import { formatNumber, formatPercent, type Lang, LOCALES } from '../i18n';
import { said } from '../messages';
import type { Op, Target, TargetParse } from './types';

const OP_WORDS: Record<Op, { vi: string; en: string }> = {
  '>=': { vi: 'tối thiểu', en: 'at least' },
  '>': { vi: 'trên', en: 'above' },
  '<=': { vi: 'tối đa', en: 'at most' },
  '<': { vi: 'dưới', en: 'below' },
  '=': { vi: 'bằng', en: 'exactly' },
};

const KIND_WORDS: Record<Target['kind'], { vi: string; en: string }> = {
  percent: { vi: 'tỷ lệ', en: 'share' },
  number: { vi: 'số', en: 'number' },
  count: { vi: 'số lượng', en: 'count' },
  rate: { vi: 'mật độ', en: 'rate' },
  boolean: { vi: 'đạt / không đạt', en: 'yes / no' },
  qualitative: { vi: 'định tính, cần minh chứng', en: 'qualitative, met by evidence' },
  task: { vi: 'nhiệm vụ: hoàn thành hay chưa', en: 'task: done or not' },
};

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
  if (target.kind === 'boolean' || target.kind === 'task') return KIND_WORDS[target.kind][lang];
  if (target.kind === 'qualitative') return `${KIND_WORDS.qualitative[lang]}: ${target.text}`;
  const unit = target.unit && target.kind !== 'percent' ? ` ${target.unit}` : '';
  return `${OP_WORDS[target.op][lang]} ${formatThreshold(target, lang)}${unit} (${KIND_WORDS[target.kind][lang]})`;
}
