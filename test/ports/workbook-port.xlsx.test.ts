/** The workbook port contract, run on the .xlsx port over real file bytes (written by ExcelJS, patched by the port). */
import ExcelJS from 'exceljs';
import { XlsxWorkbook } from '../../src/xlsx/xlsx-workbook';
import { SEED_SHEET, seedRows } from '../fakes/seed-sheet';
import { packageState, protectSheet, protectStructure, typeInto } from '../helpers/xlsx-package';
import { describeWorkbookPortContract, NOTES_SHEET, type PortSubject } from './workbook-port.contract';

/** The contract's commune workbook as an .xlsx file (the same sheets as test/fakes/seed-workbook). */
export async function seedXlsx(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const plan = wb.addWorksheet(SEED_SHEET);
  seedRows().forEach((line, r) =>
    line.forEach((value, c) => {
      if (value === null) return;
      const cell = plan.getCell(r + 1, c + 1);
      cell.value = value;
      if (r >= 3 && (c === 6 || c === 7)) cell.numFmt = '0%';
    }),
  );
  plan.mergeCells('A1:H1');
  const notes = wb.addWorksheet(NOTES_SHEET);
  notes.getCell('A1').value = 'Ghi chú của Phòng Văn hóa - Xã hội';
  notes.getCell('A2').value = 'Số liệu gửi trước ngày 18 hằng tháng.';
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function xlsxSubject(): Promise<PortSubject> {
  let port = await XlsxWorkbook.fromBytes(await seedXlsx(), 'so-xa.xlsx');
  // A user's change is made on the file's bytes; the port is opened again on them.
  const change = async (edit: (bytes: Uint8Array) => Promise<Uint8Array>): Promise<void> => {
    port = await XlsxWorkbook.fromBytes(await edit(await port.toBytes()), 'so-xa.xlsx');
  };
  const subject: PortSubject = {
    get port() {
      return port;
    },
    host: 'xlsx',
    state: async () => packageState(await port.toBytes()),
    view: async () => packageState(await port.toBytes()),
    protectSheet: (sheet) => change((bytes) => protectSheet(bytes, sheet)),
    protectStructure: () => change(protectStructure),
    typeInto: (sheet, address, text) => change((bytes) => typeInto(bytes, sheet, address, text)),
  };
  return subject;
}

describeWorkbookPortContract('.xlsx port (package patching)', xlsxSubject);
