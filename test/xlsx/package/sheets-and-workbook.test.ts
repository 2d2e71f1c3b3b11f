/**
 * New and rewritten sheets in packages written by other tools: the workbook
 * part (sheet entries, sheetIds, print titles, recalculation, protection), the
 * relationships and content types, a prefixed SpreadsheetML package, and the
 * parts an own sheet leaves behind when it is rewritten.
 */
import { writeFileSync, readFileSync } from 'fs';
import { join } from 'path';
import type { SheetPlan } from '../../../src/core/writing/write-plan';
import type { WorkbookMapping } from '../../../src/core/schema';
import { XlsxPackage } from '../../../src/xlsx/package/opc-package';
import { StyleRegistry } from '../../../src/xlsx/package/styles-registry';
import { WorkbookPart } from '../../../src/xlsx/package/workbook-part';
import { worksheetXml } from '../../../src/xlsx/package/worksheet-xml';
import { convert, requireLibreOffice } from '../../helpers/libreoffice';
import { tempDir } from '../../helpers/workbook';
import { partChanges } from '../../helpers/xlsx-package';
import { applyTo, buildPackage, text } from './fixtures';

function reportPlan(name: string, mode: SheetPlan['mode'] = 'create'): SheetPlan {
  return {
    sheet: name,
    mode,
    blocks: [
      {
        top: 1,
        left: 0,
        cells: [
          [{ value: 'Chỉ tiêu', style: { bold: true, border: true } }, { value: 'Kết quả', style: { bold: true, border: true } }, { value: 'Tổng' }],
          [{ value: '07' }, { value: 0.72, style: { numberFormat: '0.0%' } }, { formula: '=B2*2' }],
        ],
      },
    ],
    widths: { 0: 20 },
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true, repeatRows: { first: 1, last: 1 } },
    own: { kind: 'summary', month: '2026-11', token: TOKEN },
  };
}

const TOKEN = 'summary_0123456789abcdef';
/** The hidden mark of an own sheet at a position, as the add-in writes it. */
const mark = (local: number): string => `<definedName name="DTI_OWN" localSheetId="${local}" hidden="1">"${TOKEN}"</definedName>`;

const PLAIN_SHEET = '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Kế hoạch</t></is></c></row></sheetData>';

