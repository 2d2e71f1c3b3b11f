import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
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

/** The 1-based row whose first or second cell holds `text`. */
function rowOf(ws: ExcelJS.Worksheet, text: string | RegExp): number {
  let found = 0;
  ws.eachRow((r, n) => {
    if (found) return;
    for (const c of [1, 2]) {
      const v = r.getCell(c).value;
      if (typeof v === 'string' && (typeof text === 'string' ? v === text : text.test(v))) found = n;
    }
  });
  if (!found) throw new Error(`no row holds ${String(text)} in ${ws.name}`);
  return found;
}

describe.each(INPUTS)('dti summary --out writes the monthly report to a new workbook, from %s', (_name, makeInput) => {
  let input: string;
  let output: string;
  let book: ExcelJS.Workbook;
  let report: ExcelJS.Worksheet;
  let appendix: ExcelJS.Worksheet;

  beforeAll(async () => {
    input = await makeInput();
    output = join(tempDir(), 'bao-cao.xlsx');
    const before = readFileSync(input);
    const run = await dti('summary', input, '--month', '2026-11', '--out', output);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Đã ghi báo cáo vào trang tính "Báo cáo T11-2026" và phụ lục vào trang "Phụ lục BC T11-2026"');
    expect(readFileSync(input).equals(before)).toBe(true);
    book = await readWorkbook(output);
    report = book.getWorksheet('Báo cáo T11-2026')!;
    appendix = book.getWorksheet('Phụ lục BC T11-2026')!;
  });

  it('carries the document parts of Nghị định 30/2020: the body (the commune found in the workbook), Quốc hiệu and Tiêu ngữ, number, place and date, type and summary, recipient', () => {
    expect([report.getCell('A1').value, report.getCell('A2').value]).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ LỘC TẤN']);
    expect([report.getCell('C1').value, report.getCell('C2').value]).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc']);
    // No number given yet: room to write it by hand.
    expect(report.getCell('A4').value).toBe('Số:         /BC-UBND');
    expect(String(report.getCell('C4').value)).toMatch(/^Lộc Tấn, ngày \d{2} tháng (0[12]|[3-9]|1[0-2]) năm \d{4}$/);
    expect(report.getCell('C4').font).toMatchObject({ italic: true, name: 'Times New Roman', size: 14 });
    expect(report.getCell('A6').value).toBe('BÁO CÁO');
    expect(report.getCell('A7').value).toBe('Kết quả thực hiện các chỉ tiêu chuyển đổi số tháng 11 năm 2026');
    expect(report.getCell('A9').value).toBe('Kính gửi: Sở Khoa học và Công nghệ tỉnh …………….');
    expect(report.model.merges).toEqual(expect.arrayContaining(['A1:B1', 'C1:G1', 'A2:B2', 'C2:G2', 'A6:G6', 'A7:G7']));
  });

  it('lists the totals by status, as numbers', () => {
    const row = rowOf(report, '1. Theo tình trạng') + 1;
    const counts = [1, 2, 3, 4].map((i) => [report.getCell(`B${row + i}`).value, report.getCell(`C${row + i}`).value, report.getCell(`D${row + i}`).numFmt]);
    expect(counts).toEqual([
      ['Đạt', 3, '0.0%'],
      ['Chưa đạt', 3, '0.0%'],
      ['Chưa có số liệu', 1, '0.0%'],
      ['Không đọc được', 1, '0.0%'],
    ]);
    expect(report.getCell(`D${row + 1}`).value).toBeCloseTo(3 / 8);
  });

  it('lists the shortfalls furthest behind first, each gap a number in its unit (points for shares), and the owner', () => {
    const head = rowOf(report, 'II. CHỈ TIÊU CHƯA ĐẠT');
    const first = rowOf(report, PLAN_ROWS[2]![1] as string);
    expect(first).toBeGreaterThan(head);
    // 7/9 (78%), 5% ceiling at 6% (83%), strict 80% at exactly 80% (99%).
    expect([0, 1, 2].map((i) => report.getCell(`B${first + i}`).value)).toEqual([PLAN_ROWS[2]![1], PLAN_ROWS[5]![1], `${PLAN_ROWS[1]![1]} (cần trên 80%)`]);
    expect(report.getCell(`E${first}`)).toMatchObject({ value: -2, numFmt: '+#,##0;-#,##0;0' });
    expect(report.getCell(`D${first}`)).toMatchObject({ value: 7, numFmt: '#,##0"/9"' });
    expect(report.getCell(`F${first}`).value).toBe('Phòng Văn hóa - Xã hội');
    expect(report.getCell(`E${first + 1}`)).toMatchObject({ value: -1, numFmt: '+0.0" điểm %";-0.0" điểm %";0.0" điểm %"' });
    expect(report.getCell(`E${first + 2}`).value).toBe(0);
  });

  it('gives every indicator in the appendix, shares and progress as numbers with formats; a strict bound at its threshold reads "Chưa đạt — cần trên 80%" at 99 %', () => {
    const one = rowOf(appendix, PLAN_ROWS[0]![1] as string);
    expect(appendix.getCell(`E${one}`).value).toBeCloseTo(0.72);
    expect(appendix.getCell(`E${one}`).numFmt).toBe('0.0%');
    expect(appendix.getCell(`F${one}`)).toMatchObject({ value: 7, numFmt: '+0.0" điểm %";-0.0" điểm %";0.0" điểm %"' });
    expect(appendix.getCell(`I${one}`).value).toBe('Đạt');
    const strict = rowOf(appendix, PLAN_ROWS[1]![1] as string);
    expect([appendix.getCell(`G${strict}`).value, appendix.getCell(`H${strict}`).value, appendix.getCell(`H${strict}`).numFmt, appendix.getCell(`I${strict}`).value]).toEqual([0, 0.99, '0%', 'Chưa đạt — cần trên 80%']);
    // No merged cell inside the table, so it can be sorted and filtered; an unreadable result says why below it.
    const last = rowOf(appendix, PLAN_ROWS[7]![1] as string);
    expect(appendix.model.merges.filter((m) => Number(/\d+/.exec(m)![0]) > 4 && Number(/\d+/.exec(m)![0]) <= last)).toEqual([]);
    const why = rowOf(appendix, 'Số liệu chưa đọc được (cần kiểm tra và ghi lại):');
    expect(why).toBeGreaterThan(last);
    expect(appendix.getCell(`B${why + 2}`).value).toBe(PLAN_ROWS[7]![1]);
    expect(String(appendix.getCell(`C${why + 2}`).value)).toContain('khoảng 60');
  });

  it('draws the borders of a merged cell over its whole width (a shortfall\'s owner spans F to G)', () => {
    const first = rowOf(report, PLAN_ROWS[2]![1] as string);
    expect(report.model.merges).toContain(`F${first}:G${first}`);
    for (const col of ['F', 'G']) expect([col, report.getCell(`${col}${first}`).border?.top?.style]).toEqual([col, 'thin']);
  });

  it('prints the report on A4 portrait and the appendix on A4 landscape, at 100 % within the decree\'s margins, the appendix\'s header repeated', () => {
    expect(report.pageSetup).toMatchObject({ orientation: 'portrait', paperSize: 9, horizontalCentered: true, margins: { left: 1.1811, right: 0.5906, top: 0.7874, bottom: 0.7874 } });
    expect(report.pageSetup.fitToPage).toBeFalsy();
    expect(appendix.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9 });
    expect(appendix.pageSetup.printTitlesRow).toBe('5:5');
    expect(report.headerFooter).toMatchObject({ differentFirst: true, oddHeader: '&C&"Times New Roman,Regular"&13&P' });
  });

  it('opens on the report; the history is hidden', async () => {
    const names = book.worksheets.map((w) => w.name);
    expect(book.views[0]!.activeTab).toBe(names.indexOf('Báo cáo T11-2026'));
    expect(book.getWorksheet('DTI_LichSu')!.state).toBe('hidden');
    // The report is the only selected tab (another one selected too would open grouped with it).
    const zip = await JSZip.loadAsync(readFileSync(output));
    const parts = await Promise.all(Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n)).map((n) => zip.file(n)!.async('string')));
    const selected = parts.filter((xml) => /<sheetView[^>]*tabSelected="1"/.test(xml));
    expect(selected).toHaveLength(1);
    expect(selected[0]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  });

  it('records November in the history sheet, one row per indicator with a value', async () => {
    const history = book.getWorksheet('DTI_LichSu')!;
    const rows: unknown[][] = [];
    history.eachRow((r, n) => n > 1 && rows.push([r.getCell(2).value, r.getCell(3).value, r.getCell(5).value]));
    expect(rows).toHaveLength(6); // 7 has no November value and 8's is unreadable: neither is recorded
    expect(rows).toContainEqual(['2026-11', '1', 0.72]);
    expect(rows).toContainEqual(['2026-11', '5', true]);
  });
});

