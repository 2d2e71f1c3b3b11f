import { parseMonthHeader } from '../../src/core/months';

/** The evidence column the merge makes names a month, but holds documents, not results. */
test.each([
  ['Minh chứng 11/2026', null],
  ['Minh chứng T11', null],
  ['Tài liệu kiểm chứng tháng 11/2026', null],
  ['Kết quả tháng 11/2026', { year: 2026, month: 11 }],
])('%s', (header, month) => {
  expect(parseMonthHeader(header)).toEqual(month);
});
