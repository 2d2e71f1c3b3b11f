import * as f from '../../src/core/formulas';
import type { FormulaResult } from '../../src/core/formulas';
import { englishWords, vietnameseWords } from '../helpers/languages';

/** A result as a short string for tables: the value, or "#KIND: message". */
function show(r: FormulaResult): string | number | boolean {
  return r.ok ? r.value : `${f.ERROR_TEXT[r.error]} ${r.message}`;
}

const CELL_FORMS: [string, unknown][] = [
  ['0.8', 0.8],
  ['80', 80],
  ['"80%"', '80%'],
  ['"0,8"', '0,8'],
  ['"92,5%"', '92,5%'],
  ['TRUE', true],
  ['"Đạt"', 'Đạt'],
  ['"Chưa đạt"', 'Chưa đạt'],
  ['"Hoàn thành"', 'Hoàn thành'],
  ['empty', null],
  ['#REF!', { error: '#REF!' }],
];

describe('STATUS over every cell form against a percentage target (≥ 70%)', () => {
  const expected: Record<string, string> = {
    '0.8': 'Đạt',
    '80': 'Đạt',
    '"80%"': 'Đạt',
    '"0,8"': 'Đạt',
    '"92,5%"': 'Đạt',
    // "Chưa đạt" is a shortfall whatever the figure; "Đạt" without its figure is asked for.
    '"Chưa đạt"': 'Chưa đạt',
    empty: 'Chưa có số liệu',
  };
  test.each(CELL_FORMS)('actual %s', (label, actual) => {
    const r = f.status(actual, 'Đạt tối thiểu 70%');
    if (label in expected) {
      expect(r).toEqual({ ok: true, value: expected[label] });
    } else {
      // Yes/no words and error cells are no number: #VALUE! with a Vietnamese reason, never a label.
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error).toBe('value');
        expect(r.message).toMatch(label === '#REF!' ? /Ô kết quả đang báo lỗi #REF!/ : /cần một con số/);
      }
    }
  });
});

describe('STATUS over every cell form against a yes/no target ("Đạt")', () => {
  const expected: Record<string, string> = {
    TRUE: 'Đạt',
    '"Đạt"': 'Đạt',
    '"Hoàn thành"': 'Đạt',
    '"Chưa đạt"': 'Chưa đạt',
    // A share of a yes/no aim says how much is done: only all of it is done.
    '"80%"': 'Chưa đạt',
    '"92,5%"': 'Chưa đạt',
    empty: 'Chưa có số liệu',
  };
  test.each(CELL_FORMS)('actual %s', (label, actual) => {
    const r = f.status(actual, 'Đạt');
    if (label in expected) expect(r).toEqual({ ok: true, value: expected[label] });
    else expect(r).toMatchObject({ ok: false, error: 'value' });
  });
});

describe('seed targets: status, gap, progress, score, threshold and comparison', () => {
  // [target, actual, status, gap, progress, score, TARGET, TARGETOP]
  const rows: [string, unknown, string, number | null, number, number, number | boolean, string][] = [
    ['Đạt tối thiểu 70%', '65%', 'Chưa đạt', -0.05, 0.9285714286, 0.9285714286, 0.7, '>='],
    // A strict bound reached but not passed: not met, so short of 100 % (99 %), never "100 %" beside "Chưa đạt".
    ['Trên 80%', 0.8, 'Chưa đạt', 0, 0.99, 0.99, 0.8, '>'],
    ['Trên 80%', '92,5%', 'Đạt', 0.125, 1.15625, 1, 0.8, '>'],
    ['≥ 2%/năm', '2,5%', 'Đạt', 0.005, 1.25, 1, 0.02, '>='],
    ['01 doanh nghiệp/1.000 dân', '0,5/1.000', 'Chưa đạt', -0.5, 0.5, 0.5, 1, '>='],
    ['9/9 nền tảng', '7/9', 'Chưa đạt', -2, 0.7777777778, 0.7777777778, 9, '>='],
    ['9/9 nền tảng', 9, 'Đạt', 0, 1, 1, 9, '>='],
    ['100%', '100%', 'Đạt', 0, 1, 1, 1, '>='],
    ['Không quá 5%', '4%', 'Đạt', 0.01, 1, 1, 0.05, '<='],
    ['Không quá 5%', '10%', 'Chưa đạt', -0.05, 0.5, 0.5, 0.05, '<='],
    ['≤ 10%', 0.12, 'Chưa đạt', -0.02, 0.8333333333, 0.8333333333, 0.1, '<='],
    ['0.70', 0.72, 'Đạt', 0.02, 1.0285714286, 1, 0.7, '>='],
    ['Dưới 3%', '2%', 'Đạt', 0.01, 1, 1, 0.03, '<'],
  ];
  test.each(rows)('%s with result %p', (target, actual, label, gap, progress, score, threshold, op) => {
    expect(f.status(actual, target)).toEqual({ ok: true, value: label });
    expect(f.met(actual, target)).toEqual({ ok: true, value: label === 'Đạt' });
    const g = f.gap(actual, target);
    expect(g.ok && g.value).toBeCloseTo(gap!, 9);
    const p = f.progress(actual, target);
    expect(p.ok && p.value).toBeCloseTo(progress, 9);
    expect(f.score(actual, target)).toEqual({ ok: true, value: score });
    expect(f.targetValue(target)).toEqual({ ok: true, value: threshold });
    expect(f.targetOp(target)).toEqual({ ok: true, value: op });
  });

  test('a yes/no target has TRUE as threshold and "=" as comparison; GAP explains it has no number', () => {
    expect(f.targetValue('Đạt')).toEqual({ ok: true, value: true });
    expect(f.targetOp('Đạt')).toEqual({ ok: true, value: '=' });
    expect(f.progress('Đạt', 'Đạt')).toEqual({ ok: true, value: 1 });
    expect(f.score('Chưa đạt', 'Đạt')).toEqual({ ok: true, value: 0 });
    expect(f.gap('Đạt', 'Đạt')).toMatchObject({ ok: false, error: 'value', message: expect.stringMatching(/DTI\.STATUS/) });
  });
});

