import { tidyText } from '../text';
import { nameIsMeasure } from '../units';
import { foldAligned } from './fold';
import { parseTargetText, type TargetContext } from './parse-target';
import { isQuantity, type QuantityToken, scanTokens } from './scan';
import type { Target } from './types';

export interface TargetsInName {
  /** The target for the plan year. */
  target: Target;
  /** A later target in the same text ("…, đến năm 2030 đạt 100%"). */
  horizon?: Target;
  /** The name without the target phrase. */
  name: string;
}

/**
 * Finds a target written inside an indicator's name: "Tỷ lệ …: Đạt tối thiểu 70%",
 * "… đạt 100%", "… trên 80%". Stricter than reading a target cell: the name is full
 * of numbers that are not targets ("trên 01 Gbps", "từ 15 tuổi trở lên", "mức 2",
 * "Đề án 06/CP", "02 công chức", dates), so only a percentage, a count or a rate,
 * or a decimal index right after "đạt" or a colon, counts.
 */
export function findTargetInName(rawName: string, ctx: TargetContext = {}): TargetsInName | null {
  const name = tidyText(rawName);
  const folded = foldAligned(name);
  const tokens = scanTokens(name, folded).filter(isQuantity);
  const measure = nameIsMeasure(name);
  const found: Array<{ token: QuantityToken; from: number; horizon: boolean }> = [];
  for (const token of tokens) {
    // "… và 70% đến năm 2030": a number followed by the horizon year needs no lead word.
    const horizonAfter = /^\s*(den|toi) nam (19|20)\d{2}/.test(folded.slice(token.end, token.end + 24));
    const from = phraseStart(name, folded, token, measure) ?? (horizonAfter ? token.start : null);
    if (from === null) continue;
    const before = folded.slice(Math.max(0, from - 24), from);
    const horizon = horizonAfter || /(den|toi) nam (19|20)\d{2}\W*$|(den|toi) nam (19|20)\d{2}\s*,?\s*$/.test(before);
    found.push({ token, from, horizon });
  }
  const main = found.find((f) => !f.horizon);
  if (!main) return yesNoInName(name, folded);
  const target = parsePhrase(name, main.from, main.token.end, ctx);
  if (!target) return null;
  const later = found.find((f) => f.horizon && f.from > main.from);
  const horizon = later ? parsePhrase(name, later.from, later.token.end, ctx) : null;
  const cut = name.slice(0, main.from).replace(/[\s,:;–-]+$/, '');
  return { target, ...(horizon ? { horizon } : {}), name: cut || name };
}

const LEAD_WORDS = 'dat|tren|toi thieu|it nhat|khong thap hon|khong duoi|phan dau|duoi|khong qua|toi da';
/** "đạt", a comparison word or a colon shortly before the number, with no other number between. */
const LEAD = new RegExp(
  String.raw`(?:^|[^a-z])((?:${LEAD_WORDS})(?:\s+(?:ty le|muc|toi thieu|tren|it nhat))?)\s*$|([≥>≤<]=?)\s*$|:\s*(?:[a-z]+\s+){0,3}$`,
);

/** Where the target phrase of a token starts, or null when the token is not a target. */
function phraseStart(name: string, folded: string, token: QuantityToken, measure: boolean): number | null {
  const windowStart = Math.max(0, token.start - 30);
  const m = LEAD.exec(folded.slice(windowStart, token.start));
  const lead = m ? windowStart + m.index + (m[1] ? m[0].indexOf(m[1]) : m[2] ? 0 : 1) : null;
  const afterDat = m !== null && (m[1]?.startsWith('dat') === true || (!m[1] && !m[2]));
  switch (token.type) {
    case 'percent':
    case 'range':
      if (lead !== null) return lead;
      // A share opening the text is its target: "100% hệ thống thông tin của UBND xã …", "100% thành viên …".
      if (/^[\s(]*$/.test(name.slice(0, token.start))) return token.start;
      // A percentage closing the name ("… toàn trình 100%") is its target too.
      return /^\s*[.)]?\s*$/.test(name.slice(token.end)) ? token.start : null;
    case 'count':
    case 'rate':
      return afterDat ? lead : null;
    case 'number': {
      const decimalIndex = /[.,]/.test(name.slice(token.start, token.end)) && token.value <= 1;
      if (afterDat && decimalIndex) return lead;
      // "Có ít nhất 01 mô hình …": a lower bound on a count that opens the text (after "Có", "Đạt"); further
      // in ("… bảo đảm bố trí tối thiểu 02 công chức") it describes a task.
      const opens = lead !== null && /^\W*((co|dat|xay dung duoc|hinh thanh)\s+)?$/.test(folded.slice(0, lead));
      return !measure && opens && /^(it nhat|toi thieu|khong duoi|khong it hon)\b/.test(m?.[1] ?? '') ? lead : null;
    }
  }
}

function parsePhrase(name: string, from: number, to: number, ctx: TargetContext): Target | null {
  // Read up to the end of the clause so "đạt 9/9 nền tảng" keeps its noun; fall back to the bare phrase.
  const clauseEnd = name.slice(to).search(/[,;]/);
  const ends = [clauseEnd < 0 ? name.length : to + clauseEnd, to];
  for (const end of ends) {
    const phrase = name.slice(from, end).replace(/^[\s:]+/, '');
    const parsed = parseTargetText(phrase, { ...ctx, format: undefined });
    if (parsed.ok) return parsed;
  }
  return null;
}

/**
 * A yes/no target stated in the text: "… đạt chuẩn quốc gia", "… được công nhận",
 * "Hoàn thành …". Not in a measured quantity's name: "Tỷ lệ hồ sơ hoàn thành đúng
 * hạn" still needs its number.
 */
function yesNoInName(name: string, folded: string): TargetsInName | null {
  if (nameIsMeasure(name)) return null;
  const m = /(?:^|[^a-z])(dat chuan|duoc cong nhan|cong nhan dat|hoan thanh)(?![a-z])/.exec(folded);
  // "Hoàn thành …" opening the text is an action: a task (target-less rows are read as such), not a target phrase.
  if (!m || (m[1] === 'hoan thanh' && /^\W*$/.test(folded.slice(0, m.index + m[0].indexOf(m[1]))))) return null;
  const at = m.index + m[0].indexOf(m[1]!);
  const phrase = name.slice(at, at + m[1]!.length);
  return { target: { ok: true, kind: 'boolean', op: '=', value: true, text: phrase }, name };
}
