import { clearTargetCache, status, TARGET_CACHE_LIMIT, targetCacheStats } from '../../src/core/formulas';
import * as excel from '../../src/functions/functions';

beforeEach(() => clearTargetCache());

test('ten thousand cells with the same target text parse it once', () => {
  for (let i = 0; i < 10000; i++) status(i % 100, 'Đạt tối thiểu 70%');
  expect(targetCacheStats()).toEqual({ parses: 1, size: 1 });
});

test('a column of 10,000 results through the Excel wrapper parses the single target once', () => {
  const column = Array.from({ length: 10000 }, (_, i) => [`${i % 100}%`]);
  const out = excel.status(column, [['Đạt tối thiểu 70%']]);
  expect(out).toHaveLength(10000);
  expect(out[69]).toEqual(['Chưa đạt']);
  expect(out[70]).toEqual(['Đạt']);
  expect(targetCacheStats().parses).toBe(1);
});

test('the same text under another unit is another target', () => {
  expect(status(75, 0.8, '%')).toEqual({ ok: true, value: 'Chưa đạt' });
  expect(status(0.75, 0.8)).toEqual({ ok: true, value: 'Chưa đạt' });
  expect(targetCacheStats().parses).toBe(2);
});

test('the number 80 and the text "80" are kept apart', () => {
  status(0.5, 80);
  status(0.5, '80');
  status(0.5, '80%');
  expect(targetCacheStats().parses).toBe(3);
});

test('the cache stays bounded on a sheet with many distinct targets, and stays correct', () => {
  for (let i = 0; i < TARGET_CACHE_LIMIT * 2 + 10; i++) status('50%', `Đạt tối thiểu ${i % 100}.${i}%`);
  expect(targetCacheStats().size).toBeLessThanOrEqual(TARGET_CACHE_LIMIT);
  expect(status('50%', 'Đạt tối thiểu 70%')).toEqual({ ok: true, value: 'Chưa đạt' });
});
