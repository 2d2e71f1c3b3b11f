/**
 * yearIn without lookbehind (EdgeHTML 18 has none): the same years as the former
 * expressions with lookbehind, kept here as the oracle (Node has lookbehind), over
 * a family of titles built from pieces, plus a few read by hand.
 */
import { yearIn } from '../../src/core/mapping/plan-year';
import { foldWords } from '../../src/core/text';

function oracle(text: string): number | null {
  if (!text || text.length > 300) return null;
  const words = foldWords(text);
  const named = /(?:^|\s)(?<!den )nam ((?:19|20)\d{2})\b/.exec(words.replace(/\bden nam\b/g, 'den-nam'));
  if (named) return Number(named[1]);
  const period = /\bgiai doan ((?:19|20)\d{2}) ((?:19|20)\d{2})\b/.exec(words);
  if (period) return Number(period[1]);
  const lone = [...words.matchAll(/(?<!\b\d{1,2} \d{1,2} )\b((?:19|20)\d{2})\b/g)].map((m) => Number(m[1]));
  return lone.length === 1 && !/\bden\s*-?\s*nam\b/.test(words) ? lone[0]! : null;
}

const PIECES = ['Kế hoạch', 'năm 2026', 'đến năm 2030', 'giai đoạn 2026-2030', 'ngày 05/01/2025', '2027', 'xã An Bình', 'Năm 2025', 'tháng 12 2024', '105 01 2028', 'hoàn thành đến năm', '31 12 2019 2020', 'CĐS'];

test('the same year as the lookbehind expressions, for every title of up to three pieces', () => {
  let checked = 0;
  for (const a of PIECES) for (const b of PIECES) for (const c of ['', ...PIECES]) {
    const text = [a, b, c].filter(Boolean).join(' ');
    expect([text, yearIn(text)]).toEqual([text, oracle(text)]);
    checked++;
  }
  expect(checked).toBe(PIECES.length * PIECES.length * (PIECES.length + 1));
});

test('read by hand', () => {
  expect(yearIn('Kế hoạch chuyển đổi số năm 2026')).toBe(2026);
  expect(yearIn('Kế hoạch đến năm 2030')).toBeNull();
  expect(yearIn('Kế hoạch giai đoạn 2026-2030')).toBe(2026);
  expect(yearIn('Kế hoạch ban hành ngày 05/01/2025 cho 2026')).toBe(2026);
});
