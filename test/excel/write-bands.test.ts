/**
 * The chunked writer: plans are cut into row bands that each fit one request.
 * Whatever the content (Vietnamese letters are 2–3 bytes in UTF-8, long cells,
 * many styles), the splitter ends, every band fits the budget or is a single
 * row that cannot be cut, and the bands cover every row exactly once, in order.
 */
import fc from 'fast-check';
import type { Block, CellStyle, CellWrite } from '../../src/core/writing/write-plan';
import { formulaInput, numberFormatInput } from '../../src/excel/cell-styles';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { bandsWithinBudget, prepareWrites } from '../../src/excel/write-plans';
import type { BlockWrite } from '../../src/excel/block-writes';
import { createFakeHost } from '../../kit/fake-excel/fake-excel';
import { seedWorkbook } from '../../kit/fake-excel/seed-workbook';

const VIETNAMESE = 'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵĐƯƠ ';
const vietnameseText = (max: number) => fc.array(fc.constantFrom(...VIETNAMESE), { maxLength: max }).map((chars) => chars.join(''));

const style: fc.Arbitrary<CellStyle | undefined> = fc.option(
  fc.record(
    {
      bold: fc.boolean(),
      italic: fc.boolean(),
      fontSize: fc.integer({ min: 8, max: 16 }),
      fill: fc.constantFrom('#F2F2F2', '#DDEBF7', '#C6EFCE'),
      horizontal: fc.constantFrom('left' as const, 'center' as const, 'right' as const),
      wrap: fc.boolean(),
      border: fc.boolean(),
      numberFormat: fc.constantFrom('0%', '0.0%', '#,##0', 'General'),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

const cell: fc.Arbitrary<CellWrite> = fc
  .record({
    content: fc.oneof(
      { weight: 4, arbitrary: vietnameseText(40).map((value) => ({ value })) },
      { weight: 1, arbitrary: vietnameseText(3_000).map((value) => ({ value })) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }).map((value) => ({ value })) },
      { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => ({ value })) },
      { weight: 1, arbitrary: fc.constantFrom(null, true, false, '').map((value) => ({ value })) },
      { weight: 1, arbitrary: fc.integer({ min: 1, max: 5_000 }).map((r) => ({ formula: `=DTI.STATUS(H${r},D${r},C${r})` })) },
    ),
    style,
  })
  .map(({ content, style: s }) => (s ? { ...content, style: s } : content));

const mixedBlock: fc.Arbitrary<Block> = fc.record({
  top: fc.integer({ min: 1, max: 1_000 }),
  left: fc.integer({ min: 0, max: 20 }),
  cells: fc.array(fc.array(cell, { minLength: 0, maxLength: 8 }), { maxLength: 40 }),
});

/** A report-like table: many rows of Vietnamese text, where UTF-8 bytes are two to three times the characters. */
const textBlock: fc.Arbitrary<Block> = fc.record({
  top: fc.integer({ min: 1, max: 1_000 }),
  left: fc.constant(0),
  cells: fc.array(fc.array(vietnameseText(120).map((value): CellWrite => ({ value })), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 300 }),
});

const block = fc.oneof(mixedBlock, textBlock);

/** The rows a band carries, as the formulas Excel receives (trailing padding dropped to each row's own width). */
function rowsOf(band: BlockWrite, widths: number[]): unknown[][] {
  return band.formulas.map((line, r) => line.slice(0, widths[r]));
}

describe('bandsWithinBudget', () => {
  test('ends; every band fits or is one row; the bands cover every row once, in order, with the cells as planned', () => {
    fc.assert(
      fc.property(fc.array(block, { maxLength: 3 }), fc.integer({ min: 200, max: 60_000 }), (blocks, budget) => {
        const bands = bandsWithinBudget(blocks, budget);
        for (const band of bands) expect(band.bytes <= budget || band.rows === 1).toBe(true);

        let at = 0;
        for (const b of blocks) {
          let next = b.top - 1;
          const carried: unknown[][] = [];
          while (next < b.top - 1 + b.cells.length) {
            const band = bands[at++]!;
            expect([band.row, band.col]).toEqual([next, b.left]);
            expect(band.rows).toBeGreaterThan(0);
            const widths = b.cells.slice(next - (b.top - 1), next - (b.top - 1) + band.rows).map((line) => line.length);
            carried.push(...rowsOf(band, widths));
            next += band.rows;
          }
          expect(next).toBe(b.top - 1 + b.cells.length);
          expect(carried).toEqual(b.cells.map((line) => line.map(formulaInput)));
        }
        expect(at).toBe(bands.length);
      }),
      { numRuns: 300 },
    );
  });

  test('a band whose characters fit but whose UTF-8 bytes do not is cut (it used to come back unchanged, forever)', () => {
    // 200 rows of Vietnamese text: about 8,000 bytes of characters and 3 times as many of UTF-8.
    const text = 'Tỷ lệ hộ gia đình có cáp quang ở xã Ứng dụng nền tảng số'.repeat(3);
    const cells = Array.from({ length: 200 }, () => [{ value: text }]);
    const bands = bandsWithinBudget([{ top: 1, left: 0, cells }], 20_000);
    expect(bands.length).toBeGreaterThan(1);
    for (const band of bands) expect(band.bytes).toBeLessThanOrEqual(20_000);
    expect(bands.reduce((n, b) => n + b.rows, 0)).toBe(200);
  });

  test('text cells are sent formatted as text, numbers with their planned format', () => {
    const [band] = bandsWithinBudget([{ top: 1, left: 0, cells: [[{ value: '07' }, { value: 0.5, style: { numberFormat: '0%' } }, { formula: '=A1' }, { value: "'x" }]] }]);
    expect(band!.numberFormat).toEqual([['@', '0%', 'General', 'General']]);
    expect(band!.formulas).toEqual([['07', 0.5, '=A1', "''x"]]);
    expect([{ value: '' }, {}].map((c) => numberFormatInput(c))).toEqual(['General', 'General']);
  });
});

describe('a row too large for any request', () => {
  const huge = 'ộ'.repeat(600_000); // 1.8 MB of UTF-8
  const plan = { sheet: 'Báo cáo T11-2026', mode: 'create' as const, blocks: [{ top: 1, left: 0, cells: [[{ value: 'Tiêu đề' }], [{ value: huge }, { value: huge }, { value: huge }]] }] };

  test('is named in a plain message', () => {
    const { tooLarge } = prepareWrites([plan]);
    expect(tooLarge).toHaveLength(1);
    expect(tooLarge[0]).toMatchObject({ sheet: 'Báo cáo T11-2026', where: '2:2', reason: 'too-large' });
    expect(tooLarge[0]!.message.vi).toMatch(/^Dòng 2 của trang "Báo cáo T11-2026" quá lớn .* \(khoảng 5,4 MB, tối đa 4 MB\).*Chưa ghi gì/);
    expect(tooLarge[0]!.message.en).toMatch(/^Row 2 of "Báo cáo T11-2026" is too large .* \(about 5.4 MB; at most 4 MB\).*Nothing was written/);
  });

  test('is refused by the adapter before Excel is asked anything: nothing is written, no sync', async () => {
    const workbook = seedWorkbook();
    const port = new OfficeWorkbook(createFakeHost(workbook));
    workbook.syncs = 0;
    const result = await port.apply([plan]);
    expect(result).toMatchObject({ ok: false, blocked: [{ reason: 'too-large', where: '2:2' }] });
    expect(workbook.syncs).toBe(0);
    expect(workbook.findSheet('Báo cáo T11-2026')).toBeUndefined();
  });
});
