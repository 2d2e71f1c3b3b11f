/**
 * What a unit finds in its form: its indicators as text, the input cells
 * validated by each target's kind, and the record of what the form is for
 * (in a custom XML part, and in a very hidden sheet).
 */
import { copyFileSync, readFileSync } from 'fs';
import { join } from 'path';
import JSZip from 'jszip';
import { formMetaFromXml } from '../../src/core/cycle/form-meta';
import { dtiAt } from '../helpers/run-dti';
import { readWorkbook, tempDir } from '../helpers/workbook';

const SAMPLE = join(__dirname, '../../samples/dti-sample.xlsx');

describe('the Phòng VH-XH form of 11/2026', () => {
  const dir = tempDir();
  const form = join(dir, 'Phieu-T11-2026-Phong-vh-xh.xlsx');
  beforeAll(async () => {
    const tracker = join(dir, 'so.xlsx');
    copyFileSync(SAMPLE, tracker);
    expect((await dtiAt(new Date(2026, 10, 3, 8, 0), 'forms', tracker, '--month', '2026-11', '--out-dir', dir, '--han-nop', '18')).code).toBe(0);
  });

  test('its rows: id, name, target, unit, last month as text; the deadline said', async () => {
    const ws = (await readWorkbook(form)).getWorksheet('Phiếu báo cáo')!;
    expect(ws.getCell('A2').value).toBe('Đơn vị: Phòng VH-XH');
    expect(String(ws.getCell('A3').value)).toContain('trước ngày 18/11/2026');
    expect(ws.getCell('F5').value).toBe('Kết quả tháng 11/2026');
    const row = (n: number) => ['A', 'B', 'E'].map((c) => ws.getCell(`${c}${n}`).value);
    expect(row(6)).toEqual(['06', 'Tỷ lệ người dân biết kỹ năng về công nghệ thông tin và truyền thông', '66%']);
    expect(row(8)).toEqual(['02', 'Mức độ triển khai các nền tảng số dùng chung', '7/9']);
    expect(ws.getCell('A17').value).toBeNull();
  });

  test('results are validated by the target\'s kind', async () => {
    const zip = await JSZip.loadAsync(readFileSync(form));
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const rules = [...sheet.matchAll(/<dataValidation ([^>]*)>([\s\S]*?)<\/dataValidation>/g)].map((m) => {
      const attrs = m[1]!;
      const formulas = [...m[2]!.matchAll(/<formula\d>([^<]*)<\/formula\d>/g)].map((f) => f[1]!.replace(/&quot;/g, '"'));
      return `${/sqref="([^"]*)"/.exec(attrs)![1]} ${/type="(\w+)"/.exec(attrs)![1]} ${formulas.join(' ')}`;
    });
    // Row 7: a centre "đạt"/not; row 8: 9 platforms; row 9: AI in use; the shares from 0 to 100%.
    expect(rules.sort()).toEqual(['F10:F16 decimal 0 1', 'F6 decimal 0 1', 'F7 list "Đạt,Chưa đạt"', 'F8 decimal 0 9', 'F9 list "Đạt,Chưa đạt"'].sort());
  });

  test('the form says what it is for, twice', async () => {
    const zip = await JSZip.loadAsync(readFileSync(form));
    const part = Object.keys(zip.files).find((n) => /^customXml\/item\d+\.xml$/.test(n))!;
    const parsed = formMetaFromXml(await zip.file(part)!.async('string'));
    expect(parsed && 'meta' in parsed && { ...parsed.meta, rows: parsed.meta.rows.length }).toEqual({
      version: 1,
      month: '2026-11',
      unit: 'Phòng VH-XH',
      fingerprint: expect.stringMatching(/^fnv1a:[0-9a-f]{8}:37$/),
      deadlineDay: 18,
      madeAt: new Date(2026, 10, 3, 8, 0).toISOString(),
      rows: 11,
    });
    const kept = (await readWorkbook(form)).getWorksheet('DTI_Phieu')!;
    expect(kept.state).toBe('veryHidden');
    expect(JSON.parse(String(kept.getCell('A1').value))).toEqual((parsed as { meta: unknown }).meta);
  });
});
