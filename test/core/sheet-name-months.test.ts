import { monthOfSheetName } from '../../src/core/mapping/month-sheets';

describe('the month a sheet tab names', () => {
  test.each([
    ['T11', 11, null],
    ['Thang11', 11, null],
    ['Th.11', 11, null],
    ['Th 11', 11, null],
    ['11', 11, null],
    ['KQ T11', 11, null],
    ['T11-26', 11, 2026],
    ['Tháng 11 - 2026', 11, 2026],
    ['tháng mười một', 11, null],
    ['Tháng mười hai 2026', 12, 2026],
    ['Tháng Năm', 5, null],
    ['Nov-26', 11, 2026],
    ['Dec 2025', 12, 2025],
    ['November 2026', 11, 2026],
  ])('"%s" is month %i of %p', (name, month, year) => {
    expect(monthOfSheetName(name)).toEqual({ month, year });
  });

  test.each(['Kế hoạch', 'Năm 2026', '2026', '13', '0', 'Sheet1', 'Marketing', 'Ghi chú', 'Tổng hợp'])('"%s" names no month', (name) => {
    expect(monthOfSheetName(name)).toBeNull();
  });
});
