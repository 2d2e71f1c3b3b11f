import { existsSync, readdirSync, readFileSync, writeFileSync } from 'fs';
import { dirname, join } from 'path';
import JSZip from 'jszip';
import type { WorkbookMapping } from '../../src/core/schema';
import { openWorkbookFile } from '../../src/xlsx/open-workbook';
import { writeMappingPart } from '../../src/xlsx/mapping-part';
import { planSheet } from '../helpers/plan-fixture';
import { dti } from '../helpers/run-dti';
import { tempDir, writeWorkbook } from '../helpers/workbook';

/** A workbook of two plan sheets whose saved mapping (as the task pane writes it) excludes the second. */
async function withMapping(mapping: WorkbookMapping | string): Promise<string> {
  const plain = await writeWorkbook({ 'Kế hoạch': planSheet(), 'Bản cũ': planSheet() });
  const bytes = typeof mapping === 'string' ? await damaged(plain, mapping) : await writeMappingPart(readFileSync(plain), mapping);
  const file = join(tempDir(), 'co-anh-xa.xlsx');
  writeFileSync(file, bytes);
  return file;
}

async function damaged(path: string, json: string): Promise<Uint8Array> {
  return withPart(path, 'customXml/item1.xml', `<dtiMapping xmlns="urn:dti-excel:mapping:v1">${json}</dtiMapping>`);
}

/** The plan workbook with a DTI record part (customXml/item1.xml, linked as the add-in links it) holding `xml`. */
async function withPart(path: string, part: string, xml: string): Promise<Uint8Array> {
  const good = await writeMappingPart(readFileSync(path), { version: 1, sheets: {} });
  const zip = await JSZip.loadAsync(good);
  zip.file(part, xml);
  return zip.generateAsync({ type: 'uint8array' });
}

/** A workbook of the plan whose record part holds `xml`. */
async function withRecordXml(xml: string): Promise<string> {
  const plain = await writeWorkbook({ 'Kế hoạch': planSheet() });
  const file = join(tempDir(), 'ban-ghi.xlsx');
  writeFileSync(file, await withPart(plain, 'customXml/item1.xml', xml));
  return file;
}

/** The sheets a summary makes, as the record lists them. */
const REPORT_SHEETS = ['Báo cáo T11-2026', 'Phụ lục BC T11-2026', 'DTI_LichSu'];

async function ownSheetNames(file: string): Promise<string[]> {
  const stored = (await openWorkbookFile(file)).mapping;
  return stored.found && 'mapping' in stored ? (stored.mapping.ownSheets ?? []).map((s) => s.name).sort((a, b) => REPORT_SHEETS.indexOf(a) - REPORT_SHEETS.indexOf(b)) : [];
}

async function partOf(file: string, part: string): Promise<string | undefined> {
  return (await JSZip.loadAsync(readFileSync(file))).file(part)?.async('string');
}

const MAPPING: WorkbookMapping = {
  version: 1,
  commune: 'xã Thống Nhất',
  sheets: {
    'Kế hoạch': {
      indicators: true,
      tables: [
        {
          headerTop: 2,
          headerBottom: 2,
          // The user pointed "owner" at the deadline column, on purpose, to see the choice honoured.
          columns: { id: 'A', name: 'B', unit: 'C', target: 'D', owner: 'F' },
          months: [
            { column: 'G', year: 2026, month: 10 },
            { column: 'H', year: 2026, month: 11 },
          ],
        },
      ],
    },
    'Bản cũ': { indicators: false, tables: [] },
  },
};

