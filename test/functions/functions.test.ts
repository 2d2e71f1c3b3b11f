import * as excel from '../../src/functions/functions';
import { defaultErrorFactory, setErrorFactory } from '../../src/functions/errors';
import { asMatrix } from '../../src/functions/broadcast';

afterEach(() => {
  setErrorFactory();
  delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
});

const col = (...values: unknown[]): unknown[][] => values.map((v) => [v]);

describe('Excel wrappers take and give ranges', () => {
  test('a column of results against one target gives a column of statuses', () => {
    expect(excel.status(col(0.8, '65%', null, 'Đạt'), [['Đạt tối thiểu 70%']])).toEqual([
      ['Đạt'],
      ['Chưa đạt'],
      ['Chưa có số liệu'],
      [{ error: '#VALUE!', message: 'Chỉ tiêu này cần một con số, không phải "Đạt".' }],
    ]);
  });

  test('a column of results against a column of targets pairs them row by row', () => {
    expect(excel.met(col('80%', '7/9', 'Đạt'), col('≥ 70%', '9/9 nền tảng', 'Đạt'))).toEqual([[true], [false], [true]]);
  });

  test('a row of months against one target gives a row', () => {
    expect(excel.gap([['60%', '70%', '80%']], [['≥ 70%']])).toEqual([[-0.1, 0, 0.1]]);
  });

  test('a unit column is paired with its rows', () => {
    expect(excel.status(col(75, 75), col(0.8, 0.8), col('%', 'điểm'))).toEqual([['Chưa đạt'], ['Đạt']]);
  });

  test('a range shorter than the others leaves #N/A where it has no row', () => {
    const out = excel.status(col('80%', '60%', '90%'), col('≥ 70%', '≥ 70%'));
    expect(out[0]).toEqual(['Đạt']);
    expect(out[2]).toEqual([{ error: '#N/A', message: 'Các vùng ô không cùng kích thước.' }]);
  });

  test('scalars (as a host may pass them) work like 1×1 ranges', () => {
    expect(excel.score(0.35 as unknown as unknown[][], '≥ 70%' as unknown as unknown[][])).toEqual([[0.5]]);
    expect(asMatrix(undefined)).toEqual([[undefined]]);
    expect(asMatrix([1, 2])).toEqual([[1, 2]]);
  });

  test('every function answers a single cell', () => {
    const one = (v: unknown): unknown[][] => [[v]];
    expect(excel.progress(one('35%'), one('≥ 70%'))).toEqual([[0.5]]);
    expect(excel.target(one('9/9 nền tảng'))).toEqual([[9]]);
    expect(excel.targetOp(one('Dưới 3%'))).toEqual([['<']]);
    expect(excel.expected(one('80%'), one('40%'), one('Tháng 1/2025'), one('Tháng 12/2026'), one('31/12/2026'))).toEqual([[0.8]]);
    expect(excel.onTrack(one('50%'), one('80%'), one('40%'), one('01/01/2025'), one('01/01/2027'), one('02/01/2026'), undefined, 'en')).toEqual([
      ['Behind schedule'],
    ]);
    expect(excel.ratio(one(3), one(4))).toEqual([[0.75]]);
    expect(excel.status(one('85%'), one('≥ 80%'), undefined, 'en')).toEqual([['Met']]);
  });
});

describe('errors and registration', () => {
  test('the ids Excel calls are the frozen list', () => {
    expect(Object.keys(excel.FUNCTIONS)).toEqual(['GAP', 'STATUS', 'MET', 'PROGRESS', 'SCORE', 'TARGET', 'TARGETOP', 'EXPECTED', 'ONTRACK', 'RATIO']);
  });

  test('outside Office nothing is registered and nothing throws', () => {
    expect(excel.registerFunctions()).toBe(false);
  });

  test('inside Office every id is associated, and errors are CustomFunctions.Error with the message', () => {
    const associated: string[] = [];
    class FakeError {
      constructor(
        public code: string,
        public message?: string,
      ) {}
    }
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = {
      associate: (id: string) => associated.push(id),
      Error: FakeError,
      ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!' },
    };
    expect(excel.registerFunctions()).toBe(true);
    expect(associated).toEqual(Object.keys(excel.FUNCTIONS));

    const [[cell]] = excel.status([['abc']], [['≥ 70%']]) as [[FakeError]];
    expect(cell).toBeInstanceOf(FakeError);
    expect(cell.code).toBe('#VALUE!');
    expect(cell.message).toBe('Không đọc được "abc" thành một con số.');
    // Excel refuses a message on #DIV/0!: none is sent.
    const [[div]] = excel.ratio([[1]], [[0]]) as [[FakeError]];
    expect(div.code).toBe('#DIV/0!');
    expect(div.message).toBeUndefined();
  });

  test('a host can install its own error factory', () => {
    setErrorFactory((kind, message) => `${kind}:${message}`);
    expect(excel.met([[null]], [['≥ 70%']])).toEqual([['na:Chưa có số liệu']]);
    setErrorFactory();
    expect(defaultErrorFactory('num', 'x')).toEqual({ error: '#NUM!', message: 'x' });
  });
});