describe('making a summary again', () => {
  it('replaces only its own sheets, and gives the same document apart from the date line', async () => {
    const input = await writeWorkbook({ 'Kế hoạch': planSheet() });
    const dir = tempDir();
    const first = join(dir, 'first.xlsx');
    const second = join(dir, 'second.xlsx');
    expect((await dti('summary', input, '--month', '2026-11', '--out', first, '--so', '5', '--tinh', 'Đồng Nai', '--nguoi-ky', 'Nguyễn Văn An')).code).toBe(0);
    expect((await dti('summary', first, '--month', '2026-11', '--out', second)).code).toBe(0);
    const wb1 = await readWorkbook(first);
    const wb2 = await readWorkbook(second);
    expect(wb2.worksheets.map((w) => w.name)).toEqual(['Kế hoạch', 'Báo cáo T11-2026', 'Phụ lục BC T11-2026', 'DTI_LichSu']);
    const strip = (cells: string[]): string[] => cells.map((c) => c.replace(/ngày \d+ tháng \d+ năm \d+/, 'ngày …').replace(/ngày \d{2}\/\d{2}\/\d{4}/, 'ngày …'));
    for (const name of ['Báo cáo T11-2026', 'Phụ lục BC T11-2026']) expect(strip(dump(wb2.getWorksheet(name)!))).toEqual(strip(dump(wb1.getWorksheet(name)!)));
    // The settings given the first time are in the second document too, read from the file's record.
    expect(texts(wb2.getWorksheet('Báo cáo T11-2026')!)).toEqual(expect.arrayContaining(['Số: 05/BC-UBND', 'Kính gửi: Sở Khoa học và Công nghệ tỉnh Đồng Nai.', 'Nguyễn Văn An']));
    const history = wb2.getWorksheet('DTI_LichSu')!;
    expect(history.rowCount).toBe(7); // header + 6: November is recorded once
  });

  it('replaces its own report when indicator names hold line ends or text that reads like an _xHHHH_ escape (read back as written, so not taken for a hand edit)', async () => {
    const rows = PLAN_ROWS.map((row, i) => (i === 1 ? [row[0], 'Tỷ lệ dịch vụ công\r\n(mã _x0041_)', ...row.slice(2)] : row));
    const input = await writeWorkbook({ 'Kế hoạch': planSheet({ rows: [['KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026 CỦA UBND xã Lộc Tấn'], PLAN_HEADER, ...rows] }) });
    const dir = tempDir();
    const first = join(dir, 'first.xlsx');
    const second = join(dir, 'second.xlsx');
    expect((await dti('summary', input, '--month', '2026-11', '--out', first)).code).toBe(0);
    const run = await dti('summary', first, '--month', '2026-11', '--out', second);
    expect(run.code).toBe(0);
    expect(run.out).not.toContain('sửa tay');
    expect((await readWorkbook(second)).worksheets.map((w) => w.name)).toEqual((await readWorkbook(first)).worksheets.map((w) => w.name));
    expect((await readWorkbook(second)).worksheets.map((w) => w.name)).not.toContain('Báo cáo T11-2026 (2)');
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
    // The report and its appendix are one document: both are kept, both are made anew.
    expect(run.out).toContain('"Báo cáo T11-2026", "Phụ lục BC T11-2026" đã được sửa tay nên được giữ nguyên; báo cáo mới nằm ở trang "Báo cáo T11-2026 (2)", phụ lục ở trang "Phụ lục BC T11-2026 (2)".');
    const wb = await readWorkbook(second);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Kế hoạch', 'Báo cáo T11-2026', 'Phụ lục BC T11-2026', 'DTI_LichSu', 'Báo cáo T11-2026 (2)', 'Phụ lục BC T11-2026 (2)']);
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
    expect(wb.getWorksheet('Báo cáo T11-2026 (2)')!.getCell('A7').value).toContain('tháng 11 năm 2026');
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
    expect(wb.getWorksheet('Báo cáo T11-2026 (2)')!.getCell('A7').value).toContain('tháng 11 năm 2026');
  });

  it('says which document parts are blank, and the options fill them in', async () => {
    const input = await writeWorkbook({ 'Kế hoạch': { ...planSheet(), rows: planSheet().rows.slice(1) } });
    const dir = tempDir();
    const blank = await dti('summary', input, '--month', '2026-11', '--out', join(dir, 'a.xlsx'));
    expect(blank.out).toContain('Phần văn bản còn để trống, điền tay hoặc chạy lại với: tên xã (--commune "xã …"); số văn bản (--so 05); nơi nhận "Kính gửi" (--tinh "…" hoặc --kinh-gui "…"); họ tên người ký (--nguoi-ky "…")');
    const named = await dti('summary', input, '--month', '2026-11', '--out', join(dir, 'b.xlsx'), '--commune', 'xã Đồng Lạc', '--so', '7', '--kinh-gui', 'Sở Khoa học và Công nghệ thành phố Hải Phòng', '--chuc-vu', 'Chủ tịch', '--nguoi-ky', 'Trần Thị Bình');
    expect(named.out).not.toContain('còn để trống');
    const ws = (await readWorkbook(join(dir, 'b.xlsx'))).getWorksheet('Báo cáo T11-2026')!;
    expect([ws.getCell('A1').value, ws.getCell('A2').value, ws.getCell('A4').value, ws.getCell('A9').value]).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ ĐỒNG LẠC', 'Số: 07/BC-UBND', 'Kính gửi: Sở Khoa học và Công nghệ thành phố Hải Phòng.']);
    expect(texts(ws)).toEqual(expect.arrayContaining(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Trần Thị Bình']));
    expect(texts(ws)).not.toContain('KT. CHỦ TỊCH');
  });

  it('refuses a report number that is not a number, before reading anything', async () => {
    const input = await writeWorkbook({ 'Kế hoạch': planSheet() });
    const run = await dti('summary', input, '--month', '2026-11', '--out', join(tempDir(), 'x.xlsx'), '--so', 'năm');
    expect(run.code).toBe(2);
    expect(run.err).toContain('Số báo cáo "năm" không hợp lệ');
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
