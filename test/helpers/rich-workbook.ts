/**
 * A commune workbook carrying what officials' files carry besides cells: a
 * chart (a drawing and a chart part), a picture, a comment, a data validation
 * list, a defined name, custom document properties (docProps/custom.xml), DTI
 * formulas computed by Excel, and a second sheet with its own print setup.
 * ExcelJS writes the workbook; the chart and the custom properties, which
 * ExcelJS cannot write, are added to its package here, as Excel stores them.
 * Everything is generated: no binary of unknown origin.
 */
import { deflateSync, crc32 } from 'zlib';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { planSheet } from './plan-fixture';

export const CHART_SHEET = 'Biểu đồ';
export const CUSTOM_PROPERTY = { name: 'Đơn vị soạn', value: 'Phòng Văn hóa - Xã hội xã Lộc Tấn' };

/** A solid-colour PNG, built from its definition (signature, IHDR, IDAT, IEND). */
export function pngBytes(width: number, height: number, rgb: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer): Buffer => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // truecolour
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: width }, () => rgb).flat())]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
}

export async function richWorkbookBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const spec = planSheet();
  const plan = wb.addWorksheet('Kế hoạch');
  spec.rows.forEach((line, r) => line.forEach((value, c) => value !== undefined && value !== null && (plan.getCell(r + 1, c + 1).value = value)));
  for (const [address, format] of Object.entries(spec.formats ?? {})) plan.getCell(address).numFmt = format;
  plan.getCell('B3').note = 'Số liệu do Trung tâm Phục vụ hành chính công gửi trước ngày 18.';
  plan.getCell('H3').dataValidation = { type: 'decimal', operator: 'between', allowBlank: true, formulae: [0, 1], showErrorMessage: true, error: 'Nhập tỷ lệ từ 0 đến 100%' };
  const logo = wb.addImage({ buffer: pngBytes(16, 16, [192, 0, 0]) as unknown as ExcelJS.Buffer, extension: 'png' });
  plan.addImage(logo, { tl: { col: 9, row: 0 }, ext: { width: 48, height: 48 } });
  wb.definedNames.add("'Kế hoạch'!$D$3:$D$10", 'ChiTieuNam');

  const chart = wb.addWorksheet(CHART_SHEET);
  chart.addRow(['Nhóm', 'Số chỉ tiêu', 'Tình trạng']);
  chart.addRow(['Hạ tầng số', 3]);
  chart.addRow(['Chính quyền số', 4]);
  chart.addRow(['Xã hội số', 1]);
  // Status cells Excel computed with the add-in: the values copy replaces them by their results.
  chart.getCell('C2').value = { formula: 'DTI.STATUS(B2,"≥ 2")', result: 'Đạt' };
  chart.getCell('C3').value = { formula: 'DTI.STATUS(B3,"≥ 5")', result: 'Chưa đạt' };
  chart.pageSetup = { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' };

  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  await addChart(zip);
  await addCustomProperties(zip);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

const PART = { createFolders: false };
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

async function text(zip: JSZip, name: string): Promise<string> {
  const content = await zip.file(name)?.async('string');
  if (content === undefined) throw new Error(`ExcelJS wrote no ${name}`);
  return content;
}

/** A column chart of the chart sheet's table, in a drawing of its own on that sheet. */
async function addChart(zip: JSZip): Promise<void> {
  const workbook = await text(zip, 'xl/workbook.xml');
  const rels = await text(zip, 'xl/_rels/workbook.xml.rels');
  const id = new RegExp(`name="${CHART_SHEET}"[^>]*r:id="([^"]+)"`).exec(workbook)![1];
  const sheetPath = `xl/${new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)![1]!.replace(/^\/?xl\//, '')}`;
  const sheetRels = sheetPath.replace(/([^/]+)$/, '_rels/$1.rels');
  const quoted = `'${CHART_SHEET}'`;
  zip.file(
    'xl/charts/chart1.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>Chỉ tiêu theo nhóm</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:strRef><c:f>${quoted}!$B$1</c:f></c:strRef></c:tx><c:cat><c:strRef><c:f>${quoted}!$A$2:$A$4</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${quoted}!$B$2:$B$4</c:f></c:numRef></c:val></c:ser><c:axId val="50010001"/><c:axId val="50010002"/></c:barChart><c:catAx><c:axId val="50010001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="50010002"/></c:catAx><c:valAx><c:axId val="50010002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="50010001"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`,
    PART,
  );
  zip.file(
    'xl/drawings/drawing90.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>16</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Biểu đồ 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`,
    PART,
  );
  zip.file(
    'xl/drawings/_rels/drawing90.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/chart" Target="../charts/chart1.xml"/></Relationships>`,
    PART,
  );
  const existingRels = await zip.file(sheetRels)?.async('string');
  const drawingRel = `<Relationship Id="rIdChart1" Type="${REL}/drawing" Target="../drawings/drawing90.xml"/>`;
  zip.file(
    sheetRels,
    existingRels
      ? existingRels.replace('</Relationships>', `${drawingRel}</Relationships>`)
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${drawingRel}</Relationships>`,
    PART,
  );
  // <drawing> comes before <legacyDrawing>, <tableParts> and <extLst> in a worksheet.
  const sheet = await text(zip, sheetPath);
  const at = ['<legacyDrawing', '<tableParts', '<extLst', '</worksheet>'].map((tag) => sheet.indexOf(tag)).filter((i) => i >= 0).sort((a, b) => a - b)[0]!;
  zip.file(sheetPath, `${sheet.slice(0, at)}<drawing r:id="rIdChart1"/>${sheet.slice(at)}`, PART);
  const types = await text(zip, '[Content_Types].xml');
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/><Override PartName="/xl/drawings/drawing90.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
    ),
    PART,
  );
}

/** File → Properties → Custom: a property the office keeps on its files. */
async function addCustomProperties(zip: JSZip): Promise<void> {
  zip.file(
    'docProps/custom.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="${CUSTOM_PROPERTY.name}"><vt:lpwstr>${CUSTOM_PROPERTY.value}</vt:lpwstr></property></Properties>`,
    PART,
  );
  const rels = await text(zip, '_rels/.rels');
  zip.file('_rels/.rels', rels.replace('</Relationships>', `<Relationship Id="rIdCustom" Type="${REL}/custom-properties" Target="docProps/custom.xml"/></Relationships>`), PART);
  const types = await text(zip, '[Content_Types].xml');
  zip.file('[Content_Types].xml', types.replace('</Types>', '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>'), PART);
}
