import type { Bilingual, Lang } from '../i18n';
import { message } from '../messages';
import { STATUS_LABELS } from '../status/labels';

/**
 * Labels the functions write into cells. The status words are the report's own,
 * so the colour rules and COUNTIF over a status column match both.
 */
export const LABELS = {
  met: STATUS_LABELS.met,
  notMet: STATUS_LABELS.not_met,
  noData: STATUS_LABELS.no_data,
  onTrack: message('formula.on-track'),
  behind: message('formula.behind'),
} as const satisfies Record<string, Bilingual>;

/**
 * The `lang` argument: empty means Vietnamese; "vi", "vi-VN", "en", "en-US" in any case.
 * Null when the text names another language.
 */
export function readLang(value: unknown): Lang | null {
  if (value === null || value === undefined) return 'vi';
  if (typeof value !== 'string') return null;
  const v = value.trim().toLowerCase();
  if (v === '' || v === 'vi' || v === 'vi-vn' || v === 'vn') return 'vi';
  if (v === 'en' || v === 'en-us' || v === 'en-gb') return 'en';
  return null;
}
