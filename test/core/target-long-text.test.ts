/**
 * A cell holds up to 32,767 characters, and the same parser runs inside the DTI.* functions
 * while Excel recalculates: a long cell of comparison words, digits, "%" or "/" must be read
 * as it should. How long that takes (milliseconds, not seconds; linear in the text) is a
 * goal of `npm run bench` (bench/long-text.bench.ts, on these same cells), not of a test.
 */
import fc from 'fast-check';
import { opBefore } from '../../src/core/target/comparators';
import { foldAligned } from '../../src/core/target/fold';
import { parseTargetText, TARGET_TEXT_EXAMINED } from '../../src/core/target/parse-target';
import type { Op } from '../../src/core/target/types';

const CELL = 32_767;

/** `unit` repeated to exactly `length` characters, `tail` included at the end. */
function cell(unit: string, tail = '', length = CELL): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length - tail.length) + tail;
}

describe('a full 32,767-character target cell', () => {
  // Before the fix "≥…5%" took 2.4 s and ">=…5%" 3.4 s (the comparison words were compared pairwise).
  it.each([
    ['"không quá " repeated', cell('không quá '), { ok: true, kind: 'qualitative' }],
    ['"không quá " repeated, a percentage at the end', cell('không quá ', ' 5%'), { ok: true, kind: 'qualitative' }],
    ['"≥" repeated, a percentage at the end', cell('≥', '5%'), { ok: false, code: 'no-threshold' }],
    ['">=" repeated, a percentage at the end', cell('>=', '5%'), { ok: false, code: 'no-threshold' }],
    ['"trên " repeated, a percentage at the end', cell('trên ', ' 5%'), { ok: true, kind: 'qualitative' }],
    ['digits only', cell('1'), { ok: false, code: 'bad-number' }],
    ['digits and spaces', cell('1 '), { ok: false, code: 'two-thresholds' }],
    ['digits and "%"', cell('1%'), { ok: false, code: 'two-thresholds' }],
    ['digits and "/"', cell('1/'), { ok: false, code: 'two-thresholds' }],
    ['digits, spaces and "/"', cell('1 / '), { ok: true, kind: 'count' }],
    ['digits, "%", "/" and "-" mixed', cell('1 % / 1 / 2 % - '), { ok: false, code: 'two-thresholds' }],
    ['spaces, then a percentage', cell(' ', '5%'), { ok: false, code: 'empty' }],
    ['a number, spaces, "/" and a number', `1${' '.repeat(CELL - 3)}/1`, { ok: true, kind: 'number' }],
    ['LaTeX left by a converter', cell('$\\geq ', '5'), { ok: false, code: 'no-threshold' }],
    ['a real target followed by filler', `Không quá 5% ${'≥'.repeat(CELL - 13)}`, { ok: true, kind: 'percent', op: '<=', value: 0.05 }],
  ])('%s', (_, text, expected) => {
    expect(text.length).toBe(CELL);
    expect(parseTargetText(text)).toMatchObject(expected);
  });

  it('reads only the first characters, ending at a space so a number is not cut', () => {
    const within = `${'x'.repeat(TARGET_TEXT_EXAMINED - 20)} đạt 70% ${'≥'.repeat(CELL)}`;
    expect(parseTargetText(within)).toMatchObject({ ok: true, kind: 'percent', op: '>=', value: 0.7 });
    // "70%" straddles the limit: it is left out whole rather than read as the number 70.
    const straddling = `${'x'.repeat(TARGET_TEXT_EXAMINED - 2)} 70% thêm`;
    expect(parseTargetText(straddling)).toMatchObject({ ok: false, code: 'no-threshold' });
    // The text the result names is the cell's whole text.
    expect(parseTargetText(straddling).text).toBe(straddling);
  });
});

/** The definition opBefore had before it was made linear: every match, then the pairwise filter. */
function opBeforeReference(folded: string): Op | null {
  const words: Array<[string, Op]> = [
    ['≥', '>='], ['>=', '>='], ['=>', '>='], ['toi thieu', '>='], ['it nhat', '>='], ['khong thap hon', '>='],
    ['khong duoi', '>='], ['khong it hon', '>='], ['tro len', '>='], ['phan dau', '>='], ['dat', '>='],
    ['>', '>'], ['tren', '>'], ['hon', '>'], ['cao hon', '>'], ['lon hon', '>'], ['vuot', '>'],
    ['≤', '<='], ['<=', '<='], ['=<', '<='], ['khong qua', '<='], ['khong vuot qua', '<='], ['khong cao hon', '<='],
    ['khong lon hon', '<='], ['toi da', '<='], ['tro xuong', '<='],
    ['<', '<'], ['duoi', '<'], ['thap hon', '<'], ['it hon', '<'], ['nho hon', '<'],
  ];
  const found: Array<{ start: number; end: number; op: Op }> = [];
  for (const [word, op] of words) {
    const symbolic = !/[a-z]/.test(word);
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
      const end = at + word.length;
      const okStart = symbolic || at === 0 || !/[a-z0-9]/.test(folded.charAt(at - 1));
      const okEnd = symbolic || end === folded.length || !/[a-z0-9]/.test(folded.charAt(end));
      if (okStart && okEnd) found.push({ start: at, end, op });
    }
  }
  const kept = found.filter((f) => !found.some((g) => g !== f && g.start <= f.start && g.end >= f.end && g.end - g.start > f.end - f.start));
  kept.sort((a, b) => b.end - a.end || b.end - b.start - (a.end - a.start));
  return kept[0]?.op ?? null;
}

describe('opBefore', () => {
  it('gives the same comparison as its former definition on texts made of comparison words', () => {
    const pieces = ['không', 'quá', 'dưới', 'trên', 'đạt', 'tối', 'thiểu', 'đa', 'hơn', 'cao', 'thấp', 'ít', 'nhất', 'lên', 'trở', 'xuống',
      'vượt', 'lớn', 'nhỏ', 'phấn', 'đấu', '≥', '≤', '>', '<', '=', ' ', ' ', 'x', '5', 'đạthàng', ':'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), fc.boolean(), (parts, spaced) => {
        const folded = foldAligned(parts.join(spaced ? ' ' : '').toLowerCase());
        expect(opBefore(folded)).toBe(opBeforeReference(folded));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['≥', '>='],
    ['khong qua ', '<='],
    ['>=', '>='],
    ['x ', null],
  ] as const)('on 32,767 characters of %p answers %p', (unit, op) => {
    expect(opBefore(cell(unit))).toBe(op);
  });
});
