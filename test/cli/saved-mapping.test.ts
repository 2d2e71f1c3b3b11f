import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
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
  const good = await writeMappingPart(readFileSync(path), { version: 1, sheets: {} });
  const zip = await JSZip.loadAsync(good);
  zip.file('customXml/item1.xml', `<dtiMapping xmlns="urn:dti-excel:mapping:v1">${json}</dtiMapping>`);
  return zip.generateAsync({ type: 'uint8array' });
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
    const file = await withMapping('{"version": 7}');
    const run = await dti('check', file);
    expect(run.out).toContain('Bỏ qua ánh xạ đã lưu: Bản ghi ánh xạ không hợp lệ');
    expect(run.out).toContain('"Kế hoạch": 8 chỉ tiêu');
    expect(run.out).toContain('"Bản cũ": 8 chỉ tiêu');
  });
});
