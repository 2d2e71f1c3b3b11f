import { createFakeHost } from '../fakes/fake-excel';
import { seedWorkbook } from '../fakes/seed-workbook';

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
