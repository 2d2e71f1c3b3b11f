import { buildPackage } from '../../kit/package-builder';
import { writeFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { PLAN_HEADER, PLAN_ROWS } from '../helpers/plan-fixture';
import { dti } from '../helpers/run-dti';
import { tempDir, writeWorkbook } from '../helpers/workbook';

/** What every bad input must give: a plain message, a known exit code, never a crash (exit 3). */
async function both(file: string): Promise<{ check: Awaited<ReturnType<typeof dti>>; summary: Awaited<ReturnType<typeof dti>> }> {
  const check = await dti('check', file);
  const summary = await dti('summary', file, '--month', '2026-11');
  for (const run of [check, summary]) {
    expect(run.code).not.toBe(3);
    expect(run.err).not.toMatch(/at .+\.ts:\d+|TypeError|undefined/);
  }
  return { check, summary };
}

describe('bad workbooks give clear messages through dti check and dti summary', () => {
  it('an empty sheet', async () => {
    const { check, summary } = await both(await writeWorkbook({ Trống: [] }));
    expect(check.out).toContain('Trang tính trống.');
    expect(summary.code).toBe(1);
    expect(summary.err).toContain('Không tìm thấy bảng chỉ tiêu nào trong tệp');
  });

  it('headers only', async () => {
    const { check, summary } = await both(await writeWorkbook({ 'Kế hoạch': [PLAN_HEADER] }));
    expect(check.out).toContain('"Kế hoạch": 0 chỉ tiêu, 1 bảng');
    expect(check.code).toBe(0);
    expect(summary.out).toContain('(tổng 0)');
  });

  it('everything merged into one cell', async () => {
    const rows = [PLAN_HEADER, ...PLAN_ROWS.slice(0, 3)];
    const { check, summary } = await both(await writeWorkbook({ Gộp: { rows, merges: ['A1:H4'] } }));
    expect(check.out).toContain('Không tìm thấy bảng chỉ tiêu');
    expect(summary.err).toContain('Không tìm thấy bảng chỉ tiêu nào');
  });

  it('#REF! and #DIV/0! values and formulas that return errors', async () => {
    const rows = [
      PLAN_HEADER,
      ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', { error: '#REF!' }, 'Trung tâm', 'Tháng 12/2026', 0.6, { formula: 'G2/0', result: { error: '#DIV/0!' } }],
      ['2', 'Tỷ lệ thanh toán trực tuyến', '%', 'Trên 50%', 'Trung tâm', 'Tháng 12/2026', 0.4, { formula: 'G3*1.5', result: 0.6 }],
    ] as never[][];
    const { check, summary } = await both(await writeWorkbook({ 'Kế hoạch': rows }));
    expect(check.code).toBe(1);
    expect(check.out).toMatch(/LỖI {2}Kế hoạch!D2 \[1\] .*#REF!/);
    expect(check.out).toMatch(/LỖI {2}Kế hoạch!H2 \[1\] .*#DIV\/0!/);
    expect(summary.out).toMatch(/2\s+Tỷ lệ thanh toán trực tuyến\s+Trên 50%\s+40%\s+60%\s+\+10 điểm %\s+Đạt/);
    expect(summary.out).toContain('1 không đọc được');
  });

  it('hidden rows are read, and said', async () => {
    const { check } = await both(await writeWorkbook({ 'Kế hoạch': { rows: [PLAN_HEADER, ...PLAN_ROWS], hidden: [4] } }));
    expect(check.out).toContain('"Kế hoạch": 8 chỉ tiêu');
    expect(check.out).toMatch(/Kế hoạch!\w+4 \[3\] .*ẩn/);
  });

  it('a sheet that is not a table at all', async () => {
    const { check, summary } = await both(
      await writeWorkbook({ 'Ghi chú': [['Họp giao ban ngày 5/11'], ['Nội dung: triển khai chuyển đổi số'], [null, 'Đạt 70%'], [1, 2, 3]] }),
    );
    expect(check.out).toContain('Không tìm thấy bảng chỉ tiêu (cần một dòng tiêu đề');
    expect(summary.code).toBe(1);
  });

  it('a file that is not a workbook', async () => {
    const dir = tempDir();
    const csv = join(dir, 'ke-hoach.xlsx');
    writeFileSync(csv, 'STT,Chỉ tiêu\n1,Tỷ lệ\n');
    const { check, summary } = await both(csv);
    expect(check.code).toBe(2);
    expect(check.err).toContain('không phải sổ làm việc Excel .xlsx');
    expect(summary.err).toContain('không phải sổ làm việc Excel .xlsx');
    const zip = join(dir, 'hong.xlsx');
    writeFileSync(zip, Buffer.from('PK\u0003\u0004 not really a zip'));
    const broken = await dti('check', zip);
    expect(broken.code).toBe(2);
    expect(broken.err).toContain('bị hỏng hoặc không phải sổ làm việc Excel');
    // A real zip that is not a workbook (a .docx renamed, say).
    const other = join(dir, 'van-ban.xlsx');
    const z = new JSZip();
    z.file('word/document.xml', '<w:document/>');
    writeFileSync(other, await z.generateAsync({ type: 'nodebuffer' }));
    const notBook = await dti('summary', other, '--month', '2026-11');
    expect(notBook.code).toBe(2);
    expect(notBook.err).toContain('không phải sổ làm việc Excel');
  });

  it('a missing file', async () => {
    const run = await dti('check', join(tempDir(), 'khong-co.xlsx'), '--lang', 'en');
    expect(run.code).toBe(2);
    expect(run.err).toContain('File not found');
  });

  it('50,000 rows are read in one go and summarised', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Lớn');
    ws.addRow(PLAN_HEADER);
    for (let i = 0; i < 50_000; i++) {
      ws.addRow([String(i + 1), `Tỷ lệ chỉ tiêu số ${i + 1}`, '%', 'Đạt tối thiểu 70%', 'Phòng VH-XH', 'Tháng 12/2026', 0.6, i % 2 ? 0.8 : 0.5]);
    }
    const file = join(tempDir(), 'lon.xlsx');
    await wb.xlsx.writeFile(file);
    const run = await dti('summary', file, '--month', '2026-11', '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out).totals).toEqual({ met: 25_000, not_met: 25_000, no_data: 0, invalid: 0 });
  }, 180_000);
});

describe('far-away stray cells', () => {
  it('two cells at XFD1 and XFD1048576 beside a 10-row plan: the plan is read, the strays are not part of it, and it takes no time', async () => {
    const s = (i: number, ref: string): string => `<{p}c r="${ref}" t="s"><{p}v>${i}</{p}v></{p}c>`;
    let rows = `<{p}row r="1">${s(0, 'A1')}${s(1, 'B1')}${s(2, 'C1')}${s(3, 'D1')}${s(4, 'XFD1')}</{p}row>`;
    for (let r = 2; r <= 11; r++) rows += `<{p}row r="${r}"><{p}c r="A${r}"><{p}v>${r - 1}</{p}v></{p}c>${s(5, `B${r}`)}${s(6, `C${r}`)}<{p}c r="D${r}"><{p}v>0.5</{p}v></{p}c></{p}row>`;
    rows += `<{p}row r="1048576">${s(4, 'XFD1048576')}</{p}row>`;
    const file = join(tempDir(), 'xa.xlsx');
    writeFileSync(file, await buildPackage({ sharedStrings: ['STT', 'Chỉ tiêu', 'Chỉ tiêu năm 2026', 'Tháng 11/2026', 'ghi chú lạc', 'Tỷ lệ hồ sơ trực tuyến', '80%'], sheets: [{ name: 'KH', rows }] }));
    const check = await dti('check', file);
    expect(check.out).toContain('"KH": 10 chỉ tiêu, 1 bảng');
    expect(check.out).toMatch(/D {2}Tháng 11\/2026 ← "Tháng 11\/2026"\n/);
    const summary = await dti('summary', file, '--month', '2026-11');
    expect(summary.out).toContain('0 đạt, 10 chưa đạt');
    // Scanning rows × 16,384 columns again (that took 40–70 s) would end in the test's timeout: a hang guard, not a benchmark.
  }, 30_000);
});