describe('English labels', () => {
  test.each([
    ['85%', 'Met'],
    ['60%', 'Not met'],
    [null, 'No data'],
  ])('%p → %s', (actual, label) => {
    expect(f.status(actual, '≥ 80%', undefined, 'en')).toEqual({ ok: true, value: label });
    expect(f.status(actual, '≥ 80%', undefined, 'EN-us')).toEqual({ ok: true, value: label });
  });
  test('an unknown language is #VALUE!, not Vietnamese by accident', () => {
    expect(f.status('85%', '≥ 80%', undefined, 'fr')).toMatchObject({ ok: false, error: 'value' });
  });
  test('an invalid target explains itself in English with lang "en"', () => {
    const r = f.status('85%', 'abc', undefined, 'en');
    expect(r).toMatchObject({ ok: false, error: 'value', message: expect.stringMatching(/No threshold found/) });
  });
});

describe('no data is never a number or FALSE', () => {
  test.each([null, '', '   ', '-', 'Chưa có số liệu', 'Chưa báo cáo'])('actual %p', (actual) => {
    expect(f.status(actual, '≥ 80%')).toEqual({ ok: true, value: 'Chưa có số liệu' });
    for (const r of [f.met(actual, '≥ 80%'), f.gap(actual, '≥ 80%'), f.progress(actual, '≥ 80%'), f.score(actual, '≥ 80%')]) {
      expect(r).toEqual({ ok: false, error: 'na', message: 'Chưa có số liệu' });
    }
  });
});

test('a stored number up to 1 is the fraction Excel keeps for a percentage: 0.06 shown as 6% against "Không quá 5%"', () => {
  expect(f.status(0.06, 'Không quá 5%')).toEqual({ ok: true, value: 'Chưa đạt' });
  expect(f.gap(0.06, 'Không quá 5%')).toMatchObject({ ok: true, value: expect.closeTo(-0.01, 9) });
});

