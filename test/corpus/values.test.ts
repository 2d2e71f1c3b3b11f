/**
 * How results are kept: rates per 1,000 inhabitants with abbreviations, cached
 * formula results, the counts behind a share, damaged numbers.
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { dti } from '../helpers/run-dti';
import { tempDir, writeWorkbook } from '../helpers/workbook';
import { buildPackage } from '../../kit/package-builder';
import { expectSummary, summaryJson } from './expect-summary';

describe('rates with abbreviations are per 1,000 (or 100) inhabitants', () => {
  test('DN/1000 dân, DN/1.000 dân, HTX/1.000 dân, ≥ 2 TB/100 dân, 01 doanh nghiệp/1.000 dân', async () => {
    const file = await writeWorkbook({
      'Kinh tế số': [
        ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2026', 'Tháng 11/2026'],
        ['1', 'Số doanh nghiệp số', 'DN/1000 dân', '2 DN/1000 dân', '2,5'],
        ['2', 'Doanh nghiệp công nghệ số', 'DN', '2 DN/1.000 dân', 1.5],
        ['3', 'Hợp tác xã ứng dụng công nghệ số', 'HTX', '2 HTX/1.000 dân', '1,2'],
        ['4', 'Thuê bao băng rộng cố định', 'thuê bao', '≥ 2 TB/100 dân', 2],
        ['5', 'Doanh nghiệp số mới thành lập', null, '01 doanh nghiệp/1.000 dân', '0,5/1.000'],
      ],
    });
    const rows = await expectSummary(file, '2026-11', [
      ['1', 'Số doanh nghiệp số', 'met', 0.5, null],
      ['2', 'Doanh nghiệp công nghệ số', 'not_met', -0.5, null],
      ['3', 'Hợp tác xã ứng dụng công nghệ số', 'not_met', -0.8, null],
      ['4', 'Thuê bao băng rộng cố định', 'met', 0, null],
      ['5', 'Doanh nghiệp số mới thành lập', 'not_met', -0.5, null],
    ]);
    expect(rows.map((r) => (r as unknown as { target: { kind: string; per: number } }).target)).toMatchObject([
      { kind: 'rate', per: 1000 },
      { kind: 'rate', per: 1000 },
      { kind: 'rate', per: 1000 },
      { kind: 'rate', per: 100 },
      { kind: 'rate', per: 1000 },
    ]);
  });
});

describe('cached formula results', () => {
  test('a kept 0 is a real 0% (a shortfall), a kept "" is no data, no kept result is a problem with its address', async () => {
    const file = await writeWorkbook({
      KH: {
        rows: [
          ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2026', 'Tháng 11/2026'],
          ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', '80%', { formula: 'F2/G2', result: 0 }],
          ['2', 'Tỷ lệ thanh toán trực tuyến', '%', '50%', { formula: 'IFERROR(F3/G3,"")', result: '' }],
          ['3', 'Tỷ lệ hồ sơ được số hóa', '%', '90%', { formula: 'F4/G4' }],
          ['4', 'Tỷ lệ văn bản có chữ ký số', '%', '90%', { formula: 'F5/G5', result: 0.95 }],
        ],
        formats: { E2: '0%', E3: '0%', E4: '0%', E5: '0%' },
      },
    });
    const json = await summaryJson(file, '2026-11');
    await expectSummary(file, '2026-11', [
      ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'not_met', -0.8, null],
      ['2', 'Tỷ lệ thanh toán trực tuyến', 'no_data', null, null],
      ['3', 'Tỷ lệ hồ sơ được số hóa', 'invalid', null, null],
      ['4', 'Tỷ lệ văn bản có chữ ký số', 'met', 0.05, null],
    ]);
    expect(json.problems.filter((p) => p.code === 'formula-not-calculated').map((p) => `${p.sheet}!${p.cell}`)).toEqual(['KH!E4']);
    const check = await dti('check', file);
    expect(check.out).toContain('LỖI  KH!E4 [3]  Ô có công thức nhưng tệp chưa lưu kết quả tính: mở tệp trong Excel và lưu lại để tính.');
  });
});

describe('the counts behind a share', () => {
  test('"Số thực hiện" and "Tổng số" columns: the actual is their ratio; an empty count is no data; a zero total is unreadable', async () => {
    const file = await writeWorkbook({
      KH: [
        ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2026', 'Số thực hiện', 'Tổng số'],
        ['1', 'Tỷ lệ dịch vụ công trực tuyến toàn trình', '%', '80%', 45, 50],
        ['2', 'Tỷ lệ hồ sơ trực tuyến', '%', '60%', 30, 60],
        ['3', 'Tỷ lệ hộ gia đình có cáp quang', '%', '70%', null, 500],
        ['4', 'Tỷ lệ thôn có loa thông minh', '%', '50%', 5, 0],
        ['5', 'Nền tảng số dùng chung được ứng dụng', 'nền tảng', '9/9 nền tảng', 7, 9],
        ['6', 'Số điểm phát wifi công cộng', 'điểm', 10, 8, null],
        ['7', 'Nền tảng số được triển khai', 'nền tảng', '9/9 nền tảng', 8, null],
        ['8', 'Tỷ lệ thôn có camera', '%', '50%', 8, null],
      ],
    });
    await expectSummary(file, '2026-11', [
      ['1', 'Tỷ lệ dịch vụ công trực tuyến toàn trình', 'met', 0.1, null],
      ['2', 'Tỷ lệ hồ sơ trực tuyến', 'not_met', -0.1, null],
      ['3', 'Tỷ lệ hộ gia đình có cáp quang', 'no_data', null, null],
      ['4', 'Tỷ lệ thôn có loa thông minh', 'invalid', null, null],
      ['5', 'Nền tảng số dùng chung', 'not_met', -2, null],
      // A count target needs no total: the count done is the result; a share still needs both.
      ['6', 'Số điểm phát wifi công cộng', 'not_met', -2, null],
      ['7', 'Nền tảng số được triển khai', 'not_met', -1, null],
      ['8', 'Tỷ lệ thôn có camera', 'no_data', null, null],
    ]);
  });

  test('"Tử số" / "Mẫu số" under each month of a two-row header: each month\'s ratio, and the change between them', async () => {
    const file = await writeWorkbook({
      KH: {
        rows: [
          ['STT', 'Chỉ tiêu', 'Chỉ tiêu năm 2026', 'Tháng 10/2026', null, 'Tháng 11/2026', null],
          [null, null, null, 'Tử số', 'Mẫu số', 'Tử số', 'Mẫu số'],
          ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '80%', 35, 50, 42, 50],
          ['2', 'Tỷ lệ cán bộ dùng chữ ký số', '100%', 18, 20, 19, 20],
        ],
        merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'F1:G1'],
      },
    });
    await expectSummary(file, '2026-11', [
      ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'met', 0.04, 0.14],
      ['2', 'Tỷ lệ cán bộ dùng chữ ký số', 'not_met', -0.05, 0.05],
    ]);
  });

  test('a share column kept as =IFERROR(E/F,"") beside its counts: cached results read, an empty one falls back to no data', async () => {
    const file = await writeWorkbook({
      KH: {
        rows: [
          ['STT', 'Chỉ tiêu', 'Chỉ tiêu năm 2026', 'Số thực hiện', 'Tổng số', 'Tỷ lệ đạt (%)'],
          ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '80%', 40, 50, { formula: 'IFERROR(D3/E3,"")', result: 0.8 }],
          ['2', 'Tỷ lệ thanh toán trực tuyến', '50%', 0, 40, { formula: 'IFERROR(D4/E4,"")', result: 0 }],
          ['3', 'Tỷ lệ hồ sơ được số hóa', '90%', null, null, { formula: 'IFERROR(D5/E5,"")', result: '' }],
          // The share typed by hand where the counts were not kept: the share is what is read.
          ['4', 'Tỷ lệ văn bản có chữ ký số', '90%', null, null, 0.95],
        ],
        formats: { F2: '0%', F3: '0%', F4: '0%', F5: '0%' },
      },
    });
    await expectSummary(file, '2026-11', [
      ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'met', 0, null],
      ['2', 'Tỷ lệ thanh toán trực tuyến', 'not_met', -0.5, null],
      ['3', 'Tỷ lệ hồ sơ được số hóa', 'no_data', null, null],
      ['4', 'Tỷ lệ văn bản có chữ ký số', 'met', 0.05, null],
    ]);
  });
});

describe('damaged numbers', () => {
  test('NaN and infinite values in result cells are unreadable, never met or not met', async () => {
    const strings = ['STT', 'Chỉ tiêu', 'Chỉ tiêu năm 2026', 'Tháng 11/2026', 'Tỷ lệ hồ sơ trực tuyến', 'Số điểm wifi công cộng', '80%', '1', '2', 'Tỷ lệ văn bản điện tử'];
    const s = (i: number, ref: string): string => `<{p}c r="${ref}" t="s"><{p}v>${i}</{p}v></{p}c>`;
    const bytes = await buildPackage({
      sharedStrings: strings,
      sheets: [
        {
          name: 'KH',
          rows: [
            `<{p}row r="1">${s(0, 'A1')}${s(1, 'B1')}${s(2, 'C1')}${s(3, 'D1')}</{p}row>`,
            `<{p}row r="2">${s(7, 'A2')}${s(4, 'B2')}${s(6, 'C2')}<{p}c r="D2"><{p}v>NaN</{p}v></{p}c></{p}row>`,
            `<{p}row r="3">${s(8, 'A3')}${s(5, 'B3')}<{p}c r="C3"><{p}v>10</{p}v></{p}c><{p}c r="D3"><{p}v>1e999</{p}v></{p}c></{p}row>`,
            `<{p}row r="4"><{p}c r="A4"><{p}v>3</{p}v></{p}c>${s(9, 'B4')}<{p}c r="C4"><{p}v>NaN</{p}v></{p}c><{p}c r="D4"><{p}v>0.5</{p}v></{p}c></{p}row>`,
          ].join(''),
        },
      ],
    });
    const file = join(tempDir(), 'hong.xlsx');
    writeFileSync(file, bytes);
    await expectSummary(file, '2026-11', [
      ['1', 'Tỷ lệ hồ sơ trực tuyến', 'invalid', null, null],
      ['2', 'Số điểm wifi công cộng', 'invalid', null, null],
      ['3', 'Tỷ lệ văn bản điện tử', 'invalid', null, null],
    ]);
  });
});

describe('a unit column that contradicts the target', () => {
  test('"100%" under "Đạt" is the yes itself; a count ("Số …" in "điểm") with a share target is read as a share and warned; a share named "Tỷ lệ" in "Người" is simply a share', async () => {
    const file = await writeWorkbook({
      KH: [
        ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2026', 'Đơn vị chủ trì', 'Tháng 11/2026'],
        ['1', 'Các hệ thống thông tin phê duyệt cấp độ', 'Đạt', '100%', 'Văn phòng', 'Đạt'],
        ['2', 'Phần mềm quản trị điều hành thống nhất', 'Đạt', '100%', 'Văn phòng', '80%'],
        ['3', 'Tỷ lệ cán bộ được tập huấn', 'Người', '80%', 'Phòng VH-XH', 45],
        ['4', 'Số điểm wifi công cộng', 'điểm', '10%', 'Phòng VH-XH', 12],
        ['5', 'Số công chức chuyên trách', 'Đạt', '80%', 'Phòng VH-XH', 2],
      ],
    });
    const { indicators, problems } = await summaryJson(file, '2026-11');
    expect(indicators.map((i) => [i.id, i.status])).toEqual([
      ['1', 'met'],
      ['2', 'not_met'],
      ['3', 'not_met'],
      ['4', 'met'],
      ['5', 'invalid'],
    ]);
    const units = problems.filter((p) => p.code === 'unit-contradiction').map((p) => [p.cell, (p as unknown as { severity: string }).severity]);
    expect(units).toEqual([
      ['D5', 'warning'],
      ['D6', 'error'],
    ]);
  });
});

describe('a fraction Excel turned into a date', () => {
  test('"8/10" typed in a General cell became 8 October: unreadable with the date named, never a gap of 46,000', async () => {
    const file = await writeWorkbook({
      KH: {
        rows: [
          ['STT', 'Chỉ tiêu', 'Chỉ tiêu năm 2026', 'Tháng 11/2026'],
          ['1', 'Số điểm phát wifi công cộng', 10, new Date(Date.UTC(2026, 9, 8))],
          ['2', 'Nền tảng số dùng chung được ứng dụng', '9/9 nền tảng', new Date(Date.UTC(2026, 8, 7))],
        ],
        formats: { D2: 'd/m', D3: 'dd/mm/yyyy' },
      },
    });
    const { indicators, problems } = await summaryJson(file, '2026-11');
    expect(indicators.map((i) => [i.id, i.status, i.gap])).toEqual([
      ['1', 'invalid', null],
      ['2', 'invalid', null],
    ]);
    const messages = problems.filter((p) => p.code === 'actual-unreadable').map((p) => [p.cell, (p as unknown as { message: string }).message]);
    expect(messages.map(([cell]) => cell)).toEqual(['D2', 'D3']);
    expect(messages[0]![1]).toContain('Ô kết quả chứa ngày 08/10/2026');
  });
});