describe('a new sheet', () => {
  it('in a package written with the x: prefix and without definedNames or calcPr: entries in the same prefix, in schema order, and LibreOffice reads it', async () => {
    const input = await buildPackage({ prefix: 'x', sheets: [{ name: 'Kế hoạch', body: PLAIN_SHEET }], beforeSheets: '<bookViews><workbookView/></bookViews>', afterSheets: '<extLst/>' });
    const out = await applyTo(input, [reportPlan('Báo cáo')]);
    expect(out.result.ok).toBe(true);
    // Each part written says why it had to change.
    expect(out.touched.map((t) => t.path).sort()).toEqual(['[Content_Types].xml', 'customXml/_rels/item1.xml.rels', 'customXml/item1.xml', 'customXml/itemProps1.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet2.xml']);
    for (const t of out.touched) expect(t.why.length).toBeGreaterThan(10);
    const workbook = await text(out.bytes, 'xl/workbook.xml');
    expect(workbook).toContain(
      '<x:sheets><x:sheet name="Kế hoạch" sheetId="1" r:id="R1"/><x:sheet name="Báo cáo" sheetId="2" r:id="rId1"/></x:sheets><x:definedNames><x:definedName name="_xlnm.Print_Titles" localSheetId="1">\'Báo cáo\'!$1:$1</x:definedName><x:definedName name="DTI_OWN" localSheetId="1" hidden="1">"summary_0123456789abcdef"</x:definedName></x:definedNames><x:calcPr fullCalcOnLoad="1"/><x:extLst/>',
    );
    expect(await text(out.bytes, 'xl/_rels/workbook.xml.rels')).toContain('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>');
    expect(await text(out.bytes, '[Content_Types].xml')).toContain('<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>');
    expect(await text(out.bytes, 'xl/styles.xml')).toContain('<x:font><x:b/><x:sz val="12"/><x:name val="Times New Roman"/></x:font>');

    requireLibreOffice();
    const dir = tempDir();
    writeFileSync(join(dir, 'bao-cao.xlsx'), out.bytes);
    const csv = convert(join(dir, 'bao-cao.xlsx'), dir, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,2');
    // The second sheet as LibreOffice computes it: "07" stays text, the formula without a result is calculated.
    expect(readFileSync(csv, 'utf8').trim().split('\n')).toEqual(['Chỉ tiêu,Kết quả,Tổng', '07,72.0%,1.44']);
  }, 120_000);

  it('gets a sheetId above every id in use and every id the DTI record still names, and its print titles the sheet\'s index (chart sheets count)', async () => {
    const input = await buildPackage({
      sheets: [{ name: 'Kế hoạch', body: PLAIN_SHEET, sheetId: 3 }],
      workbookRels: '<Relationship Id="RC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/>',
    });
    // A chart sheet listed in the workbook takes a place (localSheetId counts it).
    const withChartSheet = await rewrite(input, 'xl/workbook.xml', (xml) => xml.replace('</sheets>', '<sheet name="Biểu đồ" sheetId="5" r:id="RC"/></sheets>'));
    const record: WorkbookMapping = { version: 1, sheets: {}, ownSheets: [{ kind: 'history', name: 'Đã xóa', token: 'history_gone00000000', ids: ['xlsx:9'] }] };
    const out = await applyTo(withChartSheet, [reportPlan('Báo cáo')], record);
    const workbook = await text(out.bytes, 'xl/workbook.xml');
    expect(workbook).toContain('<sheet name="Báo cáo" sheetId="10" r:id="rId1"/>');
    expect(workbook).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="2">');
    expect(out.record?.ownSheets).toEqual([{ kind: 'summary', month: '2026-11', name: 'Báo cáo', token: TOKEN, ids: ['xlsx:10'], marked: true }]);
  });

  it('is refused when the workbook structure is protected, and nothing changes', async () => {
    const input = await buildPackage({ sheets: [{ name: 'Kế hoạch', body: PLAIN_SHEET }], beforeSheets: '<workbookProtection lockStructure="true"/>' });
    const out = await applyTo(input, [reportPlan('Báo cáo')]);
    expect(!out.result.ok && out.result.blocked.map((b) => b.reason)).toEqual(['protected']);
    expect(out.bytes).toBe(input);
  });

  it('in a package without a styles part: one is made and linked', async () => {
    const input = await buildPackage({ sheets: [{ name: 'Kế hoạch', body: PLAIN_SHEET }], styles: null });
    const out = await applyTo(input, [reportPlan('Báo cáo')]);
    expect((await partChanges(input, out.bytes)).added).toEqual(['customXml/_rels/item1.xml.rels', 'customXml/item1.xml', 'customXml/itemProps1.xml', 'xl/styles.xml', 'xl/worksheets/sheet2.xml']);
    const styles = await text(out.bytes, 'xl/styles.xml');
    // Excel's two reserved fills first, the default format as xf 0.
    expect(styles).toMatch(/<fills count="\d+"><fill><patternFill patternType="none"\/><\/fill><fill><patternFill patternType="gray125"\/><\/fill>/);
    expect(styles).toContain('<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" applyFont="1"/>');
    expect(await text(out.bytes, 'xl/_rels/workbook.xml.rels')).toContain('relationships/styles" Target="styles.xml"/>');
  });
});

describe('the styles of a package written by another tool', () => {
  it('with wrong counts and no <numFmts>/<dxfs>: new entries go after the real ones, counts are made right, and a second run adds nothing', async () => {
    const odd =
      '<fonts count="0"><font><sz val="11"/><name val="Arial"/></font><font><b/><sz val="11"/><name val="Arial"/></font></fonts><fills><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="9"><border/></borders><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0"/></cellXfs>';
    const input = await buildPackage({ sheets: [{ name: 'Kế hoạch', body: PLAIN_SHEET }], styles: odd });
    const plan: SheetPlan = { ...reportPlan('Báo cáo'), conditionalFormats: [{ range: 'B2:B2', textEquals: 'Đạt', fill: '#C6EFCE', fontColor: '#006100' }] };
    const once = await applyTo(input, [plan]);
    const styles = await text(once.bytes, 'xl/styles.xml');
    expect(styles).toMatch(/^[\s\S]*<numFmts count="1"><numFmt numFmtId="164" formatCode="0.0%"\/><\/numFmts><fonts count="4">/);
    expect(styles).toContain('<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0"/><xf numFmtId="0" fontId="2"');
    expect(styles).toContain('<borders count="2"><border/><border><left style="thin"/>');
    // Nothing was added to the fills: they are left as written, without a count.
    expect(styles).toContain('<fills><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>');
    expect(styles).toMatch(/<\/cellXfs><dxfs count="1">/);
    const sheet = await text(once.bytes, 'xl/worksheets/sheet2.xml');
    expect(sheet).toContain('<c r="A1" s="3" t="inlineStr">');

    // The own sheet written again: the styles it needs are all there.
    const again = await applyTo(once.bytes, [{ ...plan, mode: 'replace-own' }], once.record);
    expect(await partChanges(once.bytes, again.bytes)).toMatchObject({ changed: [], added: [], removed: [] });
  });
});

describe("the add-in's own sheet written again", () => {
  const printerRels =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="P1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/printerSettings" Target="../printerSettings/printerSettings1.bin"/><Relationship Id="P2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="../media/logo.png"/></Relationships>';

  it('keeps its part, sheetId and place; drops what only it used (printer settings) and keeps what another part uses', async () => {
    const input = await buildPackage({
      sheets: [
        { name: 'Kế hoạch', body: PLAIN_SHEET, rels: printerRels.replace('printerSettings1.bin', 'printerSettings9.bin').replace(/<Relationship Id="P1"[^>]*\/>/, '') },
        { name: 'Báo cáo', body: '<sheetData><row r="1"><c r="A1"><f>1+1</f><v>2</v></c></row></sheetData><pageSetup r:id="P1"/>', sheetId: 7, rels: printerRels },
        { name: 'Ghi chú', body: PLAIN_SHEET },
      ],
      afterSheets: `<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="1">\'Báo cáo\'!$3:$3</definedName><definedName name="_xlnm.Print_Area" localSheetId="1">\'Báo cáo\'!$A$1:$K$40</definedName><definedName name="TongSo">\'Kế hoạch\'!$A$1</definedName>${mark(1)}</definedNames>`,
      parts: { 'xl/printerSettings/printerSettings1.bin': 'printer', 'xl/media/logo.png': 'png' },
      types: '<Default Extension="bin" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.printerSettings"/><Default Extension="png" ContentType="image/png"/>',
    });
    const record: WorkbookMapping = { version: 1, sheets: {}, ownSheets: [{ kind: 'summary', month: '2026-11', name: 'Báo cáo', token: TOKEN, ids: ['xlsx:7'] }] };
    const out = await applyTo(input, [reportPlan('Báo cáo', 'replace-own')], record);
    expect(out.result.ok).toBe(true);
    const changes = await partChanges(input, out.bytes);
    expect(changes.removed).toEqual(['xl/printerSettings/printerSettings1.bin', 'xl/worksheets/_rels/sheet2.xml.rels']);
    // The record the port held is written into the file, which had none.
    expect(changes.added).toEqual(['customXml/_rels/item1.xml.rels', 'customXml/item1.xml', 'customXml/itemProps1.xml']);
    expect(changes.changed).toEqual(['[Content_Types].xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'xl/workbook.xml', 'xl/worksheets/sheet2.xml']);
    expect(await text(out.bytes, '[Content_Types].xml')).toContain('<Default Extension="png" ContentType="image/png"/>');
    const workbook = await text(out.bytes, 'xl/workbook.xml');
    expect(workbook).toContain('<sheet name="Kế hoạch" sheetId="1" r:id="R1"/><sheet name="Báo cáo" sheetId="7" r:id="R2"/><sheet name="Ghi chú" sheetId="3" r:id="R3"/>');
    // The old print area went with the old content; the print titles are the new ones, in the same place; the user's name stays.
    expect(workbook).toContain('<definedNames><definedName name="_xlnm.Print_Titles" localSheetId="1">\'Báo cáo\'!$1:$1</definedName><definedName name="TongSo">');
    expect(out.record?.ownSheets).toEqual([{ kind: 'summary', month: '2026-11', name: 'Báo cáo', token: TOKEN, ids: ['xlsx:7'], marked: true }]);
  });
});

describe('an own sheet that held formulas, written again', () => {
  it('drops the calculation chain, which listed its old formula cells', async () => {
    const input = await buildPackage({
      sheets: [{ name: 'Kế hoạch', body: PLAIN_SHEET }, { name: 'Báo cáo', body: '<sheetData><row r="3"><c r="C3"><f>1+1</f><v>2</v></c></row></sheetData>' }],
      afterSheets: `<definedNames>${mark(1)}</definedNames>`,
      parts: { 'xl/calcChain.xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="C3" i="2"/></calcChain>' },
      types: '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>',
      workbookRels: '<Relationship Id="RC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/>',
    });
    const record: WorkbookMapping = { version: 1, sheets: {}, ownSheets: [{ kind: 'summary', month: '2026-11', name: 'Báo cáo', token: TOKEN, ids: ['xlsx:2'] }] };
    const plain: SheetPlan = { ...reportPlan('Báo cáo', 'replace-own'), blocks: [{ top: 1, left: 0, cells: [[{ value: 'Chỉ tiêu' }]] }] };
    const out = await applyTo(input, [plain], record);
    expect((await partChanges(input, out.bytes)).removed).toEqual(['xl/calcChain.xml']);
    expect(await text(out.bytes, 'xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
  });
});

describe('page layout from the plan: margins, centring, page numbers from page 2, page breaks, the selected tab', () => {
  it('are written in the places the schema gives them', async () => {
    const pkg = await XlsxPackage.load(await buildPackage({ sheets: [{ name: 'A', body: PLAIN_SHEET }] }));
    const edit = pkg.begin();
    const styles = await StyleRegistry.load(edit, await WorkbookPart.load(edit));
    const plan: SheetPlan = {
      ...reportPlan('B'),
      activate: true,
      pageBreaks: [2],
      print: {
        orientation: 'portrait',
        paper: 'A4',
        fitToWidth: false,
        margins: { top: 20, bottom: 20, left: 30, right: 15, header: 10, footer: 10 },
        centerHorizontally: true,
        pageNumbers: { fontName: 'Times New Roman', fontSize: 13 },
      },
    };
    const { xml } = worksheetXml(plan, styles, { drawing: 'rId3' });
    expect(xml).toContain('<sheetView tabSelected="1" showGridLines="0" workbookViewId="0"/>');
    expect(xml).toMatch(
      /<\/sheetData><printOptions horizontalCentered="1"\/><pageMargins left="1.1811" right="0.5906" top="0.7874" bottom="0.7874" header="0.3937" footer="0.3937"\/><pageSetup paperSize="9" orientation="portrait" useFirstPageNumber="1" firstPageNumber="1"\/><headerFooter differentFirst="1"><oddHeader>&amp;C&amp;"Times New Roman,Regular"&amp;13&amp;P<\/oddHeader><\/headerFooter><rowBreaks count="1" manualBreakCount="1"><brk id="1" max="16383" man="1"\/><\/rowBreaks><drawing r:id="rId3"\/><\/worksheet>$/,
    );
    expect(xml).not.toContain('fitToPage');
  });
});

describe('a printed document\'s sheet: shown on opening, the rules drawn, the history hidden', () => {
  const SELECTED = '<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Kế hoạch</t></is></c></row></sheetData>';

  it('the report becomes the active tab and the only selected one: the user\'s sheet that was selected is unselected, nothing else of it changes', async () => {
    const input = await buildPackage({ sheets: [{ name: 'Kế hoạch', body: SELECTED }, { name: 'Ghi chú', body: PLAIN_SHEET }], beforeSheets: '<bookViews><workbookView xWindow="0" activeTab="0"/></bookViews>' });
    const out = await applyTo(input, [{ ...reportPlan('Báo cáo'), activate: true }]);
    const workbook = await text(out.bytes, 'xl/workbook.xml');
    expect(workbook).toContain('<workbookView xWindow="0" activeTab="2"/>');
    expect(await text(out.bytes, 'xl/worksheets/sheet1.xml')).toBe((await text(input, 'xl/worksheets/sheet1.xml')).replace(' tabSelected="1"', ''));
    expect(await text(out.bytes, 'xl/worksheets/sheet3.xml')).toContain('<sheetView tabSelected="1" workbookViewId="0"/>');
    expect(out.touched.find((t) => t.path === 'xl/worksheets/sheet1.xml')!.why).toContain('no longer selected');
    expect((await partChanges(input, out.bytes)).same).toContain('xl/worksheets/sheet2.xml');
  });

  it('draws the plan\'s rules in a drawing part of the sheet, anchored to the cells they lie over; a rewrite replaces it, content types unchanged', async () => {
    const input = await buildPackage({ sheets: [{ name: 'Kế hoạch', body: PLAIN_SHEET }] });
    const plan: SheetPlan = { ...reportPlan('Báo cáo'), widths: undefined, columnPoints: { 0: 100, 1: 200 }, heights: { 1: 20, 2: 30 }, rules: [{ row: 3, from: 50, to: 150 }] };
    const out = await applyTo(input, [plan]);
    const drawing = await text(out.bytes, 'xl/drawings/drawing1.xml');
    expect(drawing).toContain('<xdr:from><xdr:col>0</xdr:col><xdr:colOff>635000</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>');
    expect(drawing).toContain('<xdr:to><xdr:col>1</xdr:col><xdr:colOff>635000</xdr:colOff><xdr:row>2</xdr:row>');
    expect(drawing).toContain('<a:off x="635000" y="635000"/><a:ext cx="1270000" cy="0"/>');
    expect(await text(out.bytes, 'xl/worksheets/_rels/sheet2.xml.rels')).toContain('Target="../drawings/drawing1.xml"');
    expect(await text(out.bytes, 'xl/worksheets/sheet2.xml')).toMatch(/<drawing r:id="rId1"\/><\/worksheet>$/);
    expect(await text(out.bytes, '[Content_Types].xml')).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    // Column widths in points become characters of the workbook's default font (Calibri 11: 7 pixels a digit).
    expect(await text(out.bytes, 'xl/worksheets/sheet2.xml')).toContain('<col min="1" max="1" width="19.046875" customWidth="1"/><col min="2" max="2" width="38.09375" customWidth="1"/>');

    const again = await applyTo(out.bytes, [{ ...plan, mode: 'replace-own' }], out.record);
    const changes = await partChanges(out.bytes, again.bytes);
    expect(changes.removed).toEqual([]);
    expect(changes.added).toEqual([]);
    expect(changes.same).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/drawings/drawing1.xml', 'xl/worksheets/_rels/sheet2.xml.rels', 'xl/worksheets/sheet2.xml']));
  });

  it('a hidden sheet is written hidden, and hidden again when rewritten after the user showed it', async () => {
    const input = await buildPackage({ sheets: [{ name: 'Kế hoạch', body: PLAIN_SHEET }] });
    const history: SheetPlan = { ...reportPlan('DTI_LichSu'), print: undefined, hidden: true, own: { kind: 'history', token: 'history_0123456789abcdef' } };
    const out = await applyTo(input, [history]);
    expect(await text(out.bytes, 'xl/workbook.xml')).toContain('<sheet name="DTI_LichSu" sheetId="2" state="hidden" r:id="rId1"/>');
    const shown = await rewrite(out.bytes, 'xl/workbook.xml', (xml) => xml.replace(' state="hidden"', ''));
    const again = await applyTo(shown, [{ ...history, mode: 'replace-own' }], out.record);
    expect(await text(again.bytes, 'xl/workbook.xml')).toContain('<sheet name="DTI_LichSu" sheetId="2" r:id="rId1" state="hidden"/>');
  });
});

describe('the workbook part for later writers: hidden sheets and the active tab', () => {
  it('hides a sheet and chooses the tab shown on opening, in place', async () => {
    const input = await buildPackage({ sheets: [{ name: 'A', body: PLAIN_SHEET }, { name: 'B', body: PLAIN_SHEET }], beforeSheets: '<bookViews><workbookView xWindow="0" activeTab="0"/></bookViews>' });
    const pkg = await XlsxPackage.load(input);
    const edit = pkg.begin();
    const workbook = await WorkbookPart.load(edit);
    workbook.setHidden(0, true);
    workbook.setActiveTab(1);
    await workbook.save(edit, 'test');
    edit.commit();
    expect(await text(await pkg.toBytes(), 'xl/workbook.xml')).toContain('<bookViews><workbookView xWindow="0" activeTab="1"/></bookViews><sheets><sheet name="A" sheetId="1" r:id="R1" state="hidden"/>');
  });
});

async function rewrite(bytes: Uint8Array, path: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const pkg = await XlsxPackage.load(bytes);
  const e = pkg.begin();
  await e.write(path, edit((await e.read(path))!), 'test');
  e.commit();
  return pkg.toBytes();
}
