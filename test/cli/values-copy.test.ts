import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import JSZip from 'jszip';
import { replaceFormulas } from '../../src/xlsx/values-copy';
import { XlsxWorkbook } from '../../src/xlsx/xlsx-workbook';
import { buildPackage } from '../../kit/package-builder';
import { dti } from '../helpers/run-dti';
import { readWorkbook, tempDir, writeWorkbook } from '../helpers/workbook';
import { partChanges } from '../helpers/xlsx-package';

describe('dti values-copy: the copy to send upward', () => {
  it('replaces DTI formulas by their last values and keeps every other formula and cell', async () => {
    const input = await writeWorkbook({
      'Kế hoạch': [
        ['STT', 'Chỉ tiêu', 'Chỉ tiêu năm', 'T11', 'Tình trạng', 'Chênh lệch', 'Tổng'],
        ['1', 'Tỷ lệ hồ sơ trực tuyến', 'Đạt tối thiểu 70%', 0.72, { formula: 'DTI.STATUS(D2,C2)', result: 'Đạt' }, { formula: 'DTI.GAP(D2,C2)', result: 0.02 }, { formula: 'SUM(D2:D3)', result: 1.32 }],
        ['2', 'Tỷ lệ thanh toán', 'Trên 80%', 0.6, { formula: '_xldudf_DTI_STATUS(D3,C3)', result: 'Chưa đạt' }, { formula: 'DTI.GAP(D3,C3)', result: -0.2 }, null],
      ] as never[][],
    });
    const before = readFileSync(input);
    const out = join(tempDir(), 'ban-gui.xlsx');
    const run = await dti('values-copy', input, '--out', out);
    expect(run.code).toBe(0);
    expect(run.out).toContain('4 ô công thức DTI được thay bằng giá trị');
    expect(readFileSync(input).equals(before)).toBe(true);

    const ws = (await readWorkbook(out)).getWorksheet('Kế hoạch')!;
    expect(ws.getCell('E2').value).toBe('Đạt');
    expect(ws.getCell('E3').value).toBe('Chưa đạt');
    expect(ws.getCell('F2').value).toBe(0.02);
    expect(ws.getCell('F3').value).toBe(-0.2);
    expect(ws.getCell('G2').value).toEqual({ formula: 'SUM(D2:D3)', result: 1.32 });
    expect(ws.getCell('B2').value).toBe('Tỷ lệ hồ sơ trực tuyến');
    const sheetXml = await (await JSZip.loadAsync(readFileSync(out))).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheetXml).not.toMatch(/DTI/i);
  });

  it('replaces a shared DTI formula in every cell that shares it', () => {
    const xml =
      '<sheetData><row r="2"><c r="E2" t="str"><f t="shared" ref="E2:E3" si="0">DTI.STATUS(D2,C2)</f><v>Đạt</v></c></row>' +
      '<row r="3"><c r="E3" t="str"><f t="shared" si="0"/><v>Chưa đạt</v></c><c r="F3"><f>A1+1</f><v>2</v></c></row></sheetData>';
    const { xml: out, replaced } = replaceFormulas(xml);
    expect(replaced).toBe(2);
    expect(out).toContain('<c r="E2" t="inlineStr"><is><t xml:space="preserve">Đạt</t></is></c>');
    expect(out).toContain('<c r="E3" t="inlineStr"><is><t xml:space="preserve">Chưa đạt</t></is></c>');
    expect(out).toContain('<c r="F3"><f>A1+1</f><v>2</v></c>');
  });

  it('refuses a missing --out and the input itself as output', async () => {
    const input = await writeWorkbook({ A: [['x']] });
    expect((await dti('values-copy', input)).err).toContain('--out');
    expect((await dti('values-copy', input, '--out', input)).code).toBe(2);
  });
});

describe.each(['', 'x'])('dti values-copy on a workbook whose SpreadsheetML prefix is "%s"', (prefix) => {
  // A DTI result holding character references, a CR LF kept as _x000D__x000A_, and a literal "_x0041_" (its underscore escaped).
  const STORED = 'Đ&#7841;t_x000D__x000A_(&amp; &lt;80%&gt;) _x005F_x0041_';
  const rows =
    '<{p}row r="2"><{p}c r="D2"><{p}v>0.72</{p}v></{p}c>' +
    `<{p}c r="E2" t="str"><{p}f>DTI.STATUS(D2,"&gt;= 70%")</{p}f><{p}v>${STORED}</{p}v></{p}c>` +
    '<{p}c r="F2"><{p}f>_xldudf_DTI_GAP(D2,"&gt;= 70%")</{p}f><{p}v>0.02</{p}v></{p}c>' +
    '<{p}c r="G2" t="str"><{p}f>"a"&amp;"_x005F_x0041_"</{p}f><{p}v>a_x005F_x0041_</{p}v></{p}c></{p}row>';

  it('keeps each value exactly as Excel showed it, changes only the sheet, and leaves other formulas', async () => {
    const input = await buildPackage({ prefix, sheets: [{ name: 'Kế hoạch', rows }] });
    const file = join(tempDir(), 'so.xlsx');
    writeFileSync(file, input);
    const out = join(tempDir(), 'ban-gui.xlsx');
    const run = await dti('values-copy', file, '--out', out);
    expect(run.code).toBe(0);
    expect(run.out).toBe('Đã ghi bản gửi ' + out + ': 2 ô công thức DTI được thay bằng giá trị.\n');
    const output = readFileSync(out);
    expect(await partChanges(input, output)).toMatchObject({ added: [], removed: [], changed: ['xl/worksheets/sheet1.xml'] });

    const [sheet] = await (await XlsxWorkbook.fromBytes(output)).readSheets();
    expect(sheet!.rows[1]!.slice(3)).toEqual([{ value: 0.72 }, { value: 'Đạt\r\n(& <80%>) _x0041_' }, { value: 0.02 }, { value: 'a_x0041_', formula: '="a"&"_x0041_"' }]);
    const xml = await (await JSZip.loadAsync(output)).file('xl/worksheets/sheet1.xml')!.async('string');
    const p = prefix ? `${prefix}:` : '';
    expect(xml).toContain(`<${p}c r="E2" t="inlineStr"><${p}is><${p}t xml:space="preserve">${STORED}</${p}t></${p}is></${p}c>`);
    expect(xml).not.toMatch(/DTI/);
  });
});