describe('the mapping saved by the task pane, read by the command line', () => {
  it('is used: excluded sheets are left out and the chosen columns are read', async () => {
    const file = await withMapping(MAPPING);
    const run = await dti('summary', file, '--month', '2026-11', '--json');
    expect(run.code).toBe(0);
    const rows = JSON.parse(run.out).indicators as Array<{ sheet: string; id: string; owner: string }>;
    expect(new Set(rows.map((r) => r.sheet))).toEqual(new Set(['Kế hoạch']));
    expect(rows.find((r) => r.id === '1')!.owner).toBe('Tháng 12/2026');
    expect((await dti('check', file)).out).toContain('Dùng ánh xạ cột đã lưu trong sổ làm việc.');
  });

  it('travels into the report file, with the commune it names in the header', async () => {
    const file = await withMapping(MAPPING);
    const out = join(tempDir(), 'bao-cao.xlsx');
    expect((await dti('summary', file, '--month', '2026-11', '--out', out)).code).toBe(0);
    const opened = await openWorkbookFile(out);
    // The mapping as saved, and the three sheets the report added listed as DTI's own (by their sheetId).
    expect(opened.mapping).toEqual({
      found: true,
      mapping: {
        ...MAPPING,
        ownSheets: [
          { kind: 'summary', month: '2026-11', name: 'Báo cáo T11-2026', ids: ['xlsx:3'], token: expect.stringMatching(/^summary_\w{24}$/), hash: expect.stringMatching(/^fnv1a:/), marked: true },
          { kind: 'appendix', month: '2026-11', name: 'Phụ lục BC T11-2026', ids: ['xlsx:4'], token: expect.stringMatching(/^appendix_\w{24}$/), hash: expect.stringMatching(/^fnv1a:/), marked: true },
          { kind: 'history', name: 'DTI_LichSu', ids: ['xlsx:5'], token: expect.stringMatching(/^history_\w{24}$/), hash: expect.stringMatching(/^fnv1a:/), marked: true },
        ],
      },
    });
    expect(opened.workbook.getWorksheet('Báo cáo T11-2026')!.getCell('A2').value).toBe('XÃ THỐNG NHẤT');
  });

  it('keeps the report settings given to dti summary, next to the mapping, for the next report; an older record without them still reads', async () => {
    const file = await withMapping(MAPPING);
    const dir = tempDir();
    const out = join(dir, 'bao-cao.xlsx');
    const run = await dti('summary', file, '--month', '2026-11', '--out', out, '--so', '5', '--tinh', 'Đồng Nai', '--chuc-vu', 'Phó Chủ tịch', '--nguoi-ky', 'Nguyễn Văn An');
    expect(run.code).toBe(0);
    const opened = await openWorkbookFile(out);
    const saved = opened.mapping.found && 'mapping' in opened.mapping ? opened.mapping.mapping : null;
    expect(saved).toMatchObject({ ...MAPPING, report: { numbers: { '2026-11': '05' }, province: 'Đồng Nai', signerTitle: 'Phó Chủ tịch', signerName: 'Nguyễn Văn An' } });
    // October: the settings come from the record; its number is not November's.
    const october = join(dir, 'bao-cao-10.xlsx');
    const next = await dti('summary', out, '--month', '2026-10', '--out', october);
    expect(next.code).toBe(0);
    expect(next.out).toContain('số văn bản (--so 05)');
    expect(next.out).not.toContain('--nguoi-ky');
  });

  it('when damaged, is reported and detection runs instead', async () => {
    const file = await withMapping('{"version": 1, "sheets": 7}');
    const run = await dti('check', file);
    expect(run.out).toContain('Bỏ qua ánh xạ đã lưu: Bản ghi ánh xạ không hợp lệ');
    expect(run.out).toContain('"Kế hoạch": 8 chỉ tiêu');
    expect(run.out).toContain('"Bản cũ": 8 chỉ tiêu');
  });
});

