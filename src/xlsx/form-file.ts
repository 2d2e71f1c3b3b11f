/**
 * A unit's form as an .xlsx file: one sheet, protected without a password
 * (guarded, not secret), only the input cells unlocked, the result cells
 * validated by the target's kind, and the form's own custom XML part (month,
 * unit, plan fingerprint, rows) so the merge knows what it was made for.
 * Runs in the task pane too (ExcelJS and JSZip only, no Node module).
 */
import ExcelJS from 'exceljs';
import { FORM_COL, FORM_FIRST_ROW, FORM_HEADER_ROW, FORM_INPUT_COLS, FORM_SHEET, FORM_WIDTHS, formHeader } from '../core/cycle/form-layout';
import { FORM_META_CHUNK, FORM_META_SHEET, formMetaToXml } from '../core/cycle/form-meta';
import type { ResultRule, UnitForm } from '../core/cycle/form-plan';
import { monthLabel, parseYearMonth } from '../core/months';
import JSZip from 'jszip';
import { CONTENT_TYPE, REL_TYPE } from './package/namespaces';

const INPUT_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
const HEAD_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
const THIN: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

export async function formFileBytes(form: UnitForm): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'DTI for Excel';
  const ws = wb.addWorksheet(FORM_SHEET, { views: [{ state: 'frozen', ySplit: FORM_HEADER_ROW }], pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const label = monthLabel(parseYearMonth(form.meta.month)!);
  FORM_WIDTHS.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.getCell(1, 1).value = form.title;
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  ws.getCell(2, 1).value = `Đơn vị: ${form.meta.unit}`;
  ws.getCell(2, 1).font = { bold: true };
  ws.getCell(3, 1).value = `Gửi về Văn phòng UBND xã (bộ phận tổng hợp) trước ngày ${String(form.meta.deadlineDay).padStart(2, '0')}/${label}. Chỉ nhập vào các ô nền vàng; ghi rõ tài liệu kiểm chứng (số, ngày, trích yếu hoặc đường dẫn) cho mỗi kết quả. Không thêm, xóa hay sửa dòng.`;
  ws.getCell(3, 1).alignment = { wrapText: true, vertical: 'top' };
  ws.mergeCells(3, 1, 3, FORM_WIDTHS.length);
  ws.getRow(3).height = 32;

  const header = ws.getRow(FORM_HEADER_ROW);
  formHeader(label).forEach((text, i) => {
    const cell = header.getCell(i + 1);
    cell.value = text;
    cell.font = { bold: true };
    cell.fill = HEAD_FILL;
    cell.border = THIN;
    cell.alignment = { wrapText: true, horizontal: 'center', vertical: 'middle' };
  });
  header.height = 45;

  form.lines.forEach((line, i) => {
    const row = ws.getRow(FORM_FIRST_ROW + i);
    const fixed: Array<[number, string | null]> = [
      [FORM_COL.id, line.id],
      [FORM_COL.name, line.name],
      [FORM_COL.target, line.target],
      [FORM_COL.unit, line.unit],
      [FORM_COL.previous, line.previous],
    ];
    // Text stays text: an id "1.3" or a previous value "85%" is not turned into a number.
    for (const [col, value] of fixed) {
      const cell = row.getCell(col + 1);
      cell.value = value ?? '';
      cell.numFmt = '@';
      cell.border = THIN;
      cell.alignment = { wrapText: true, vertical: 'top' };
    }
    for (const col of FORM_INPUT_COLS) {
      const cell = row.getCell(col + 1);
      cell.protection = { locked: false };
      cell.fill = INPUT_FILL;
      cell.border = THIN;
      cell.alignment = { wrapText: true, vertical: 'top' };
    }
    row.getCell(FORM_COL.docDate + 1).numFmt = 'dd/mm/yyyy';
    validate(row.getCell(FORM_COL.result + 1), line.rule);
  });

  // No password: the sheet is guarded against slips, not locked away (Review → Unprotect Sheet).
  await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  const record = wb.addWorksheet(FORM_META_SHEET, { state: 'veryHidden' });
  const json = JSON.stringify(form.meta);
  for (let i = 0; i * FORM_META_CHUNK < json.length; i++) record.getCell(i + 1, 1).value = json.slice(i * FORM_META_CHUNK, (i + 1) * FORM_META_CHUNK);
  await record.protect('', {});
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  return withFormPart(bytes, formMetaToXml(form.meta));
}

function validate(cell: ExcelJS.Cell, rule: ResultRule): void {
  if (rule.kind === 'any') {
    if (rule.format) cell.numFmt = rule.format;
    return;
  }
  if (rule.kind === 'list') {
    cell.dataValidation = { type: 'list', allowBlank: true, formulae: [`"${rule.values.join(',')}"`], showErrorMessage: true, errorStyle: 'stop', error: rule.message.vi, showInputMessage: true, prompt: rule.message.vi };
    return;
  }
  if (rule.format) cell.numFmt = rule.format;
  const between = rule.max !== undefined;
  cell.dataValidation = {
    type: 'decimal',
    allowBlank: true,
    operator: between ? 'between' : 'greaterThanOrEqual',
    formulae: between ? [rule.min, rule.max!] : [rule.min],
    showErrorMessage: true,
    errorStyle: 'stop',
    error: rule.message.vi,
    showInputMessage: true,
    prompt: rule.message.vi,
  };
}

/**
 * The form's record as a custom XML part: the item, its properties, their
 * relationship, the workbook's relationship and the content type. The package
 * is the one ExcelJS just wrote, which has no custom XML part yet.
 */
async function withFormPart(bytes: Uint8Array, xml: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const rels = 'http://schemas.openxmlformats.org/package/2006/relationships';
  zip.file('customXml/item1.xml', xml);
  zip.file(
    'customXml/itemProps1.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?><ds:datastoreItem ds:itemID="{D71E0000-0000-4000-8000-0000000F0001}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>',
  );
  zip.file('customXml/_rels/item1.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${rels}"><Relationship Id="rId1" Type="${REL_TYPE.customXmlProps}" Target="itemProps1.xml"/></Relationships>`);
  const workbookRels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  zip.file('xl/_rels/workbook.xml.rels', workbookRels.replace('</Relationships>', `<Relationship Id="rIdDtiForm" Type="${REL_TYPE.customXml}" Target="../customXml/item1.xml"/></Relationships>`));
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace('</Types>', `<Override PartName="/customXml/itemProps1.xml" ContentType="${CONTENT_TYPE.customXmlProps}"/></Types>`));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
