import type { MonthView } from '../status/month-view';
import { historyKey } from '../summary/history';
import { contentHash } from '../writing/own-sheets';

/**
 * The identity of a tracker's plan for a month: its indicators (by the keys the
 * history knows them by), not their figures. A form made from this plan
 * carries it; a form from another commune's tracker, or from before the office
 * changed its list of indicators, does not match and is refused.
 */
export function planFingerprint(view: Pick<MonthView, 'reported'>): string {
  const keys = [...new Set(view.reported.map((r) => historyKey(r.identity)))].sort();
  return contentHash(keys.map((value, i) => ({ row: i + 1, col: 0, value })));
}
