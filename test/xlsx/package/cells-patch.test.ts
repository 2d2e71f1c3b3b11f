/**
 * `cells` plans patched into existing worksheets: cells in row and column
 * order, every byte the plan does not name left alone, rows and cells without
 * `r`, column ranges split, merges, colour rules replaced on a re-run, and the
 * refusals that keep Excel from having to repair the file.
 */
import type { SheetPlan } from '../../../src/core/writing/write-plan';
import { applyTo, buildPackage, cellsPlan, DEFAULT_STYLES, text } from './fixtures';
import { partChanges } from '../../helpers/xlsx-package';

const SHEET = 'Phụ lục';

function row(r: number, cells: string): string {
  return `<row r="${r}" spans="1:3">${cells}</row>`;
}

describe('cells written into an existing sheet', () => {
  const body =
    '<dimension ref="A1:C3"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData>' +
    row(1, '<c r="A1" t="inlineStr"><is><t>STT</t></is></c><c r="C1" t="inlineStr"><is><t>Kết quả</t></is></c>') +
    row(3, '<c r="A3"><v>1</v></c><c r="C3"><v>0.7</v></c>') +
    '</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

  it('go in column order into existing rows and in row order as new rows; spans and the dimension grow; the rest keeps its bytes', async () => {
    const input = await buildPackage({ sheets: [{ name: SHEET, body }] });
    const before = await text(input, 'xl/worksheets/sheet1.xml');
    const plan: SheetPlan = {
      sheet: SHEET,
      mode: 'cells',
      blocks: [
        { top: 1, left: 1, cells: [[{ value: 'Chỉ tiêu' }], [{ value: 'x' }], [{ value: '≥ 70%' }]] },
        { top: 1, left: 3, cells: [[{ value: 'Tình trạng' }], [{ value: null }], [{ formula: '=DTI.STATUS(C3,B3)' }]] },
      ],
    };
    const out = await applyTo(input, [plan]);
    expect(out.result.ok).toBe(true);
    const after = await text(out.bytes, 'xl/worksheets/sheet1.xml');
    expect(after).toContain('<row r="1" spans="1:4"><c r="A1" t="inlineStr"><is><t>STT</t></is></c><c r="B1" t="inlineStr"><is><t>Chỉ tiêu</t></is></c><c r="C1" t="inlineStr"><is><t>Kết quả</t></is></c><c r="D1" t="inlineStr"><is><t>Tình trạng</t></is></c></row>');
    expect(after).toContain('<row r="2"><c r="B2" t="inlineStr"><is><t>x</t></is></c></row>');
    expect(after).toContain('<row r="3" spans="1:4"><c r="A3"><v>1</v></c><c r="B3" t="inlineStr"><is><t>≥ 70%</t></is></c><c r="C3"><v>0.7</v></c><c r="D3"><f>DTI.STATUS(C3,B3)</f></c></row>');
    expect(after).toContain('<dimension ref="A1:D3"/>');
    // What the plan does not name is the same text, byte for byte.
    const head = before.slice(0, before.indexOf('<dimension'));
    expect(after.startsWith(head)).toBe(true);
    expect(after.endsWith(before.slice(before.indexOf('</sheetData>')))).toBe(true);
    // The workbook is told to calculate the new formula on open; no style was needed.
    expect((await partChanges(input, out.bytes)).changed).toEqual(['xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
  });

  it('understand rows and cells written without `r` (their place follows the previous one)', async () => {
    const noRefs = '<sheetData><row><c t="inlineStr"><is><t>a</t></is></c><c t="inlineStr"><is><t>c</t></is></c></row><row><c><v>5</v></c></row></sheetData>';
    const input = await buildPackage({ sheets: [{ name: SHEET, body: noRefs }] });
    const out = await applyTo(input, [cellsPlan(SHEET, 1, 2, [[{ value: 'd' }]]), cellsPlan(SHEET, 2, 1, [[{ value: 6 }]])]);
    expect(out.result.ok).toBe(true);
    const after = await text(out.bytes, 'xl/worksheets/sheet1.xml');
    // A1 and B1 get their addresses, C1 is added after them; row 2 keeps A2 and gets B2.
    expect(after).toContain('<row><c t="inlineStr" r="A1"><is><t>a</t></is></c><c t="inlineStr" r="B1"><is><t>c</t></is></c><c r="C1" t="inlineStr"><is><t>d</t></is></c></row>');
    expect(after).toContain('<row><c r="A2"><v>5</v></c><c r="B2"><v>6</v></c></row>');
  });

  it('replace a cell in place, keep its format when the plan names none, and clear it when the plan writes nothing', async () => {
    const input = await buildPackage({
      sheets: [{ name: SHEET, body: `<sheetData>${row(1, '<c r="A1" s="0"><v>1</v></c><c r="B1" t="inlineStr"><is><t>Tình trạng</t></is></c><c r="C1"><f>DTI.GAP(A1,"1")</f><v>0</v></c>')}</sheetData>` }],
    });
    const out = await applyTo(input, [cellsPlan(SHEET, 1, 1, [[{ value: 'Status' }, { value: null }]])]);
    const after = await text(out.bytes, 'xl/worksheets/sheet1.xml');
    expect(after).toContain('<c r="A1" s="0"><v>1</v></c><c r="B1" t="inlineStr"><is><t>Status</t></is></c></row>');
  });

  it('give a new cell its row\'s format (a formatted row), and leave an existing cell its own', async () => {
    const input = await buildPackage({
      sheets: [{ name: SHEET, body: '<sheetData><row r="1" s="1" customFormat="1"><c r="A1" t="inlineStr"><is><t>Tình trạng</t></is></c></row></sheetData>' }],
      styles: '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="9" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/></cellXfs>',
    });
    const out = await applyTo(input, [cellsPlan(SHEET, 1, 0, [[{ value: 2 }, { value: 0.5 }]])]);
    expect(await text(out.bytes, 'xl/worksheets/sheet1.xml')).toContain('<c r="A1"><v>2</v></c><c r="B1" s="1"><v>0.5</v></c>');
  });

  it('inherit the column format for a new cell the plan gives no format', async () => {
    const input = await buildPackage({
      sheets: [{ name: SHEET, body: `<cols><col min="1" max="5" width="12" style="1" customWidth="1"/></cols><sheetData>${row(1, '<c r="A1"><v>1</v></c>')}</sheetData>` }],
      styles: '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="9" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/></cellXfs>',
    });
    const out = await applyTo(input, [cellsPlan(SHEET, 1, 3, [[{ value: 0.5 }]])]);
    expect(await text(out.bytes, 'xl/worksheets/sheet1.xml')).toContain('<c r="D1" s="1"><v>0.5</v></c>');
  });

  it('set widths inside a <col> range by splitting it, every other column keeping its width and style', async () => {
    const input = await buildPackage({ sheets: [{ name: SHEET, body: `<cols><col min="1" max="16384" width="9.5" style="0" customWidth="1"/></cols><sheetData/>` }] });
    const out = await applyTo(input, [cellsPlan(SHEET, 1, 8, [[{ value: 'a' }, { value: 'b' }]], { widths: { 8: 12, 9: 16 } })]);
    expect(await text(out.bytes, 'xl/worksheets/sheet1.xml')).toContain(
      '<cols><col min="1" max="8" width="9.5" style="0" customWidth="1"/><col min="9" max="9" width="12" style="0" customWidth="1"/><col min="10" max="10" width="16" style="0" customWidth="1"/><col min="11" max="16384" width="9.5" style="0" customWidth="1"/></cols>',
    );
  });

  it('give a sheet without <cols>, <mergeCells> or colour rules those elements in schema order', async () => {
    const input = await buildPackage({ prefix: 'x', sheets: [{ name: SHEET, body: `<sheetData/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>` }] });
    const plan = cellsPlan(SHEET, 3, 8, [[{ value: 'Tình trạng' }], [{ value: null }], [{ formula: '=DTI.STATUS(H5,D5)' }]], {
      widths: { 8: 16 },
      merges: ['I3:I4'],
      conditionalFormats: [{ range: 'I5:I5', textEquals: 'Đạt', fill: '#C6EFCE', fontColor: '#006100' }],
    });
    const out = await applyTo(input, [plan]);
    const after = await text(out.bytes, 'xl/worksheets/sheet1.xml');
    const order = ['<x:cols>', '<x:sheetData>', '<x:mergeCells count="1"><x:mergeCell ref="I3:I4"/></x:mergeCells>', '<x:conditionalFormatting sqref="I5:I5"><x:cfRule type="cellIs" dxfId="0" priority="1" operator="equal"><x:formula>"Đạt"</x:formula></x:cfRule></x:conditionalFormatting>', '<x:pageMargins'];
    const at = order.map((s) => after.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(await text(out.bytes, 'xl/styles.xml')).toContain('<x:dxfs count="1"><x:dxf><x:font><x:color rgb="FF006100"/></x:font><x:fill><x:patternFill><x:bgColor rgb="FFC6EFCE"/></x:patternFill></x:fill></x:dxf></x:dxfs>');
  });

  it('replace their own colour rules when run again, keep the user\'s, and come after them in priority', async () => {
    const userRule = '<conditionalFormatting sqref="A1:A20"><cfRule type="cellIs" dxfId="0" priority="4" operator="lessThan"><formula>0</formula></cfRule></conditionalFormatting>';
    const input = await buildPackage({ sheets: [{ name: SHEET, body: `<sheetData/>${userRule}` }], styles: `${DEFAULT_STYLES}<dxfs count="1"><dxf><font><color rgb="FFFF0000"/></font></dxf></dxfs>` });
    const plan = cellsPlan(SHEET, 1, 8, [[{ value: 'Tình trạng' }], [{ formula: '=DTI.STATUS(H2,D2)' }]], { conditionalFormats: [{ range: 'I2:I2', textEquals: 'Đạt', fill: '#C6EFCE', fontColor: '#006100' }] });
    const once = await applyTo(input, [plan]);
    const twice = await applyTo(once.bytes, [{ ...plan, conditionalFormats: [{ range: 'I2:I2', textEquals: 'Chưa đạt', fill: '#FFC7CE', fontColor: '#9C0006' }] }]);
    const after = await text(twice.bytes, 'xl/worksheets/sheet1.xml');
    expect(after).toContain(userRule);
    expect(after.match(/<conditionalFormatting /g)).toHaveLength(2);
    expect(after).toContain('<conditionalFormatting sqref="I2:I2"><cfRule type="cellIs" dxfId="2" priority="5" operator="equal"><formula>"Chưa đạt"</formula></cfRule></conditionalFormatting>');
    // The same plan again changes nothing at all.
    const thrice = await applyTo(once.bytes, [plan]);
    expect(await partChanges(once.bytes, thrice.bytes)).toMatchObject({ changed: [], added: [], removed: [] });
  });

  it('replace the merged areas they overlap and keep an equal one as it is', async () => {
    const input = await buildPackage({ sheets: [{ name: SHEET, body: '<sheetData/><mergeCells count="2"><mergeCell ref="A1:H1"/><mergeCell ref="I3:J3"/></mergeCells>' }] });
    const out = await applyTo(input, [cellsPlan(SHEET, 3, 8, [[{ value: 'Gap' }], [{ value: null }]], { merges: ['I3:I4'] })]);
    expect(await text(out.bytes, 'xl/worksheets/sheet1.xml')).toContain('<mergeCells count="2"><mergeCell ref="A1:H1"/><mergeCell ref="I3:I4"/></mergeCells>');
  });
});

describe('formulas replaced in an existing sheet', () => {
  const calcChain = {
    parts: { 'xl/calcChain.xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="B1" i="1"/></calcChain>' },
    types: '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>',
    workbookRels: '<Relationship Id="RC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/>',
  };

  it('drop the calculation chain when a formula gives way to a value (Excel would "repair" a stale one)', async () => {
    const input = await buildPackage({ sheets: [{ name: SHEET, body: `<sheetData>${row(1, '<c r="B1"><f>DTI.STATUS(A1,"1")</f><v>0</v></c>')}</sheetData>` }], ...calcChain });
    const out = await applyTo(input, [cellsPlan(SHEET, 1, 1, [[{ value: 'Tình trạng' }]])]);
    const changes = await partChanges(input, out.bytes);
    expect(changes.removed).toEqual(['xl/calcChain.xml']);
    expect(await text(out.bytes, '[Content_Types].xml')).not.toContain('calcChain');
    expect(await text(out.bytes, 'xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
  });

  it('keep the calculation chain when formulas stay formulas', async () => {
    const input = await buildPackage({ sheets: [{ name: SHEET, body: `<sheetData>${row(1, '<c r="B1"><f>DTI.STATUS(A1,"1")</f><v>0</v></c>')}</sheetData>` }], ...calcChain });
    const out = await applyTo(input, [cellsPlan(SHEET, 1, 1, [[{ formula: '=DTI.STATUS(A1,"2")' }]])]);
    expect((await partChanges(input, out.bytes)).removed).toEqual([]);
  });

  it('refuse to cut an array formula or to replace the first cell of a shared formula whose other cells stay', async () => {
    const shared = row(2, '<c r="B2"><f t="shared" ref="B2:B4" si="0">A2*2</f><v>2</v></c>') + row(3, '<c r="B3"><f t="shared" si="0"/><v>4</v></c>') + row(4, '<c r="B4"><f t="shared" si="0"/><v>6</v></c>');
    const array = row(6, '<c r="B6"><f t="array" ref="B6:B7">A6:A7*2</f><v>2</v></c>') + row(7, '<c r="B7"><v>4</v></c>');
    const input = await buildPackage({ sheets: [{ name: SHEET, body: `<sheetData>${shared}${array}</sheetData>` }] });
    const allow = ['B2', 'B3', 'B4', 'B6', 'B7'].map((a) => `${SHEET}!${a}`);
    const partShared = await applyTo(input, [cellsPlan(SHEET, 2, 1, [[{ value: 1 }], [{ value: 2 }]])], null, allow);
    expect(!partShared.result.ok && partShared.result.blocked.map((b) => `${b.reason}:${b.where}`)).toEqual(['shared-formula:B2']);
    const partArray = await applyTo(input, [cellsPlan(SHEET, 7, 1, [[{ value: 1 }]])], null, allow);
    expect(!partArray.result.ok && partArray.result.blocked.map((b) => `${b.reason}:${b.where}`)).toEqual(['shared-formula:B6']);
    // Replacing every cell of them is fine, and so is replacing cells that only share the formula.
    expect((await applyTo(input, [cellsPlan(SHEET, 2, 1, [[{ value: 1 }], [{ value: 2 }], [{ value: 3 }]])], null, allow)).result.ok).toBe(true);
    expect((await applyTo(input, [cellsPlan(SHEET, 3, 1, [[{ value: 1 }]])], null, allow)).result.ok).toBe(true);
    expect((await applyTo(input, [cellsPlan(SHEET, 6, 1, [[{ value: 1 }], [{ value: 2 }]])], null, allow)).result.ok).toBe(true);
  });

  it('read a shared formula\'s DTI call and Excel\'s stored form of a custom function as the add-in\'s own cells', async () => {
    const own = row(2, '<c r="B2" t="str"><f t="shared" ref="B2:B3" si="0">DTI.STATUS(A2,"1")</f><v>Đạt</v></c>') + row(3, '<c r="B3" t="str"><f t="shared" si="0"/><v>Đạt</v></c>') + row(4, '<c r="B4" t="str"><f>_xldudf_DTI_STATUS(A4,"1")</f><v>Đạt</v></c>');
    const input = await buildPackage({ sheets: [{ name: SHEET, body: `<sheetData>${own}</sheetData>` }] });
    const out = await applyTo(input, [cellsPlan(SHEET, 2, 1, [[{ formula: '=DTI.STATUS(A2,C2)' }], [{ formula: '=DTI.STATUS(A3,C3)' }], [{ formula: '=DTI.STATUS(A4,C4)' }]])]);
    expect(out.result).toEqual({ ok: true, written: [SHEET] });
  });
});

describe('refusals peculiar to sheets in a file', () => {
  it('an Excel table over the cells, and an active filter over the rows', async () => {
    const tableRels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="T1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/table" Target="../tables/table1.xml"/></Relationships>';
    const input = await buildPackage({
      sheets: [
        { name: SHEET, body: '<sheetData/><tableParts count="1"><tablePart r:id="T1"/></tableParts>', rels: tableRels },
        { name: 'Lọc', body: '<sheetData/><autoFilter ref="A1:H9"><filterColumn colId="1"><filters><filter val="Đạt"/></filters></filterColumn></autoFilter>' },
      ],
      parts: { 'xl/tables/table1.xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="Table1" displayName="BangTheoDoi" ref="H1:J9"><tableColumns count="3"><tableColumn id="1" name="a"/><tableColumn id="2" name="b"/><tableColumn id="3" name="c"/></tableColumns></table>' },
      types: '<Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>',
    });
    const out = await applyTo(input, [cellsPlan(SHEET, 3, 8, [[{ value: 'Tình trạng' }]]), cellsPlan('Lọc', 3, 8, [[{ value: 'Tình trạng' }]])]);
    expect(!out.result.ok && out.result.blocked.map((b) => `${b.reason}:${b.where}`)).toEqual(['table-overlap:BangTheoDoi', 'filter:A1:H9']);
    expect(await partChanges(input, out.bytes)).toMatchObject({ changed: [], added: [], removed: [] });
  });
});
