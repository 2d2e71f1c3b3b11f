import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Grid } from '../../src/core/grid';
import { readPackageGrids, readPackageLayout, zipParts } from '../../src/xlsx/read/read-package';
import { buildPackage, type PackageSpec } from '../../kit/package-builder';

async function grids(spec: PackageSpec): Promise<Grid[]> {
  return readPackageGrids(zipParts(await JSZip.loadAsync(await buildPackage(spec))));
}

const cell = (grid: Grid, address: string): unknown => {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = m[1]!.split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return grid.rows[Number(m[2]) - 1]?.[col];
};

describe('reading a worksheet part: values as the file keeps them', () => {
  test('cached formula results: 0 is the number 0, empty text is "", no kept result is null (never calculated)', async () => {
    const [g] = await grids({
      sheets: [
        {
          name: 'KQ',
          rows: `<{p}row r="1"><{p}c r="A1"><{p}f>B1*0</{p}f><{p}v>0</{p}v></{p}c><{p}c r="B1" t="str"><{p}f>IFERROR(1/0,"")</{p}f><{p}v></{p}v></{p}c><{p}c r="C1"><{p}f>1/2</{p}f></{p}c><{p}c r="D1" t="str"><{p}f>"x"&amp;"y"</{p}f><{p}v>xy</{p}v></{p}c></{p}row>`,
        },
      ],
    });
    expect(cell(g!, 'A1')).toEqual({ value: 0, formula: '=B1*0' });
    expect(cell(g!, 'B1')).toEqual({ value: '', formula: '=IFERROR(1/0,"")' });
    expect(cell(g!, 'C1')).toEqual({ value: null, formula: '=1/2' });
    expect(cell(g!, 'D1')).toEqual({ value: 'xy', formula: '="x"&"y"' });
  });

  test('shared formulas: each cell keeps its own cached result, and the master\'s formula text', async () => {
    const [g] = await grids({
      sheets: [{ name: 'S', rows: `<{p}row r="1"><{p}c r="A1"><{p}f t="shared" ref="A1:A3" si="0">B1/C1</{p}f><{p}v>0.5</{p}v></{p}c></{p}row><{p}row r="2"><{p}c r="A2"><{p}f t="shared" si="0"/><{p}v>0</{p}v></{p}c></{p}row><{p}row r="3"><{p}c r="A3"><{p}f t="shared" si="0"/></{p}c></{p}row>` }],
    });
    expect([cell(g!, 'A1'), cell(g!, 'A2'), cell(g!, 'A3')]).toEqual([
      { value: 0.5, formula: '=B1/C1' },
      { value: 0, formula: '=B1/C1' },
      { value: null, formula: '=B1/C1' },
    ]);
  });

  test('shared strings (runs joined, phonetic hints left out), inline strings, booleans, errors, ISO dates', async () => {
    const [g] = await grids({
      sharedStrings: ['Tỷ lệ hồ sơ', '<{p}r><{p}t>Trên </{p}t></{p}r><{p}r><{p}t>80%</{p}t></{p}r><{p}rPh sb="0" eb="1"><{p}t>ヨミ</{p}t></{p}rPh>'].map((s) => s.replace(/\{p\}/g, '')),
      sheets: [
        {
          name: 'V',
          rows: `<{p}row r="1"><{p}c r="A1" t="s"><{p}v>0</{p}v></{p}c><{p}c r="B1" t="s"><{p}v>1</{p}v></{p}c><{p}c r="C1" t="inlineStr"><{p}is><{p}t>07</{p}t></{p}is></{p}c><{p}c r="D1" t="b"><{p}v>1</{p}v></{p}c><{p}c r="E1" t="e"><{p}v>#N/A</{p}v></{p}c><{p}c r="F1" t="d"><{p}v>2026-11-01T00:00:00Z</{p}v></{p}c></{p}row>`,
        },
      ],
    });
    expect(g!.rows[0]!.map((c) => c.value)).toEqual(['Tỷ lệ hồ sơ', 'Trên 80%', '07', true, { error: '#N/A' }, 46327]);
  });

  test("Excel's _xHHHH_ escapes are the characters they stand for, in shared strings, inline strings, text results and formulas", async () => {
    const [g] = await grids({
      sharedStrings: [
        '<t>Dòng 1_x000D__x000a_Dòng 2</t>',
        // An escaped underscore: the text is "_x0041_" itself, not "A".
        '<t>mã _x005F_x0041_</t>',
        // Each run is decoded on its own: "_x00" + "41_" are not one escape.
        '<r><t>_x00</t></r><r><t>41_ và _x0041_</t></r>',
        // Not escapes: too few digits, not hex, no closing underscore.
        '<t>_x41_ _x00G1_ _x0041</t>',
      ],
      sheets: [
        {
          name: 'X',
          rows: `<{p}row r="1"><{p}c r="A1" t="s"><{p}v>0</{p}v></{p}c><{p}c r="B1" t="s"><{p}v>1</{p}v></{p}c><{p}c r="C1" t="s"><{p}v>2</{p}v></{p}c><{p}c r="D1" t="s"><{p}v>3</{p}v></{p}c>` +
            `<{p}c r="E1" t="inlineStr"><{p}is><{p}t>Tab_x0009_Tab</{p}t></{p}is></{p}c><{p}c r="F1" t="str"><{p}f>"a"&amp;"_x000D_"</{p}f><{p}v>a_x000D_</{p}v></{p}c></{p}row>`,
        },
      ],
    });
    expect(g!.rows[0]!.map((c) => c.value)).toEqual(['Dòng 1\r\nDòng 2', 'mã _x0041_', '_x0041_ và A', '_x41_ _x00G1_ _x0041', 'Tab\tTab', 'a\r']);
    expect(cell(g!, 'F1')).toEqual({ value: 'a\r', formula: '="a"&"\r"' });
  });

  test('a damaged number ("NaN") stays a non-finite number for the core to call unreadable', async () => {
    const [g] = await grids({ sheets: [{ name: 'D', rows: `<{p}row r="1"><{p}c r="A1"><{p}v>NaN</{p}v></{p}c><{p}c r="B1"><{p}v>1e999</{p}v></{p}c></{p}row>` }] });
    expect((cell(g!, 'A1') as { value: number }).value).toBeNaN();
    expect((cell(g!, 'B1') as { value: number }).value).toBe(Infinity);
  });

  test('number formats from the cell style: built-in percent and date ids, custom codes', async () => {
    const [g] = await grids({
      formats: [{ id: 0 }, { id: 9 }, { id: 14 }, { id: 165, code: 'mm/yyyy' }],
      sheets: [{ name: 'F', rows: `<{p}row r="1"><{p}c r="A1" s="1"><{p}v>0.8</{p}v></{p}c><{p}c r="B1" s="2"><{p}v>46327</{p}v></{p}c><{p}c r="C1" s="3"><{p}v>46327</{p}v></{p}c><{p}c r="D1" s="0"><{p}v>5</{p}v></{p}c></{p}row>` }],
    });
    expect(g!.rows[0]).toEqual([{ value: 0.8, format: '0%' }, { value: 46327, format: 'mm-dd-yy' }, { value: 46327, format: 'mm/yyyy' }, { value: 5 }]);
  });

  test('merged areas, hidden rows, rows and cells without an address, gaps between rows', async () => {
    const [g] = await grids({
      sheets: [
        {
          name: 'M',
          rows: `<{p}row r="2" hidden="1"><{p}c r="B2"><{p}v>1</{p}v></{p}c></{p}row><{p}row><{p}c><{p}v>2</{p}v></{p}c><{p}c><{p}v>3</{p}v></{p}c></{p}row>`,
          after: `<{p}mergeCells count="1"><{p}mergeCell ref="A5:C6"/></{p}mergeCells>`,
        },
      ],
    });
    expect(g!.hiddenRows).toEqual([1]);
    expect(g!.rows.map((r) => r.map((c) => c.value))).toEqual([[], [null, 1], [2, 3]]);
    expect(g!.merges).toEqual([{ top: 4, left: 0, bottom: 5, right: 2 }]);
  });

  test('hidden columns: each <col> span that holds cells, a span to the last column cut at the data', async () => {
    const [g] = await grids({
      sheets: [
        {
          name: 'C',
          before: `<{p}cols><{p}col min="2" max="2" width="9" hidden="1"/><{p}col min="3" max="3" width="9"/><{p}col min="5" max="16384" hidden="true"/></{p}cols>`,
          rows: `<{p}row r="1"><{p}c r="A1"><{p}v>1</{p}v></{p}c><{p}c r="F1"><{p}v>2</{p}v></{p}c></{p}row>`,
        },
      ],
    });
    expect(g!.hiddenCols).toEqual([1, 4, 5]);
  });
});

