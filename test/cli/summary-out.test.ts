import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import type ExcelJS from 'exceljs';
import { PLAN_HEADER, PLAN_ROWS, planSheet } from '../helpers/plan-fixture';
import { dti } from '../helpers/run-dti';
import { richWorkbookBytes } from '../helpers/rich-workbook';
import { readWorkbook, tempDir, writeWorkbook } from '../helpers/workbook';
import { writeMappingPart } from '../../src/xlsx/mapping-part';
import { openWorkbookFile } from '../../src/xlsx/open-workbook';
import { typeInto } from '../helpers/xlsx-package';

/** Every cell of a sheet as "A1=value", for comparisons. */
function dump(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => out.push(`${cell.address}=${JSON.stringify(cell.value)}`)),
  );
  return out;
}

function texts(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow((row) => row.eachCell((cell) => typeof cell.value === 'string' && out.push(cell.value)));
  return out;
}

/** The plan alone, and the same plan in a workbook that also holds a chart, a picture, comments… (the report must not depend on them). */
const INPUTS: Array<[string, () => Promise<string>]> = [
  ['a workbook of the plan alone', () => writeWorkbook({ 'Kế hoạch': planSheet() })],
  [
    'a workbook that also holds a chart, a picture, a comment and custom properties',
    async () => {
      const path = join(tempDir(), 'so-theo-doi.xlsx');
      writeFileSync(path, await richWorkbookBytes());
      return path;
    },
  ],
];

