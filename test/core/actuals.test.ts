/**
 * Reading a reported result in the terms of its target (readActual) and judging it (evaluate):
 * the table of values officials type or Excel stores, with the status and gap a careful official
 * would write in the monthly report.
 */
import type { CellValue } from '../../src/core/grid';
import { evaluate } from '../../src/core/status/evaluate';
import { readActual, readFraction } from '../../src/core/status/read-actual';
import { parseTarget } from '../../src/core/target/parse-target';
import type { Target } from '../../src/core/target/types';

function target(text: string, unit?: string): Target {
  const t = parseTarget(text, unit ? { unit } : {});
  if (!t.ok) throw new Error(`fixture target "${text}" unreadable: ${t.reason.en}`);
  return t;
}

const T = {
  atLeast80: target('≥ 80%'),
  above80: target('Trên 80%'),
  above1: target('Đạt trên 1%'),
  atLeast10: target('≥ 10%'),
  atMost5: target('Không quá 5%'),
  below5: target('dưới 5%'),
  index: target('Đạt tối thiểu 0.70', 'Chỉ số'),
  people: target('Tối thiểu 1.000 người'),
  platforms: target('9/9 nền tảng theo hướng dẫn của Bộ'),
  rate: target('01 doanh nghiệp/1.000 dân'),
  yesNo: target('Đạt', 'Đạt'),
  evidence: target('Có ứng dụng AI phục vụ người dân, doanh nghiệp, cơ quan nhà nước'),
  days: target('tối đa 15 ngày'),
  noIncidents: target('Không quá 0 sự cố'),
  growth: target('Tăng ≥ 0%/năm'),
};

type Row = [label: string, t: Target, input: CellValue, format: string | undefined, read: number | boolean | 'empty' | 'short' | `invalid:${string}`, status: string, gap: number | null];