describe('reading a package', () => {
  test.each([[''], ['x']])('SpreadsheetML with prefix "%s" reads the same', async (prefix) => {
    const spec: PackageSpec = {
      ...(prefix ? { prefix } : {}),
      sharedStrings: ['STT', 'Chỉ tiêu'],
      sheets: [{ name: 'Kế hoạch', sheetId: 7, rows: `<{p}row r="1"><{p}c r="A1" t="s"><{p}v>0</{p}v></{p}c><{p}c r="B1" t="s"><{p}v>1</{p}v></{p}c></{p}row>` }],
    };
    const [g] = await grids(spec);
    expect(g).toMatchObject({ sheet: 'Kế hoạch', sheetId: 'xlsx:7', rows: [[{ value: 'STT' }, { value: 'Chỉ tiêu' }]] });
  });

  test('the sheet list: names, ids and visibility in workbook order', async () => {
    const zip = await JSZip.loadAsync(
      await buildPackage({ sheets: [{ name: 'B', sheetId: 4, rows: '' }, { name: 'A', sheetId: 2, state: 'hidden', rows: '' }] }),
    );
    const layout = await readPackageLayout(zipParts(zip));
    expect(layout.sheets).toEqual([
      { name: 'B', sheetId: 4, state: 'visible', path: 'xl/worksheets/sheet1.xml' },
      { name: 'A', sheetId: 2, state: 'hidden', path: 'xl/worksheets/sheet2.xml' },
    ]);
  });

  test('a workbook written by ExcelJS reads as ExcelJS sees it, ids included', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Phụ lục');
    ws.addRow(['STT', 'Chỉ tiêu', 'Chỉ tiêu năm 2026']);
    ws.addRow(['1', 'Tỷ lệ hồ sơ trực tuyến', { formula: 'D2*1', result: 0.8 }]);
    ws.getCell('C2').numFmt = '0%';
    ws.mergeCells('A4:B4');
    const [g] = await readPackageGrids(zipParts(await JSZip.loadAsync(await wb.xlsx.writeBuffer())));
    expect(g).toMatchObject({
      sheet: 'Phụ lục',
      sheetId: 'xlsx:1',
      rows: [[{ value: 'STT' }, { value: 'Chỉ tiêu' }, { value: 'Chỉ tiêu năm 2026' }], [{ value: '1' }, { value: 'Tỷ lệ hồ sơ trực tuyến' }, { value: 0.8, format: '0%', formula: '=D2*1' }]],
      merges: [{ top: 3, left: 0, bottom: 3, right: 1 }],
    });
  });
});
