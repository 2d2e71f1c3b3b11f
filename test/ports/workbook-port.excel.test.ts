/** The workbook port contract, run on the Office.js adapter over the stateful fake of Excel. */
import { parseAddress } from '../../src/core/grid';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { type FakeWorkbook, createFakeHost } from '../../kit/fake-excel/fake-excel';
import { seedWorkbook } from '../../kit/fake-excel/seed-workbook';
import { describeWorkbookPortContract, type PortSubject } from './workbook-port.contract';

/** Every sheet in order with what it holds; ids (Worksheet.id, part ids) only when `withIds`. */
function dump(workbook: FakeWorkbook, withIds: boolean): string {
  const sheets = workbook.sheets.map((s) => ({
    ...(withIds ? { id: s.id } : {}),
    name: s.name,
    cells: [...s.snapshot()],
    merges: s.merges,
    hiddenRows: [...s.hiddenRows],
    protected: s.protected,
    conditionalFormats: s.conditionalFormats,
    charts: s.charts,
    frozenRows: s.frozenRows,
    widths: [...s.columnWidths],
    pageLayout: s.pageLayout,
  }));
  const parts = workbook.customXmlParts.map((p) => (withIds ? p : { xml: p.xml.replace(/"excel:\{[^"]*\}"/g, '"excel:…"') }));
  return JSON.stringify({ sheets, parts, structureProtected: workbook.structureProtected, settings: [...workbook.settings] });
}

async function excelSubject(): Promise<PortSubject> {
  const workbook = seedWorkbook();
  return {
    port: new OfficeWorkbook(createFakeHost(workbook)),
    host: 'excel',
    state: async () => dump(workbook, true),
    view: async () => dump(workbook, false),
    protectSheet: async (name) => {
      workbook.sheet(name).protected = true;
    },
    protectStructure: async () => {
      workbook.structureProtected = true;
    },
    typeInto: async (name, address, text) => {
      const at = parseAddress(address)!;
      workbook.sheet(name).setRows([[text]], at.row, at.col);
    },
    renameSheet: async (from, to) => {
      workbook.sheet(from).name = to;
    },
    deleteSheet: async (name) => {
      workbook.sheets = workbook.sheets.filter((s) => s !== workbook.sheet(name));
    },
    putRecordXml: async (xml) => {
      workbook.addPart(xml);
    },
    recordXml: async () => workbook.customXmlParts.find((p) => p.xml.includes('dtiMapping'))!.xml,
  };
}

describeWorkbookPortContract('Office.js adapter (fake Excel)', excelSubject);