const ROWS: Row[] = [
  // Numbers as Vietnamese writes them.
  ['0,7 against index 0.70', T.index, '0,7', undefined, 0.7, 'met', 0],
  ['0.70 against index 0.70', T.index, '0.70', undefined, 0.7, 'met', 0],
  ['0,65 against index 0.70', T.index, '0,65', undefined, 0.65, 'not_met', -0.05],
  ['1.000 typed as text is one thousand', T.people, '1.000', undefined, 1000, 'met', 0],
  ['1.200 people', T.people, '1.200', undefined, 1200, 'met', 200],
  ['950 people', T.people, 950, undefined, 950, 'not_met', -50],
  // Shares in every form Excel keeps them.
  ['"80%" against ≥ 80%', T.atLeast80, '80%', undefined, 0.8, 'met', 0],
  ['"92,5%" against ≥ 80%', T.atLeast80, '92,5%', undefined, 0.925, 'met', 0.125],
  ['"79,5%" against ≥ 80%', T.atLeast80, '79,5%', undefined, 0.795, 'not_met', -0.005],
  ['0.8 under 0% format', T.atLeast80, 0.8, '0%', 0.8, 'met', 0],
  ['0.75 under 0% format', T.atLeast80, 0.75, '0%', 0.75, 'not_met', -0.05],
  ['80 plain, for a % target', T.atLeast80, 80, undefined, 0.8, 'met', 0],
  ['"80" text, for a % target', T.atLeast80, '80', undefined, 0.8, 'met', 0],
  ['0.8 plain, for an 80% target', T.atLeast80, 0.8, undefined, 0.8, 'met', 0],
  ['" 85 % " with spaces', T.atLeast80, ' 85 % ', undefined, 0.85, 'met', 0.05],
  // Strict and upper bounds.
  ['80% against "Trên 80%" is not above', T.above80, '80%', undefined, 0.8, 'not_met', 0],
  ['80,1% against "Trên 80%"', T.above80, '80,1%', undefined, 0.801, 'met', 0.001],
  ['1,2% against "Đạt trên 1%"', T.above1, '1,2%', undefined, 0.012, 'met', 0.002],
  ['0.9 plain against a 1% target: 0.9% or 90%? ask', T.above1, 0.9, undefined, 'invalid:ambiguous-share', 'invalid', null],
  ['0.009 under 0.0% against a 1% target', T.above1, 0.009, '0.0%', 0.009, 'not_met', -0.001],
  ['0 plain against a 1% target: none at all, no doubt', T.above1, 0, undefined, 0, 'not_met', -0.01],
  ['2 plain against a 1% target is 2%: above 1 it cannot be a fraction', T.above1, 2, undefined, 0.02, 'met', 0.01],
  ['1 plain against a 1% target: 1% or 100%? ask', T.above1, 1, undefined, 'invalid:ambiguous-share', 'invalid', null],
  ['0.5 plain against "≥ 10%" is 50%: no doubt beside a 10% target', T.atLeast10, 0.5, undefined, 0.5, 'met', 0.4],
  ['4% against "Không quá 5%": 1 point of margin', T.atMost5, '4%', undefined, 0.04, 'met', 0.01],
  ['6% against "Không quá 5%": 1 point over', T.atMost5, '6%', undefined, 0.06, 'not_met', -0.01],
  ['5% against "Không quá 5%"', T.atMost5, '5%', undefined, 0.05, 'met', 0],
  ['5% against "dưới 5%" is not below', T.below5, '5%', undefined, 0.05, 'not_met', 0],
  ['4% against "dưới 5%"', T.below5, '4%', undefined, 0.04, 'met', 0.01],
  ['12 days against "tối đa 15 ngày"', T.days, 12, undefined, 12, 'met', 3],
  ['18 days against "tối đa 15 ngày"', T.days, 18, undefined, 18, 'not_met', -3],
  // Counts and rates.
  ['"8/9" platforms', T.platforms, '8/9', undefined, 8, 'not_met', -1],
  ['8 platforms', T.platforms, 8, undefined, 8, 'not_met', -1],
  ['"9/9" platforms', T.platforms, '9/9', undefined, 9, 'met', 0],
  // A share reported against a count is that share of the total: 100% of 9 platforms is 9.
  ['"100%" of 9/9 platforms', T.platforms, '100%', undefined, 9, 'met', 0],
  ['1 under a 0% format (shown "100%") of 9/9 platforms', T.platforms, 1, '0%', 9, 'met', 0],
  ['0.85 under a 0% format (shown "85%") of 9/9 platforms: 85% of 9', T.platforms, 0.85, '0%', 7.65, 'not_met', -1.35],
  ['7 in a column formatted for shares (shown "700%") of 9/9 platforms: a count of 7', T.platforms, 7, '0%', 7, 'not_met', -2],
  ['"2/3" of 9/9 platforms is 6 of 9', T.platforms, '2/3', undefined, 6, 'not_met', -3],
  ['1 plain for 9/9 platforms is one platform, not all of them', T.platforms, 1, undefined, 1, 'not_met', -8],
  ['"14/18" of 9/9 platforms is 7 of 9', T.platforms, '14/18', undefined, 7, 'not_met', -2],
  ['"50%" of 9/9 platforms is 4.5 of 9', T.platforms, '50%', undefined, 4.5, 'not_met', -4.5],
  ['"85%" against a rate per 1,000: no share fits', T.rate, '85%', undefined, 'invalid:share-for-rate', 'invalid', null],
  // A zero threshold: nothing allowed, or no fall.
  ['0 incidents against "Không quá 0 sự cố"', T.noIncidents, 0, undefined, 0, 'met', 0],
  ['2 incidents against "Không quá 0 sự cố"', T.noIncidents, 2, undefined, 2, 'not_met', -2],
  ['"0%" growth against "Tăng ≥ 0%/năm"', T.growth, '0%', undefined, 0, 'met', 0],
  ['"-1%" growth against "Tăng ≥ 0%/năm"', T.growth, '-1%', undefined, -0.01, 'not_met', -0.01],
  ['"1,2/1.000" businesses per 1,000', T.rate, '1,2/1.000', undefined, 1.2, 'met', 0.2],
  ['0,8 businesses per 1,000', T.rate, '0,8', undefined, 0.8, 'not_met', -0.2],
  // Yes/no.
  ['Đạt', T.yesNo, 'Đạt', undefined, true, 'met', null],
  ['Có', T.yesNo, 'Có', undefined, true, 'met', null],
  ['Hoàn thành', T.yesNo, 'Hoàn thành', undefined, true, 'met', null],
  ['Đã triển khai', T.yesNo, 'Đã triển khai', undefined, true, 'met', null],
  ['TRUE', T.yesNo, true, undefined, true, 'met', null],
  ['1 for a yes/no target is yes', T.yesNo, 1, undefined, true, 'met', null],
  ['0 for a yes/no target is no', T.yesNo, 0, undefined, false, 'not_met', null],
  ['2 for a yes/no target says neither', T.yesNo, 2, undefined, 'invalid:not-yes-no', 'invalid', null],
  ['a tick "✓"', T.yesNo, '✓', undefined, true, 'met', null],
  ['a tick "✔"', T.yesNo, '✔', undefined, true, 'met', null],
  ['a tick against a share is not a figure', T.atLeast80, '✓', undefined, 'invalid:not-a-number', 'invalid', null],
  ['Chưa đạt', T.yesNo, 'Chưa đạt', undefined, false, 'not_met', null],
  ['Chưa', T.yesNo, 'Chưa', undefined, false, 'not_met', null],
  ['Chưa triển khai', T.yesNo, 'Chưa triển khai', undefined, false, 'not_met', null],
  ['Không đạt', T.yesNo, 'Không đạt', undefined, false, 'not_met', null],
  ['Không', T.yesNo, 'Không', undefined, false, 'not_met', null],
  ['Đã triển khai, qualitative target', T.evidence, 'Đã triển khai', undefined, true, 'met', null],
  ['"80%" for a yes/no target: part done is not done', T.yesNo, '80%', undefined, false, 'not_met', null],
  ['"100%" for a yes/no target: all of it is done', T.yesNo, '100%', undefined, true, 'met', null],
  ['"Chưa đạt" against a share: a shortfall without its figure', T.atLeast80, 'Chưa đạt', undefined, 'short', 'not_met', null],
  ['"Đạt" for a % target', T.atLeast80, 'Đạt', undefined, 'invalid:yes-no-for-number', 'invalid', null],
  // Nothing reported, and unreadable.
  ['"-"', T.atLeast80, '-', undefined, 'empty', 'no_data', null],
  ['"—"', T.atLeast80, '—', undefined, 'empty', 'no_data', null],
  ['"chưa có số liệu"', T.atLeast80, 'chưa có số liệu', undefined, 'empty', 'no_data', null],
  ['"Chưa báo cáo"', T.yesNo, 'Chưa báo cáo', undefined, 'empty', 'no_data', null],
  ['empty cell', T.atLeast80, null, undefined, 'empty', 'no_data', null],
  ['blank text', T.atLeast80, '   ', undefined, 'empty', 'no_data', null],
  ['#REF!', T.atLeast80, { error: '#REF!' }, undefined, 'invalid:error-value', 'invalid', null],
  ['#REF! for a yes/no target', T.yesNo, { error: '#REF!' }, undefined, 'invalid:error-value', 'invalid', null],
  ['"khoảng 70"', T.atLeast80, 'khoảng 70', undefined, 'invalid:not-a-number', 'invalid', null],
  ['a date (Excel made "5/11" the 5th of November) is no result', T.atLeast80, 46331, 'dd/mm/yyyy', 'invalid:date', 'invalid', null],
];

