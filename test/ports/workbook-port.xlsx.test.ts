/** The workbook port contract, run on the .xlsx port over real file bytes (written by ExcelJS, patched by the port). */
import { XlsxWorkbook } from '../../src/xlsx/xlsx-workbook';
import { seedXlsx } from '../../kit/fake-excel/seed-xlsx';
import JSZip from 'jszip';
import { writeMappingPart } from '../../src/xlsx/mapping-part';
import { deleteSheet, editPart, packageState, partText, protectSheet, protectStructure, renameSheet, typeInto } from '../helpers/xlsx-package';
import { describeWorkbookPortContract, type PortSubject } from './workbook-port.contract';

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
    renameSheet: (from, to) => change((bytes) => renameSheet(bytes, from, to)),
    deleteSheet: (name) => change((bytes) => deleteSheet(bytes, name)),
    putRecordXml: (xml) =>
      change(async (bytes) => {
        const withRecord = await writeMappingPart(bytes, { version: 1, sheets: {} });
        for (const name of Object.keys((await JSZip.loadAsync(withRecord)).files)) {
          if (/^customXml\/item\d+\.xml$/.test(name) && (await partText(withRecord, name)).includes('dtiMapping')) return editPart(withRecord, name, () => xml);
        }
        throw new Error('no DTI record part');
      }),
    recordXml: async () => {
      const bytes = await port.toBytes();
      for (const name of Object.keys((await JSZip.loadAsync(bytes)).files)) {
        if (/^customXml\/item\d+\.xml$/.test(name) && (await partText(bytes, name)).includes('dtiMapping')) return partText(bytes, name);
      }
      throw new Error('no DTI record part');
    },
  };
  return subject;
}

describeWorkbookPortContract('.xlsx port (package patching)', xlsxSubject);