describe('invalid targets and results are #VALUE! with a Vietnamese reason', () => {
  test.each([
    ['unreadable target text', '85%', 'abc', undefined, /Không tìm thấy mức chỉ tiêu/],
    ['two thresholds', '85%', '70% năm 2026, 100% năm 2030', undefined, /nhiều mức/],
    ['empty target', '85%', null, undefined, /Ô chỉ tiêu để trống/],
    ['unit says yes/no but target is a number', '85%', '80%', 'Đạt', /Đạt\/Không đạt nhưng chỉ tiêu lại là một con số/],
    ['unit says % but target has no number', 'Đạt', 'Đạt', '%', /là tỷ lệ nhưng chỉ tiêu không có con số/],
    ['word for a number target', 'Tốt', '≥ 80%', undefined, /Không đọc được "Tốt"/],
    ['"0,9" typed as text next to a 3% target (0.9% or 90%?)', '0,9', 'Dưới 3%', undefined, /không rõ là 0.9% hay 90%/],
    ['error in the target cell', '85%', { error: '#NAME?' }, undefined, /Ô chỉ tiêu đang báo lỗi #NAME\?/],
    ['error in the unit cell', '85%', '≥ 80%', { error: '#REF!' }, /Ô đơn vị tính đang báo lỗi #REF!/],
  ])('%s', (_label, actual, target, unit, message) => {
    for (const r of [f.status(actual, target, unit), f.met(actual, target, unit), f.gap(actual, target, unit), f.score(actual, target, unit)]) {
      expect(r).toMatchObject({ ok: false, error: 'value' });
      if (!r.ok) expect(r.message).toMatch(message);
    }
  });

  test('#N/A in a result (a lookup that found nothing) stays #N/A', () => {
    expect(f.status({ error: '#N/A' }, '≥ 80%')).toMatchObject({ ok: false, error: 'na', message: 'Ô kết quả đang báo lỗi #N/A.' });
  });

  test('a host error object (CustomFunctions.Error has a code) is read as that error', () => {
    expect(f.status({ code: '#DIV/0!', message: '' }, '≥ 80%')).toMatchObject({ ok: false, message: expect.stringMatching(/#DIV\/0!/) });
  });
});

describe('a bare number target at most 1 (a cell showing 80%) against a result like 80', () => {
  test('asks for a unit instead of calling 80 ≥ 0.8 met', () => {
    const r = f.status(75, 0.8);
    expect(r).toMatchObject({ ok: false, error: 'value' });
    if (!r.ok) expect(r.message).toContain('Không rõ chỉ tiêu 0,8 là tỷ lệ 80%');
  });
  test('with the unit "%" the same cells give the right status', () => {
    expect(f.status(75, 0.8, '%')).toEqual({ ok: true, value: 'Chưa đạt' });
    expect(f.status(85, 0.8, 'Tỷ lệ')).toEqual({ ok: true, value: 'Đạt' });
    expect(f.gap(75, 0.8, '%')).toEqual({ ok: true, value: -0.05 });
  });
  test('results on the same scale need no unit', () => {
    expect(f.status(0.75, 0.8)).toEqual({ ok: true, value: 'Chưa đạt' });
    expect(f.status('85%', 0.8)).toEqual({ ok: true, value: 'Đạt' });
  });
  test('the index "0.70" against 80 is refused too', () => {
    expect(f.met(80, '0.70')).toMatchObject({ ok: false, error: 'value' });
  });
});

describe('EXPECTED: straight line from the baseline to the target', () => {
  test('half-way in time is half-way in value', () => {
    // 1/1/2025 → 1/1/2027 (730 days); 2/1/2026 is day 366 of 730.
    const r = f.expected('80%', '40%', '01/01/2025', '01/01/2027', '02/01/2026');
    expect(r.ok && r.value).toBeCloseTo(0.4 + 0.4 * (366 / 730), 9);
  });
  test('dates as Excel serial numbers', () => {
    // 45658 = 01/01/2025, 46388 = 01/01/2027, 46023 = 01/01/2026.
    const r = f.expected('80%', 40, 45658, 46388, 46023);
    expect(r.ok && r.value).toBeCloseTo(0.4 + 0.4 * (365 / 730), 9);
  });
  test('months: "Tháng 1/2025" starts on the 1st, "Tháng 12/2026" ends on the 31st', () => {
    expect(f.expected('80%', '40%', 'Tháng 1/2025', 'Tháng 12/2026', '31/12/2026')).toEqual({ ok: true, value: 0.8 });
    expect(f.expected('80%', '40%', 'Tháng 1/2025', 'Tháng 12/2026', '01/01/2025')).toEqual({ ok: true, value: 0.4 });
  });
  test('clamped to the baseline before the start and to the target after the deadline', () => {
    expect(f.expected('80%', '40%', '01/01/2025', '31/12/2026', '01/06/2020')).toEqual({ ok: true, value: 0.4 });
    expect(f.expected('80%', '40%', '01/01/2025', '31/12/2026', '01/06/2030')).toEqual({ ok: true, value: 0.8 });
  });
  test('a downward target ("Không quá 5%") goes down', () => {
    const r = f.expected('Không quá 5%', '15%', '01/01/2025', '01/01/2027', '02/01/2026');
    expect(r.ok && r.value).toBeLessThan(0.15);
    expect(r.ok && r.value).toBeGreaterThan(0.05);
  });
  test.each([
    ['deadline before start', ['80%', '40%', '31/12/2026', '01/01/2025', '01/01/2026'], /Thời hạn phải sau ngày bắt đầu/],
    ['unreadable date', ['80%', '40%', 'sớm', '31/12/2026', '01/01/2026'], /Không đọc được "sớm" ở ô ngày bắt đầu/],
    ['impossible date', ['80%', '40%', '31/02/2025', '31/12/2026', '01/01/2026'], /ngày bắt đầu/],
    ['empty baseline', ['80%', null, '01/01/2025', '31/12/2026', '01/01/2026'], /giá trị đầu kỳ để trống/],
    ['yes/no target', ['Đạt', '40%', '01/01/2025', '31/12/2026', '01/01/2026'], /không có lộ trình/],
  ])('%s → #VALUE!', (_label, args, message) => {
    const [t, b, s, d, o] = args as unknown[];
    const r = f.expected(t, b, s, d, o);
    expect(r).toMatchObject({ ok: false, error: 'value' });
    if (!r.ok) expect(r.message).toMatch(message);
  });
});

describe('ONTRACK', () => {
  const path = ['80%', '40%', '01/01/2025', '01/01/2027', '02/01/2026'] as const; // expected ≈ 60%
  test.each([
    ['65%', 'Đúng tiến độ', 'On track'],
    ['55%', 'Chậm tiến độ', 'Behind schedule'],
    ['85%', 'Đúng tiến độ', 'On track'],
    [null, 'Chưa có số liệu', 'No data'],
  ])('result %p', (actual, vi, en) => {
    expect(f.onTrack(actual, ...path)).toEqual({ ok: true, value: vi });
    expect(f.onTrack(actual, ...path, undefined, 'en')).toEqual({ ok: true, value: en });
  });
  test('for "Không quá 5%" from 15%, lower is better', () => {
    const down = ['Không quá 5%', '15%', '01/01/2025', '01/01/2027', '02/01/2026'] as const; // expected ≈ 10%
    expect(f.onTrack('9%', ...down)).toEqual({ ok: true, value: 'Đúng tiến độ' });
    expect(f.onTrack('12%', ...down)).toEqual({ ok: true, value: 'Chậm tiến độ' });
  });
});

describe('ONTRACK(…, "en") says why it cannot answer in English, and in Vietnamese without "en"', () => {
  const REF = { error: '#REF!' };
  test.each([
    ['deadline before start', ['65%', '80%', '40%', '31/12/2026', '01/01/2025', '01/01/2026'], 'The deadline must come after the start.'],
    ['unreadable start', ['65%', '80%', '40%', 'sớm', '31/12/2026', '01/01/2026'], '"sớm" in the start date cell cannot be read as a date (e.g. 31/12/2026 or "Tháng 12/2026").'],
    ['impossible deadline', ['65%', '80%', '40%', '01/01/2025', '31/02/2027', '01/01/2026'], '"31/02/2027" in the deadline cell is not a day that exists.'],
    ['empty as-of date', ['65%', '80%', '40%', '01/01/2025', '31/12/2026', null], 'The as-of date cell is empty.'],
    ['a fraction as the start', ['65%', '80%', '40%', 0.5, '31/12/2026', '01/01/2026'], 'The start date cell is not a date (0.5).'],
    ['TRUE as the start', ['65%', '80%', '40%', true, '31/12/2026', '01/01/2026'], 'The start date cell is not a date.'],
    ['#REF! in the start', ['65%', '80%', '40%', REF, '31/12/2026', '01/01/2026'], 'The start date cell shows the error #REF!.'],
    ['#REF! in the baseline', ['65%', '80%', REF, '01/01/2025', '31/12/2026', '01/01/2026'], 'The baseline cell shows the error #REF!.'],
    ['empty baseline', ['65%', '80%', null, '01/01/2025', '31/12/2026', '01/01/2026'], 'The baseline cell is empty (enter 0 to start from zero).'],
    ['yes/no target', ['Đạt', 'Đạt', '40%', '01/01/2025', '31/12/2026', '01/01/2026'], 'A yes/no target has no numeric path; use DTI.STATUS.'],
    ['#REF! as the result', [REF, '80%', '40%', '01/01/2025', '31/12/2026', '01/01/2026'], 'The result cell shows the error #REF!.'],
  ])('%s', (_label, args, english) => {
    const [a, t, b, s, d, o] = args as unknown[];
    const en = f.onTrack(a, t, b, s, d, o, undefined, 'en');
    expect(en).toEqual({ ok: false, error: 'value', message: english });
    const vi = f.onTrack(a, t, b, s, d, o);
    expect(!vi.ok && [vietnameseWords(vi.message).length > 0, englishWords(vi.message)]).toEqual([true, []]);
  });
});

describe('RATIO', () => {
  test.each([
    [45, 60, 0.75],
    ['1.000', '4.000', 0.25],
    ['0,5', 2, 0.25],
    ['45%', 1, 0.45],
  ])('%p / %p', (n, d, value) => {
    expect(f.ratio(n, d)).toEqual({ ok: true, value });
  });
  test('denominator 0 is #DIV/0!, not 0 or Infinity', () => {
    expect(f.ratio(3, 0)).toMatchObject({ ok: false, error: 'div0' });
    expect(f.ratio(3, '0')).toMatchObject({ ok: false, error: 'div0' });
  });
  test('an empty count is #N/A (no data), TRUE or a word is #VALUE!', () => {
    expect(f.ratio(null, 10)).toMatchObject({ ok: false, error: 'na' });
    expect(show(f.ratio(true, 10))).toMatch(/^#VALUE! Ô tử số cần một con số/);
    expect(show(f.ratio(5, 'nhiều'))).toMatch(/^#VALUE! Không đọc được "nhiều" ở ô mẫu số/);
  });
});