describe('readActual + evaluate', () => {
  it.each(ROWS.map((r) => [r[0], r] as const))('%s', (_, [, t, input, format, read, status, gap]) => {
    const got = readActual(input, t, format ? { format } : {});
    if (read === 'empty' || read === 'short') expect(got.kind).toBe(read);
    else if (typeof read === 'string') {
      expect(got).toMatchObject({ kind: 'invalid', code: read.slice('invalid:'.length) });
      if (got.kind === 'invalid') {
        expect(got.reason.vi.length).toBeGreaterThan(0);
        expect(got.reason.en.length).toBeGreaterThan(0);
      }
    } else if (typeof read === 'boolean') expect(got).toEqual({ kind: 'boolean', value: read });
    else {
      expect(got.kind).toBe('number');
      if (got.kind === 'number') expect(got.value).toBeCloseTo(read, 9);
    }
    const e = evaluate(t, got);
    expect(e.status).toBe(status);
    if (gap === null) expect(e.gap).toBeNull();
    else expect(e.gap).toBeCloseTo(gap, 9);
  });

  it('progress and score: actual as a share of the target, capped at 1 for the score', () => {
    const short = evaluate(T.atLeast80, readActual('60%', T.atLeast80));
    expect(short.progress).toBeCloseTo(0.75, 9);
    expect(short.score).toBeCloseTo(0.75, 9);
    const over = evaluate(T.atLeast80, readActual('100%', T.atLeast80));
    expect(over.progress).toBeCloseTo(1.25, 9);
    expect(over.score).toBe(1);
    // An upper bound: 5% allowed, 10% found — half way.
    expect(evaluate(T.atMost5, readActual('10%', T.atMost5)).progress).toBeCloseTo(0.5, 9);
    // Under an upper bound with room to spare is done, not more than done: 4% against "Không quá 5%" is 100 %.
    expect(evaluate(T.atMost5, readActual('4%', T.atMost5)).progress).toBe(1);
  });

  it('progress against a zero threshold is all or nothing, never a division by zero', () => {
    const progress = (t: Target, input: CellValue): number | null => evaluate(t, readActual(input, t)).progress;
    // Nothing allowed: none is done, any is not.
    expect(progress(T.noIncidents, 0)).toBe(1);
    expect(progress(T.noIncidents, 2)).toBe(0);
    // No fall: holding level or growing is done, falling is not.
    expect(progress(T.growth, '0%')).toBe(1);
    expect(progress(T.growth, '3%')).toBe(1);
    expect(progress(T.growth, '-1%')).toBe(0);
  });

  it('a result kept as two counts ("Số thực hiện", "Tổng số"): none done is 0 of 9; no total or a negative count is refused, each with its own reason', () => {
    expect(readFraction(0, 9, T.platforms, '0/9')).toEqual({ kind: 'number', value: 0 });
    expect(evaluate(T.platforms, readFraction(0, 9, T.platforms, '0/9')).gap).toBe(-9);
    expect(readFraction(3, 0, T.platforms, '3/0')).toMatchObject({ kind: 'invalid', code: 'zero-total' });
    expect(readFraction(-1, 9, T.platforms, '-1/9')).toMatchObject({ kind: 'invalid', code: 'not-a-number' });
    expect(readFraction(3, -9, T.platforms, '3/-9')).toMatchObject({ kind: 'invalid', code: 'not-a-number' });
    expect(readFraction(1, 1, T.yesNo, '1/1')).toMatchObject({ kind: 'invalid', code: 'yes-no-for-number' });
  });

  it('a share against a rate is refused with the rate named, so the official knows what to write', () => {
    const got = readActual('85%', T.rate);
    expect(got.kind === 'invalid' && got.reason.vi).toContain('"doanh nghiệp/1.000 dân"');
    expect(got.kind === 'invalid' && got.reason.en).toContain('"doanh nghiệp/1.000 dân"');
  });

  it('an unreadable target makes the status invalid whatever the result, with its reason', () => {
    const bad = parseTarget('Trên 80%, phấn đấu 90%');
    const e = evaluate(bad, { kind: 'number', value: 0.85 });
    expect(e.status).toBe('invalid');
    expect(e.reason?.vi).toContain('80%');
  });
});
