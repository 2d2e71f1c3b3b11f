import { createFakeHost } from '../../kit/fake-excel/fake-excel';
import { seedWorkbook } from '../../kit/fake-excel/seed-workbook';

describe('the fake Excel behaves like Office.js where the adapter relies on it', () => {
  test('a property read before load + sync throws, and reads after sync', async () => {
    const host = createFakeHost(seedWorkbook());
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Ghi chú').getRange('A1');
      expect(() => range.values).toThrow(/not available/);
      range.load('values');
      expect(() => range.values).toThrow(/not available/);
      await context.sync();
      expect(range.values).toEqual([['Ghi chú của Phòng Văn hóa - Xã hội']]);
    });
    expect(host.workbook.syncs).toBe(1);
  });

  test('writes happen at sync, not before', async () => {
    const host = createFakeHost(seedWorkbook());
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Ghi chú').getRange('C1').values = [['mới']];
      expect(host.workbook.sheet('Ghi chú').cell(0, 2).value).toBe('');
      await context.sync();
      expect(host.workbook.sheet('Ghi chú').cell(0, 2).value).toBe('mới');
    });
  });
});

describe('the fake converts what is written into a General cell as Excel (en-US) does', () => {
  const write = async (input: string, numberFormat?: string) => {
    const host = createFakeHost(seedWorkbook());
    await host.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Ghi chú').getRange('D1');
      if (numberFormat) range.numberFormat = [[numberFormat]];
      range.formulas = [[input]];
      await context.sync();
    });
    const cell = host.workbook.sheet('Ghi chú').cell(0, 3);
    return { value: cell.value, formula: cell.formula, numberFormat: cell.numberFormat };
  };
  const thisYear = new Date().getFullYear();

  test.each([
    ['07', 7, 'General'],
    [' 12 ', 12, 'General'],
    ['1.000', 1, 'General'],
    ['1,000', 1000, '#,##0'],
    ['1,5', 15, '#,##0'],
    ['1.1', 1.1, 'General'],
    ['-5', -5, 'General'],
    ['(5)', -5, 'General'],
    ['12%', 0.12, '0%'],
    ['12.5%', 0.125, '0.00%'],
    ['+5%', 0.05, '0%'],
    ['1E3', 1000, '0.00E+00'],
    ['2026-11', 46327, 'mmm-yy'],
    ['11/2026', 46327, 'mmm-yy'],
    ['1/1/2026', 46023, 'm/d/yyyy'],
    ['2026-11-05', 46331, 'm/d/yyyy'],
    ['10:30', 0.4375, 'h:mm'],
  ])('%j becomes the number %p shown as %p', async (input, value, format) => {
    expect(await write(input)).toEqual({ value, formula: undefined, numberFormat: format });
  });

  test('"7/9" (seven of nine platforms) becomes 9 July of this year, a date', async () => {
    const serial = Math.round((Date.UTC(thisYear, 6, 9) - Date.UTC(1899, 11, 30)) / 86_400_000);
    expect(await write('7/9')).toEqual({ value: serial, formula: undefined, numberFormat: 'd-mmm' });
    expect((await write('7-9')).value).toBe(serial);
  });

  test('TRUE and FALSE become booleans; "=…", "-…", "+…" become formulas', async () => {
    expect((await write('TRUE')).value).toBe(true);
    expect((await write('false')).value).toBe(false);
    expect(await write('=SUM(A1:A2)')).toMatchObject({ formula: '=SUM(A1:A2)', value: '' });
    expect(await write('- Sở Khoa học và Công nghệ;')).toMatchObject({ formula: '=- Sở Khoa học và Công nghệ;', value: '' });
    expect(await write('+ thêm')).toMatchObject({ formula: '=+ thêm' });
  });

  test('text stays text: words, a lone dash, numbers that are not well formed', async () => {
    for (const input of ['Đạt', '-', '1.3a', '13/2026', 'I', '9/9 nền tảng', '1,,5']) expect(await write(input)).toEqual({ value: input, formula: undefined, numberFormat: 'General' });
  });

  test('a cell formatted as text (@) keeps every string as written', async () => {
    for (const input of ['07', '7/9', '2026-11', 'TRUE', '=SUM(A1)', '- Lưu: VT.', '12%']) expect(await write(input, '@')).toEqual({ value: input, formula: undefined, numberFormat: '@' });
  });

  test('a leading apostrophe keeps the rest as text and is not kept', async () => {
    expect(await write("'07")).toEqual({ value: '07', formula: undefined, numberFormat: 'General' });
    expect(await write("'=A1")).toEqual({ value: '=A1', formula: undefined, numberFormat: 'General' });
  });

  test('a cell with a format of its own keeps it when a number is written', async () => {
    expect(await write('12%', '0.0%')).toEqual({ value: 0.12, formula: undefined, numberFormat: '0.0%' });
  });

  test('values and formulas are converted alike; numbers and booleans pass through', async () => {
    const host = createFakeHost(seedWorkbook());
    await host.run(async (context) => {
      context.workbook.worksheets.getItem('Ghi chú').getRange('D1:G1').values = [['07', 0.5, true, '']];
      await context.sync();
    });
    const sheet = host.workbook.sheet('Ghi chú');
    expect([0, 1, 2, 3].map((c) => sheet.cell(0, 3 + c).value)).toEqual([7, 0.5, true, '']);
  });

  test('a user typing into a cell gets the same conversions (FakeSheet.type)', () => {
    const sheet = seedWorkbook().sheet('Ghi chú');
    expect(sheet.type(5, 0, '07').value).toBe(7);
    sheet.own(5, 1).numberFormat = '@';
    expect(sheet.type(5, 1, '07').value).toBe('07');
  });
});
