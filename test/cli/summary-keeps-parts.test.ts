/**
 * `dti summary --out` on a workbook that carries more than cells (a chart, a
 * picture, a comment, a data validation, a defined name, custom properties, DTI
 * formulas, a second sheet with its print setup): the report file keeps every
 * part of it. Only the parts the report must change differ, and those only by
 * what was added.
 */
import { readFileSync, writeFileSync, mkdirSync, rmSync } from 'fs';
import { execFileSync } from 'child_process';
import { join } from 'path';
import JSZip from 'jszip';
import { prepareStatusColumns } from '../../src/core/workbook/actions';
import { loadSnapshot } from '../../src/ports/load-snapshot';
import { XlsxWorkbook } from '../../src/xlsx/xlsx-workbook';
import { makeValuesCopy } from '../../src/xlsx/values-copy';
import { dti } from '../helpers/run-dti';
import { convert, pdfPages, requireLibreOffice } from '../helpers/libreoffice';
import { CHART_SHEET, CUSTOM_PROPERTY, richWorkbookBytes } from '../helpers/rich-workbook';
import { readWorkbook, tempDir } from '../helpers/workbook';
import { partChanges, partText, storedEntries } from '../helpers/xlsx-package';

const ARTIFACTS = join(__dirname, '..', '..', 'test-artifacts', 'summary-keeps-parts');

describe('the report file keeps every part of the workbook it was made from', () => {
  let input: Uint8Array;
  let output: Uint8Array;
  let outPath: string;

  beforeAll(async () => {
    const dir = tempDir();
    const inPath = join(dir, 'so-theo-doi.xlsx');
    outPath = join(dir, 'bao-cao.xlsx');
    input = await richWorkbookBytes();
    writeFileSync(inPath, input);
    const run = await dti('summary', inPath, '--month', '2026-11', '--out', outPath);
    expect(run.code).toBe(0);
    output = readFileSync(outPath);
  });

  it('adds the three sheets (the report with the drawing of its rules) and the DTI record, changes only the workbook, its relationships, the content types and the styles, and removes nothing', async () => {
    const changes = await partChanges(input, output);
    expect(changes.removed).toEqual([]);
    expect(changes.changed).toEqual(['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml']);
    expect(changes.added).toEqual([
      'customXml/_rels/item1.xml.rels',
      'customXml/item1.xml',
      'customXml/itemProps1.xml',
      // Numbered after the drawings the workbook has (drawing1, drawing90).
      'xl/drawings/drawing91.xml',
      'xl/worksheets/_rels/sheet3.xml.rels',
      'xl/worksheets/sheet3.xml',
      'xl/worksheets/sheet4.xml',
      'xl/worksheets/sheet5.xml',
    ]);
    // The chart, the picture, the comment, the custom properties… are among the parts left as they were.
    expect(changes.same).toEqual(expect.arrayContaining(['xl/charts/chart1.xml', 'xl/drawings/drawing90.xml', 'xl/drawings/drawing1.xml', 'xl/media/image1.png', 'xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml', 'docProps/custom.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', 'xl/sharedStrings.xml', 'xl/theme/theme1.xml']));
  });

  it('changes the parts it must by adding to them: the defined names and the first styles stay', async () => {
    const before = await partText(input, 'xl/workbook.xml');
    const after = await partText(output, 'xl/workbook.xml');
    for (const name of before.match(/<definedName [^>]*>[^<]*<\/definedName>/g)!) expect(after).toContain(name);
    expect(after).toContain('<definedName name="ChiTieuNam">');
    const stylesBefore = await partText(input, 'xl/styles.xml');
    const stylesAfter = await partText(output, 'xl/styles.xml');
    const fonts = /<fonts[^>]*>([\s\S]*?)<\/fonts>/;
    expect(fonts.exec(stylesAfter)![1]!.startsWith(fonts.exec(stylesBefore)![1]!)).toBe(true);
    const types = await partText(output, '[Content_Types].xml');
    for (const override of (await partText(input, '[Content_Types].xml')).match(/<(Override|Default) [^>]*\/>/g)!) expect(types).toContain(override);
  });

  it('copies the untouched parts with their compressed bytes as stored (nothing is deflated again)', () => {
    const a = storedEntries(input);
    const b = storedEntries(output);
    for (const name of ['xl/charts/chart1.xml', 'xl/media/image1.png', 'xl/worksheets/sheet1.xml', 'docProps/custom.xml', 'xl/theme/theme1.xml']) {
      expect([name, b.get(name)!.data.equals(a.get(name)!.data)]).toEqual([name, true]);
    }
  });

  it('reads back: the custom property, the chart sheet and its print titles, the comment, the report', async () => {
    expect(await partText(output, 'docProps/custom.xml')).toContain(CUSTOM_PROPERTY.value);
    const wb = await readWorkbook(outPath);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Kế hoạch', CHART_SHEET, 'Báo cáo T11-2026', 'Phụ lục BC T11-2026', 'DTI_LichSu']);
    expect(wb.getWorksheet(CHART_SHEET)!.pageSetup.printTitlesRow).toBe('1:1');
    expect(wb.getWorksheet('Kế hoạch')!.getCell('B3').note).toBeDefined();
    expect(wb.getWorksheet('Kế hoạch')!.getCell('H3').dataValidation).toMatchObject({ type: 'decimal' });
    expect(wb.getWorksheet('Báo cáo T11-2026')!.getCell('A7').value).toBe('Kết quả thực hiện các chỉ tiêu chuyển đổi số tháng 11 năm 2026');
    expect(wb.getWorksheet('Phụ lục BC T11-2026')!.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
  });

  it('opens in LibreOffice: the report prints on A4 portrait, its appendix on A4 landscape, and the chart is still drawn', () => {
    requireLibreOffice();
    rmSync(ARTIFACTS, { recursive: true, force: true });
    mkdirSync(ARTIFACTS, { recursive: true });
    const pdf = convert(outPath, ARTIFACTS);
    const pages = pdfPages(pdf);
    // (The workbook's default font is Calibri: a LibreOffice without it or Carlito measures the columns in another
    // font, so only short lines are looked for here; test/summary/render.test.ts measures the PDF made to be signed.)
    const report = pages.findIndex((p) => p.includes('BÁO CÁO') && p.includes('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'));
    const appendix = pages.findIndex((p) => p.includes('Phụ lục') && p.includes('KẾT QUẢ THỰC HIỆN TỪNG CHỈ TIÊU'));
    expect(report).toBeGreaterThanOrEqual(0);
    expect(appendix).toBeGreaterThan(report);
    expect(pages.some((p) => p.includes('Chỉ tiêu theo nhóm'))).toBe(true); // the chart's title
    const size = (page: number): [number, number] => {
      const info = execFileSync('pdfinfo', ['-f', String(page + 1), '-l', String(page + 1), pdf]).toString();
      const [, w, h] = /Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/.exec(info)!;
      return [Math.round(Number(w)), Math.round(Number(h))];
    };
    expect(size(report)).toEqual([595, 842]);
    expect(size(appendix)).toEqual([842, 595]);
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(report + 1), '-l', String(report + 1), pdf, join(ARTIFACTS, 'report')]);
  }, 180_000);

  it('gives a values copy that keeps the parts and replaces the DTI formulas by their results; the report, its appendix and their rules stay intact', async () => {
    const copy = await makeValuesCopy(output);
    expect(copy.replaced).toBe(2);
    const changes = await partChanges(output, copy.bytes);
    expect(changes.removed).toEqual([]);
    expect(changes.changed).toEqual(['xl/worksheets/sheet2.xml']);
    expect(changes.same).toEqual(expect.arrayContaining(['xl/worksheets/sheet3.xml', 'xl/worksheets/sheet4.xml', 'xl/worksheets/sheet5.xml', 'xl/worksheets/_rels/sheet3.xml.rels', 'xl/drawings/drawing91.xml', 'xl/workbook.xml']));
    const sheet = await partText(copy.bytes, 'xl/worksheets/sheet2.xml');
    expect(sheet).not.toMatch(/DTI\./);
    expect(sheet).toContain('<drawing r:id="rIdChart1"/>');
  });
});

