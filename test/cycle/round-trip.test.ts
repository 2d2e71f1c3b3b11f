/**
 * The monthly cycle on the sample tracker, as an office runs it: forms for each
 * owning unit, filled by the units (one with a conflict, one with a text
 * result, a changed row and an added row, one for the wrong month), merged
 * into a new tracker, merged again (nothing changes), then the month's report.
 */
import { createHash } from 'crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { dtiAt } from '../helpers/run-dti';
import { readWorkbook, tempDir } from '../helpers/workbook';

const SAMPLE = join(__dirname, '../../samples/dti-sample.xlsx');
const BEFORE_DEADLINE = new Date(2026, 10, 18, 9, 30);
const AFTER_DEADLINE = new Date(2026, 10, 25, 10, 0);

const hash = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

async function fill(path: string, cells: Record<string, ExcelJS.CellValue>): Promise<void> {
  const wb = await readWorkbook(path);
  const ws = wb.worksheets[0]!;
  for (const [address, value] of Object.entries(cells)) ws.getCell(address).value = value;
  await wb.xlsx.writeFile(path);
}

function cell(wb: ExcelJS.Workbook, sheet: string, address: string): ExcelJS.CellValue {
  return wb.getWorksheet(sheet)!.getCell(address).value;
}

describe('forms out, forms back, the report (sample tracker, 11/2026)', () => {
  const dir = tempDir();
  const tracker = join(dir, 'so-theo-doi.xlsx');
  const forms = join(dir, 'phieu');
  const octForms = join(dir, 'phieu-t10');
  const out = join(dir, 'so-da-nhap.xlsx');
  const again = join(dir, 'so-nhap-lai.xlsx');
  const kinhTe = join(forms, 'Phieu-T11-2026-Phong-kinh-te.xlsx');
  const vhxh = join(forms, 'Phieu-T11-2026-Phong-vh-xh.xlsx');
  const octCenter = join(octForms, 'Phieu-T10-2026-Trung-tam-phuc-vu-hanh-chinh-cong-xa.xlsx');
  let hashes: Record<string, string> = {};

  beforeAll(async () => {
    copyFileSync(SAMPLE, tracker);
    expect((await dtiAt(BEFORE_DEADLINE, 'forms', tracker, '--month', '2026-11', '--out-dir', forms)).code).toBe(0);
    expect((await dtiAt(BEFORE_DEADLINE, 'forms', tracker, '--month', '2026-10', '--out-dir', octForms)).code).toBe(0);
    // Phòng Kinh tế: 09 as the tracker has it, with its evidence; 10 differs from the tracker's 16%.
    await fill(kinhTe, { F6: 0.012, G6: '12/BC-KT', H6: new Date(Date.UTC(2026, 10, 5)), I6: 'Báo cáo chi ngân sách cho chuyển đổi số', F7: 0.17, J7: 'Số liệu quý III' });
    // Phòng VH-XH: 06 (first table) proven by a document; 04 newly reported with a link; 06 confirmed with a document; 08 as words; row 16 renamed; a row added.
    await fill(vhxh, {
      G6: '01/BC-VHXH',
      F10: 0.9,
      I10: 'https://vanhoa.example.gov.vn/tap-huan-t11',
      F12: 1,
      G12: '05/QĐ-UBND',
      F14: 'khoảng 75',
      B16: 'Tỷ lệ người dân có Sổ sức khỏe điện tử (đã sửa)',
      F16: 0.95,
      A17: '14',
      B17: 'Chỉ tiêu đơn vị tự thêm',
      F17: 0.5,
    });
    // The public service centre filled October's form.
    await fill(octCenter, { F6: 0.85 });
    hashes = Object.fromEntries([tracker, kinhTe, vhxh, octCenter].map((p) => [p, hash(p)]));
  }, 60_000);

  test('one form per owning unit, with only its indicators, under safe names', () => {
    expect(readdirSync(forms).sort()).toEqual([
      'Phieu-T11-2026-Cac-co-quan-don-vi-cac-nganh-xa.xlsx',
      'Phieu-T11-2026-Cong-an-xa.xlsx',
      'Phieu-T11-2026-Phong-kinh-te.xlsx',
      'Phieu-T11-2026-Phong-vh-xh.xlsx',
      'Phieu-T11-2026-Trung-tam-phuc-vu-hanh-chinh-cong-xa.xlsx',
    ]);
  });

  test('forms are never written over without --force', async () => {
    const run = await dtiAt(BEFORE_DEADLINE, 'forms', tracker, '--month', '2026-11', '--out-dir', forms);
    expect(run.code).toBe(2);
    expect(hash(kinhTe)).toBe(hashes[kinhTe]);
  });

  test('a conflict is listed with both addresses and stops the merge', async () => {
    const run = await dtiAt(BEFORE_DEADLINE, 'merge', tracker, kinhTe, vhxh, octCenter, '--month', '2026-11', '--out', out);
    expect(run.code).toBe(1);
    expect(run.out).toContain('Phụ lục 1!K21 [10 Tỷ trọng kinh tế số trong GRDP]: sổ "16%" ≠ Phieu-T11-2026-Phong-kinh-te.xlsx!F7 "17%"');
    expect(run.out).toContain('Chưa ghi gì.');
    expect(existsSync(out)).toBe(false);
  });

  describe('merged with --prefer form', () => {
    let run: Awaited<ReturnType<typeof dtiAt>>;
    let wb: ExcelJS.Workbook;
    beforeAll(async () => {
      run = await dtiAt(BEFORE_DEADLINE, 'merge', tracker, kinhTe, vhxh, octCenter, '--month', '2026-11', '--out', out, '--prefer', 'form');
      wb = await readWorkbook(out);
    }, 60_000);

    test('the tracker holds exactly the forms\' results and evidence', () => {
      expect(run.code).toBe(0);
      expect(cell(wb, 'Phụ lục 1', 'K21')).toBe(0.17);
      expect(cell(wb, 'Phụ lục 1', 'K15')).toBe(0.9);
      // Unchanged: the same figure as the form's, the unreadable words refused, the renamed row refused.
      expect(cell(wb, 'Phụ lục 1', 'K20')).toBe('1,2%');
      expect(cell(wb, 'Phụ lục 1', 'K17')).toBe('100%');
      expect(cell(wb, 'Phụ lục 1', 'K19')).toBe('khoảng 70');
      expect(cell(wb, 'Phụ lục 1', 'K24')).toEqual({ error: '#N/A' });
      expect(cell(wb, 'Phụ lục 1', 'L11')).toBe('Minh chứng 11/2026');
      expect(cell(wb, 'Phụ lục 1', 'L20')).toBe('Số 12/BC-KT ngày 05/11/2026: Báo cáo chi ngân sách cho chuyển đổi số');
      expect(cell(wb, 'Phụ lục 1', 'L15')).toBe('https://vanhoa.example.gov.vn/tap-huan-t11');
      expect(cell(wb, 'Phụ lục 1', 'L17')).toBe('Số 05/QĐ-UBND');
      const evidence: string[] = [];
      wb.getWorksheet('Phụ lục 1')!.getColumn(12).eachCell((c) => c.value !== null && evidence.push(c.address));
      // Both stacked tables keep their evidence in one column right of both (K is the second table's November).
      expect(evidence).toEqual(['L2', 'L8', 'L11', 'L15', 'L17', 'L20']);
      expect(cell(wb, 'Phụ lục 1', 'L2')).toBe('Minh chứng 11/2026');
      expect(cell(wb, 'Phụ lục 1', 'L8')).toBe('Số 01/BC-VHXH');
      expect(cell(wb, 'Phụ lục 1', 'K8')).toBeNull();
    });

    test('refusals are said with the form\'s cell addresses', () => {
      expect(run.out).toContain('Phieu-T11-2026-Phong-vh-xh.xlsx!F14 (Phòng VH-XH): Kết quả "khoảng 75"');
      expect(run.out).toContain('Phieu-T11-2026-Phong-vh-xh.xlsx!B16 (Phòng VH-XH): Dòng 16 đã bị sửa');
      expect(run.out).toContain('Phieu-T11-2026-Phong-vh-xh.xlsx!A17 (Phòng VH-XH): Dòng 17 được thêm vào phiếu');
      expect(run.out).toContain('Phieu-T10-2026-Trung-tam-phuc-vu-hanh-chinh-cong-xa.xlsx (Trung tâm Phục vụ hành chính công xã): Phiếu là của tháng 2026-10, không phải tháng 2026-11');
      expect(run.out).toContain('Ghi chú Phieu-T11-2026-Phong-kinh-te.xlsx!J7 (Phòng Kinh tế, 10 Tỷ trọng kinh tế số trong GRDP): Số liệu quý III');
    });

    test('the inputs are unchanged', () => {
      for (const [path, before] of Object.entries(hashes)) expect(hash(path)).toBe(before);
    });

    test('a hidden log records each unit, when, and every changed cell', () => {
      const log = wb.worksheets.find((w) => w.name === 'DTI_NhatKyPhieu')!;
      expect(log.state).toBe('hidden');
      const rows: string[] = [];
      log.eachRow((row, n) => n > 1 && rows.push([2, 3, 5, 6, 7, 8].map((c) => String(row.getCell(c).value ?? '')).join(' | ')));
      expect(rows.sort()).toEqual(
        [
          '2026-11 | Phòng Kinh tế | Phụ lục 1 | K21 | 16% | 17%',
          '2026-11 | Phòng Kinh tế | Phụ lục 1 | L20 |  | Số 12/BC-KT ngày 05/11/2026: Báo cáo chi ngân sách cho chuyển đổi số',
          '2026-11 | Phòng VH-XH | Phụ lục 1 | K15 |  | 90%',
          '2026-11 | Phòng VH-XH | Phụ lục 1 | L15 |  | https://vanhoa.example.gov.vn/tap-huan-t11',
          '2026-11 | Phòng VH-XH | Phụ lục 1 | L17 |  | Số 05/QĐ-UBND',
          '2026-11 | Phòng VH-XH | Phụ lục 1 | L8 |  | Số 01/BC-VHXH',
        ].sort(),
      );
      expect(String(log.getCell('A2').value)).toBe('2026-11-18T09:30:00');
    });

    test('the same forms merged again change nothing', async () => {
      const second = await dtiAt(BEFORE_DEADLINE, 'merge', out, kinhTe, vhxh, '--month', '2026-11', '--out', again);
      expect(second.code).toBe(0);
      expect(second.out).toContain('Không có ô nào thay đổi');
      const before = await readWorkbook(out);
      const after = await readWorkbook(again);
      for (const ws of before.worksheets) {
        const dump = (w: ExcelJS.Worksheet): string[] => {
          const cells: string[] = [];
          w.eachRow((row) => row.eachCell((c) => cells.push(`${c.address}=${JSON.stringify(c.value)}`)));
          return cells;
        };
        expect(dump(after.getWorksheet(ws.name)!)).toEqual(dump(ws));
      }
    });

    test('the report names the late units and the met indicators without evidence', async () => {
      const summary = await dtiAt(AFTER_DEADLINE, 'summary', out, '--month', '2026-11', '--json');
      expect(summary.code).toBe(0);
      const cycle = JSON.parse(summary.out).cycle;
      expect(cycle.deadline).toBe('2026-11-20');
      expect(cycle.late.sort()).toEqual(['Các cơ quan, đơn vị; các ngành xã', 'Công an xã', 'Trung tâm Phục vụ hành chính công xã']);
      const states = Object.fromEntries(cycle.units.map((u: { unit: string; state: string }) => [u.unit, u.state]));
      expect(states['Phòng Kinh tế']).toBe('on_time');
      expect(states['Phòng VH-XH']).toBe('on_time');
      const metNoEvidence = cycle.metWithoutEvidence.filter((i: { sheet: string }) => i.sheet === 'Phụ lục 1').map((i: { row: number }) => i.row);
      expect(metNoEvidence).toEqual([3, 7, 12, 14, 23]);
      const kinhTeUnit = cycle.units.find((u: { unit: string }) => u.unit === 'Phòng Kinh tế');
      expect(kinhTeUnit.shortfalls.map((s: { id: string }) => s.id)).toEqual(['10']);
    });

    test('the report sheet says it in its paragraphs', async () => {
      const report = join(dir, 'bao-cao.xlsx');
      expect((await dtiAt(AFTER_DEADLINE, 'summary', out, '--month', '2026-11', '--out', report)).code).toBe(0);
      const texts: string[] = [];
      (await readWorkbook(report)).getWorksheet('Báo cáo T11-2026')!.eachRow((row) => row.eachCell((c) => typeof c.value === 'string' && texts.push(c.value)));
      expect(texts).toContain('3 đơn vị chưa gửi phiếu báo cáo tháng đúng hạn (ngày 20/11/2026): Các cơ quan, đơn vị; các ngành xã; Trung tâm Phục vụ hành chính công xã; Công an xã.');
      expect(texts.some((t) => t.startsWith('14 chỉ tiêu đạt nhưng chưa có tài liệu kiểm chứng, chưa đủ căn cứ để tính điểm: 01 (Các cơ quan'))).toBe(true);
    });
  });
});
