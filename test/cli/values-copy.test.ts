import { readFileSync } from 'fs';
import { join } from 'path';
import JSZip from 'jszip';
import { replaceFormulas } from '../../src/xlsx/values-copy';
import { dti } from '../helpers/run-dti';
import { readWorkbook, tempDir, writeWorkbook } from '../helpers/workbook';

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