describe('status columns written into the same workbook through the .xlsx port', () => {
  it('change the plan sheet and the styles only; the picture, comment and validation stay, and LibreOffice opens the file', async () => {
    const input = await richWorkbookBytes();
    const port = await XlsxWorkbook.fromBytes(input, 'so-theo-doi.xlsx');
    const prep = prepareStatusColumns(await loadSnapshot(port), { year: 2026, month: 11 });
    expect(prep.foreign).toEqual([]);
    expect((await port.apply(prep.plans)).ok).toBe(true);
    const output = await port.toBytes();
    const changes = await partChanges(input, output);
    // workbook.xml: the formulas have no results yet, so Excel is told to calculate on open.
    expect(changes).toMatchObject({ added: [], removed: [], changed: ['xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'] });
    expect(await partText(output, 'xl/workbook.xml')).toContain('fullCalcOnLoad="1"');
    const sheet = await partText(output, 'xl/worksheets/sheet1.xml');
    for (const kept of ['<dataValidations', '<drawing r:id=', '<legacyDrawing r:id=']) expect(sheet).toContain(kept);
    expect(sheet).toContain('<c r="J4"><f>DTI.STATUS(H4,D4,C4)</f></c>');

    requireLibreOffice();
    const dir = tempDir();
    const file = join(dir, 'cot-tinh-trang.xlsx');
    writeFileSync(file, output);
    const pdf = convert(file, dir);
    expect(pdfPages(pdf).join('\n')).toContain('Tình trạng');
    // A cell holding an image anchor survives in Excel's eyes too: the drawing part is the same bytes.
    const zip = await JSZip.loadAsync(output);
    expect(zip.file('xl/drawings/drawing1.xml')).not.toBeNull();
  }, 180_000);
});