describe.each(INPUTS)('dti summary --out writes the monthly report to a new workbook, from %s', (_name, makeInput) => {
  let input: string;
  let output: string;
  let report: ExcelJS.Worksheet;

  beforeAll(async () => {
    input = await makeInput();
    output = join(tempDir(), 'bao-cao.xlsx');
    const before = readFileSync(input);
    const run = await dti('summary', input, '--month', '2026-11', '--out', output);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`Đã ghi báo cáo vào trang tính "Báo cáo T11-2026"`);
    expect(readFileSync(input).equals(before)).toBe(true);
    report = (await readWorkbook(output)).getWorksheet('Báo cáo T11-2026')!;
  });

  it('carries the official header block with the commune found in the workbook, and the title', () => {
    expect(report.getCell('A1').value).toBe('ỦY BAN NHÂN DÂN XÃ LỘC TẤN');
    expect(report.getCell('E1').value).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(report.getCell('E2').value).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(String(report.getCell('E3').value)).toMatch(/^Lộc Tấn, ngày \d+ tháng \d+ năm \d{4}$/);
    expect(report.getCell('A5').value).toBe('BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU CHUYỂN ĐỔI SỐ THÁNG 11/2026');
    expect(report.model.merges).toEqual(expect.arrayContaining(['A1:C1', 'E1:K1', 'A5:K5']));
  });

  it('lists the totals by status', () => {
    const t = texts(report);
    const at = t.indexOf('I. TỔNG HỢP CHUNG');
    expect(at).toBeGreaterThan(0);
    let row = 0;
    report.eachRow((r, n) => r.getCell(1).value === 'I. TỔNG HỢP CHUNG' && (row = n));
    const counts = [2, 3, 4, 5].map((i) => [report.getCell(`B${row + i}`).value, report.getCell(`C${row + i}`).value]);
    expect(counts).toEqual([
      ['Đạt', 3],
      ['Chưa đạt', 3],
      ['Chưa có số liệu', 1],
      ['Không đọc được', 1],
    ]);
  });

  it('lists the shortfalls furthest behind first, with the gap and the owner', () => {
    let row = 0;
    report.eachRow((r, n) => String(r.getCell(1).value).startsWith('III.') && (row = n));
    const ids = [2, 3, 4].map((i) => report.getCell(`A${row + i}`).value);
    expect(ids).toEqual(['3', '6', '2']); // 7/9 (78%), 5% ceiling at 6% (83%), strict 80% (100%)
    expect(report.getCell(`G${row + 2}`).value).toBe('−2');
    expect(report.getCell(`J${row + 2}`).value).toBe('Phòng Văn hóa - Xã hội');
    expect(report.getCell(`G${row + 3}`).value).toBe('−1 điểm %');
  });

  it('keeps shares as numbers with a percent format', () => {
    let row = 0;
    report.eachRow((r, n) => r.getCell(1).value === '1' && r.getCell(2).value === PLAN_ROWS[0]![1] && (row = n));
    expect(report.getCell(`E${row}`).value).toBeCloseTo(0.72);
    expect(report.getCell(`E${row}`).numFmt).toBe('0.0%');
    expect(report.getCell(`I${row}`).value).toBe('Đạt');
  });

  it('draws the borders of a merged cell over its whole width (the owners\' shortfalls span G to K)', () => {
    let row = 0;
    report.eachRow((r, n) => String(r.getCell(1).value).startsWith('IV.') && (row = n));
    const first = row + 3; // heading, note, table head, then the first owner
    expect(report.model.merges).toContain(`G${first}:K${first}`);
    for (const col of ['G', 'H', 'K']) expect([col, report.getCell(`${col}${first}`).border?.top?.style]).toEqual([col, 'thin']);
  });

  it('is set up to print on A4 landscape, fit to width, with the table header repeated', () => {
    expect(report.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(report.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
  });

  it('records November in the history sheet, one row per indicator with a value', async () => {
    const history = (await readWorkbook(output)).getWorksheet('DTI_LichSu')!;
    const rows: unknown[][] = [];
    history.eachRow((r, n) => n > 1 && rows.push([r.getCell(2).value, r.getCell(3).value, r.getCell(5).value]));
    expect(rows).toHaveLength(6); // 7 has no November value and 8's is unreadable: neither is recorded
    expect(rows).toContainEqual(['2026-11', '1', 0.72]);
    expect(rows).toContainEqual(['2026-11', '5', true]);
  });
});

describe('making a summary again', () => {
  it('replaces only its own sheet, and gives the same sheet apart from the generation time', async () => {
    const input = await writeWorkbook({ 'Kế hoạch': planSheet() });
    const dir = tempDir();
    const first = join(dir, 'first.xlsx');
    const second = join(dir, 'second.xlsx');
    expect((await dti('summary', input, '--month', '2026-11', '--out', first)).code).toBe(0);
    expect((await dti('summary', first, '--month', '2026-11', '--out', second)).code).toBe(0);
    const a = (await readWorkbook(first)).getWorksheet('Báo cáo T11-2026')!;
    const wb2 = await readWorkbook(second);
    expect(wb2.worksheets.map((w) => w.name)).toEqual(['Kế hoạch', 'Báo cáo T11-2026', 'DTI_LichSu']);
    const b = wb2.getWorksheet('Báo cáo T11-2026')!;
    const strip = (cells: string[]): string[] => cells.map((c) => c.replace(/lúc [^"]+UTC/, 'lúc …').replace(/ngày \d+ tháng \d+ năm \d+/, 'ngày …'));
    expect(strip(dump(b))).toEqual(strip(dump(a)));
    const history = wb2.getWorksheet('DTI_LichSu')!;
    expect(history.rowCount).toBe(7); // header + 6: November is recorded once
  });

  it('keeps a report the user edited by hand: the new one gets another name, and the command says why', async () => {
    const input = await writeWorkbook({ 'Kế hoạch': planSheet() });
    const dir = tempDir();
    const first = join(dir, 'first.xlsx');
    expect((await dti('summary', input, '--month', '2026-11', '--out', first)).code).toBe(0);
    const signed = join(dir, 'signed.xlsx');
    writeFileSync(signed, await typeInto(readFileSync(first), 'Báo cáo T11-2026', 'B70', 'Đã ký: Nguyễn Văn A'));
    const second = join(dir, 'second.xlsx');
    const run = await dti('summary', signed, '--month', '2026-11', '--out', second);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Báo cáo "Báo cáo T11-2026" đã được sửa tay nên được giữ nguyên; báo cáo mới được đặt tên "Báo cáo T11-2026 (2)".');
    const wb = await readWorkbook(second);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Kế hoạch', 'Báo cáo T11-2026', 'DTI_LichSu', 'Báo cáo T11-2026 (2)']);
    expect(wb.getWorksheet('Báo cáo T11-2026')!.getCell('B70').value).toBe('Đã ký: Nguyễn Văn A');
  });

  it('never replaces a user sheet that has the summary name: a new name is chosen and said', async () => {
    const input = await writeWorkbook({
      'Kế hoạch': planSheet(),
      'Báo cáo T11-2026': [['Bản nháp của tôi'], ['ghi chú quan trọng', 42]],
    });
    const out = join(tempDir(), 'out.xlsx');
    const run = await dti('summary', input, '--month', '2026-11', '--out', out);
    expect(run.code).toBe(0);
    expect(run.out).toContain('"Báo cáo T11-2026 (2)"');
    const wb = await readWorkbook(out);
    expect(dump(wb.getWorksheet('Báo cáo T11-2026')!)).toEqual(['A1="Bản nháp của tôi"', 'A2="ghi chú quan trọng"', 'B2=42']);
    expect(wb.getWorksheet('Báo cáo T11-2026 (2)')!.getCell('A5').value).toContain('THÁNG 11/2026');
  });

  it('takes no sheet for its own because of what a cell says: a user\'s sheet holding "dti:summary:2026-11" is kept, and a plan holding "dti:history" is still read', async () => {
    const input = await writeWorkbook({
      'Kế hoạch': { ...planSheet(), rows: [...planSheet().rows, [], ['dti:history — ghi chú của tôi']] },
      'Báo cáo T11-2026': [['dti:summary:2026-11 · bản nháp của tôi'], ['ghi chú', 42]],
    });
    const check = await dti('check', input);
    expect(check.out).toContain('"Kế hoạch": 8 chỉ tiêu');
    const out = join(tempDir(), 'out.xlsx');
    expect((await dti('summary', input, '--month', '2026-11', '--out', out)).code).toBe(0);
    const wb = await readWorkbook(out);
    expect(dump(wb.getWorksheet('Báo cáo T11-2026')!)).toEqual(['A1="dti:summary:2026-11 · bản nháp của tôi"', 'A2="ghi chú"', 'B2=42']);
    expect(wb.getWorksheet('Báo cáo T11-2026 (2)')!.getCell('A5').value).toContain('THÁNG 11/2026');
  });

  it('says when no commune name was found, and --commune fills the header', async () => {
    const input = await writeWorkbook({ 'Kế hoạch': { ...planSheet(), rows: planSheet().rows.slice(1) } });
    const dir = tempDir();
    const blank = await dti('summary', input, '--month', '2026-11', '--out', join(dir, 'a.xlsx'));
    expect(blank.out).toContain('Chưa tìm thấy tên xã trong sổ làm việc');
    const named = await dti('summary', input, '--month', '2026-11', '--out', join(dir, 'b.xlsx'), '--commune', 'xã Đồng Lạc');
    expect(named.out).not.toContain('Chưa tìm thấy tên xã');
    expect((await readWorkbook(join(dir, 'b.xlsx'))).getWorksheet('Báo cáo T11-2026')!.getCell('A1').value).toBe('ỦY BAN NHÂN DÂN XÃ ĐỒNG LẠC');
  });

  it('refuses to write over the input or over an existing file without --force', async () => {
    const input = await writeWorkbook({ 'Kế hoạch': planSheet() });
    const same = await dti('summary', input, '--month', '2026-11', '--out', input);
    expect(same.code).toBe(2);
    expect(same.err).toContain('tệp gốc không bao giờ bị sửa');
    const other = await writeWorkbook({ X: [['x']] });
    const exists = await dti('summary', input, '--month', '2026-11', '--out', other);
    expect(exists.code).toBe(2);
    expect(exists.err).toContain('--force');
  });
});

describe('history keeps last month when the sheet has a single actual column', () => {
  it('gives November its change from the October value recorded by the October summary', async () => {
    const single = (values: unknown[]) => ({
      rows: [
        ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2026', 'Đơn vị chủ trì', 'Kết quả thực hiện'],
        ...PLAN_ROWS.slice(0, 3).map((r, i) => [r[0], r[1], r[2], r[3], r[4], values[i]]),
      ],
    });
    const dir = tempDir();
    const october = await writeWorkbook({ 'Kế hoạch': single(['65%', '78%', 6]) as never });
    const octOut = join(dir, 'oct.xlsx');
    expect((await dti('summary', october, '--month', '2026-10', '--out', octOut)).code).toBe(0);

    // The official overwrites the single column with November's figures in the October report file.
    const wb = await readWorkbook(octOut);
    const ws = wb.getWorksheet('Kế hoạch')!;
    ws.getCell('F2').value = '72%';
    ws.getCell('F3').value = '81%';
    ws.getCell('F4').value = 7;
    // Excel keeps the workbook's DTI record (custom XML part) when it saves; ExcelJS drops it, so it is put back.
    const kept = await openWorkbookFile(octOut);
    if (!kept.mapping.found || !('mapping' in kept.mapping)) throw new Error('the October report has no DTI record');
    const november = join(dir, 'nov-input.xlsx');
    writeFileSync(november, await writeMappingPart(await wb.xlsx.writeBuffer(), kept.mapping.mapping));

    const run = await dti('summary', november, '--month', '2026-11', '--json');
    const rows = JSON.parse(run.out).indicators as Array<{ id: string; actual: number; previous: number; change: number; status: string }>;
    expect(rows.map((r) => [r.id, r.previous, r.actual, r.status])).toEqual([
      ['1', 0.65, 0.72, 'met'],
      ['2', 0.78, 0.81, 'met'],
      ['3', 6, 7, 'not_met'],
    ]);
    expect(rows[0]!.change).toBeCloseTo(0.07);
  });
});

it('the plan header used by these tests is what officials type', () => {
  expect(PLAN_HEADER).toContain('Chỉ tiêu năm 2026');
});