describe('a DTI record this version must not write over', () => {
  const NS = 'urn:dti-excel:mapping:v1';
  const DAMAGED_REFUSAL =
    'Lỗi: Bản ghi DTI trong sổ làm việc (ánh xạ cột, danh sách trang tính do DTI tạo) bị hỏng, nên DTI không ghi đè lên nó; chưa ghi gì. Hãy dùng bản sao của sổ làm việc từ trước khi bị hỏng, hoặc chép các trang tính sang một sổ làm việc mới rồi thử lại.\n';
  const NEWER_REFUSAL =
    'Lỗi: Sổ làm việc này có bản ghi DTI do một phiên bản DTI mới hơn ghi, nên phiên bản này không ghi đè lên nó; chưa ghi gì. Hãy cập nhật DTI (add-in và lệnh dti) rồi thử lại.\n';

  it.each([
    ['a character reference beyond Unicode (&#99999999;)', `<dtiMapping xmlns="${NS}">{"version":1,"sheets":{},"commune":"xã &#99999999;"}</dtiMapping>`, 'Bản ghi DTI trong sổ làm việc bị hỏng (phần XML không đọc được)', DAMAGED_REFUSAL],
    ['a record that is not valid', `<dtiMapping xmlns="${NS}">{"version":1,"sheets":7}</dtiMapping>`, 'Bản ghi ánh xạ không hợp lệ', DAMAGED_REFUSAL],
    ['a newer version\'s record (version attribute 2)', `<dtiMapping xmlns="${NS}" version="2">{"version":2,"sheets":{},"kpis":[]}</dtiMapping>`, 'Bản ghi DTI do một phiên bản DTI mới hơn ghi (phiên bản 2)', NEWER_REFUSAL],
  ])('%s: read as no mapping (said), and a report that would rewrite it is refused with nothing written', async (_name, xml, note, refusal) => {
    const file = await withRecordXml(xml);
    const before = readFileSync(file);
    const check = await dti('check', file);
    expect(check.out).toContain(`Bỏ qua ánh xạ đã lưu: ${note}`);
    expect(check.out).toContain('"Kế hoạch": 8 chỉ tiêu');

    const out = join(tempDir(), 'bao-cao.xlsx');
    const run = await dti('summary', file, '--month', '2026-11', '--out', out);
    expect(run.code).toBe(1);
    expect(run.err).toBe(refusal);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dirname(out))).toEqual([]);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it("another add-in's part that mentions our root and namespace is not ours: kept byte for byte, and the report's record goes into a part of its own", async () => {
    const foreign = `<?xml version="1.0"?><notes xmlns="urn:other-addin"><!-- copied from dtiMapping ${NS} --><dtiMapping xmlns="${NS}">{"version":1,"sheets":{}}</dtiMapping></notes>`;
    const file = await withRecordXml(foreign);
    const out = join(tempDir(), 'bao-cao.xlsx');
    expect((await dti('summary', file, '--month', '2026-11', '--out', out)).code).toBe(0);
    expect(await partOf(out, 'customXml/item1.xml')).toBe(foreign);
    expect(await ownSheetNames(out)).toEqual(REPORT_SHEETS);
    expect(await partOf(out, 'customXml/item2.xml')).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?><dtiMapping xmlns="urn:dti-excel:mapping:v1" version="1">/);
  });

  it('a record this version reads is rewritten keeping the attributes and elements it does not know', async () => {
    const head = `<?xml version="1.0" encoding="UTF-8"?><dtiMapping xmlns="${NS}" xmlns:n="urn:dti-excel:notes" version="1" n:by="task pane 1.4">`;
    const notes = '<n:note when="2026-10-31">Đã đối chiếu &amp; ký</n:note><n:empty/>';
    const file = await withRecordXml(`${head}{"version":1,"sheets":{},"commune":"xã Lộc Tấn"}${notes}</dtiMapping>`);
    const out = join(tempDir(), 'bao-cao.xlsx');
    expect((await dti('summary', file, '--month', '2026-11', '--out', out)).code).toBe(0);
    const written = (await partOf(out, 'customXml/item1.xml'))!;
    expect(written.startsWith(head)).toBe(true);
    expect(written.endsWith(`${notes}</dtiMapping>`)).toBe(true);
    expect((await openWorkbookFile(out)).mapping).toMatchObject({ found: true, mapping: { commune: 'xã Lộc Tấn' } });
    expect(await ownSheetNames(out)).toEqual(REPORT_SHEETS);
  });
});
