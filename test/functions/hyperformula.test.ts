import type { HyperFormula } from 'hyperformula';
import { setErrorFactory } from '../../src/functions/errors';
import { buildSheet, registerDti } from '../../kit/hyperformula/dti-hyperformula';
import { loadMetadata } from '../../kit/hyperformula/metadata-source';

beforeAll(async () => {
  registerDti(await loadMetadata());
});
afterAll(() => setErrorFactory());

/** A value as a test reads it: errors as "#CODE message". */
function read(hf: HyperFormula, a1: string): unknown {
  const address = hf.simpleCellAddressFromString(a1, 0)!;
  const v = hf.getCellValue(address);
  if (v && typeof v === 'object' && 'value' in v) return `${v.value} ${v.message}`.trim();
  return v;
}

test('a plan sheet: one status formula per row over results, targets and units', () => {
  const hf = buildSheet([
    ['Kết quả', 'Chỉ tiêu', 'ĐVT', 'Tình trạng', 'Đạt?'],
    [0.8, 'Đạt tối thiểu 70%', '%', '=DTI.STATUS(A2,B2,C2)', '=DTI.MET(A2,B2,C2)'],
    ['65%', 'Trên 80%', '%', '=DTI.STATUS(A3,B3,C3)', '=DTI.MET(A3,B3,C3)'],
    [null, '9/9 nền tảng', 'nền tảng', '=DTI.STATUS(A4,B4,C4)', '=DTI.MET(A4,B4,C4)'],
    ['Đạt', 'Đạt', 'Đạt', '=DTI.STATUS(A5,B5,C5)', '=DTI.MET(A5,B5,C5)'],
    ['7/9', '9/9 nền tảng', null, '=DTI.STATUS(A6,B6)', '=DTI.MET(A6,B6)'],
    [null, null, null, null, '=COUNTIF(E2:E6,TRUE())'],
  ]);
  expect(['D2', 'D3', 'D4', 'D5', 'D6'].map((a) => read(hf, a))).toEqual(['Đạt', 'Chưa đạt', 'Chưa có số liệu', 'Đạt', 'Chưa đạt']);
  expect(read(hf, 'E4')).toBe('#N/A Chưa có số liệu');
  // COUNTIF counts the TRUE cells and skips the #N/A of the row without data.
  expect(read(hf, 'E7')).toBe(2);
  hf.destroy();
});

test('a range argument spills a column of results', () => {
  const hf = buildSheet([
    [0.8, '=DTI.STATUS(A1:A4,"≥ 70%")', '=DTI.GAP(A1:A4,"≥ 70%")'],
    ['65%'],
    [null],
    ['abc'],
    [null, '=COUNTIF(B1:B4,"Đạt")'],
  ]);
  expect(['B1', 'B2', 'B3', 'B4'].map((a) => read(hf, a))).toEqual([
    'Đạt',
    'Chưa đạt',
    'Chưa có số liệu',
    '#VALUE! Không đọc được "abc" thành một con số.',
  ]);
  expect(read(hf, 'C1')).toBeCloseTo(0.1, 9);
  expect(read(hf, 'C2')).toBeCloseTo(-0.05, 9);
  expect(read(hf, 'C3')).toBe('#N/A Chưa có số liệu');
  expect(read(hf, 'B5')).toBe(1);
  hf.destroy();
});

test('error values inside a range are explained per row; empty cells read as no data', () => {
  const hf = buildSheet([
    ['=1/0', '=DTI.STATUS(A1:A3,"Đạt")'],
    ['=NA()'],
    [''],
  ]);
  expect(read(hf, 'B1')).toBe('#VALUE! Ô kết quả đang báo lỗi #DIV/0!.');
  expect(read(hf, 'B2')).toBe('#N/A Ô kết quả đang báo lỗi #N/A.');
  expect(read(hf, 'B3')).toBe('Chưa có số liệu');
  hf.destroy();
});

test('threshold, comparison, path, ratio and English labels in formulas', () => {
  const hf = buildSheet([
    ['=DTI.TARGET("Đạt tối thiểu 70%")', '=DTI.TARGETOP("Không quá 5%")', '=DTI.TARGET("Đạt")'],
    ['=DTI.EXPECTED("80%","40%",DATE(2025,1,1),DATE(2027,1,1),DATE(2026,1,2))', '=DTI.ONTRACK("65%","80%","40%",DATE(2025,1,1),DATE(2027,1,1),DATE(2026,1,2),,"en")'],
    ['=DTI.RATIO(45,60)', '=DTI.RATIO(1,0)', '=DTI.STATUS(0.9,"≥ 80%",,"en")'],
  ]);
  expect(read(hf, 'A1')).toBe(0.7);
  expect(read(hf, 'B1')).toBe('<=');
  expect(read(hf, 'C1')).toBe(true);
  expect(read(hf, 'A2')).toBeCloseTo(0.4 + 0.4 * (366 / 730), 9);
  expect(read(hf, 'B2')).toBe('On track');
  expect(read(hf, 'A3')).toBe(0.75);
  expect(read(hf, 'B3')).toBe('#DIV/0! Mẫu số bằng 0: không tính được tỷ lệ.');
  expect(read(hf, 'C3')).toBe('Met');
  hf.destroy();
});
