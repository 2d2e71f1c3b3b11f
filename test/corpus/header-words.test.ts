/**
 * "Chỉ tiêu" is both "indicator" and "target" in Vietnamese plans: the column
 * whose cells read as targets is the target, long descriptive text is the name.
 * Each workbook here is one way offices head their columns.
 */
import { writeWorkbook } from '../helpers/workbook';
import { dti } from '../helpers/run-dti';
import { expectSummary } from './expect-summary';

describe('header words: which column is the name, which the target', () => {
  test('STT | Chỉ tiêu | Chỉ tiêu năm | months: "Chỉ tiêu" is the name, "Chỉ tiêu năm" the target', async () => {
    const file = await writeWorkbook({
      'Kế hoạch': [
        ['STT', 'Chỉ tiêu', 'Chỉ tiêu năm', 'Tháng 10/2026', 'Tháng 11/2026'],
        ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '80%', '70%', '75%'],
        ['2', 'Tỷ lệ thanh toán không dùng tiền mặt', 'Trên 50%', '50%', '55%'],
        ['3', 'Số điểm phát wifi công cộng miễn phí', 10, 6, 8],
      ],
    });
    await expectSummary(file, '2026-11', [
      ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'not_met', -0.05, 0.05],
      ['2', 'Tỷ lệ thanh toán không dùng tiền mặt', 'met', 0.05, 0.05],
      ['3', 'Số điểm phát wifi công cộng miễn phí', 'not_met', -2, 2],
    ]);
    const check = await dti('check', file);
    expect(check.out).toMatch(/B {2}Chỉ tiêu ← "Chỉ tiêu"/);
    expect(check.out).toMatch(/C {2}Chỉ tiêu năm ← "Chỉ tiêu năm"/);
  });

  test('Tên chỉ tiêu | Chỉ tiêu năm | Kết quả (no STT column)', async () => {
    const file = await writeWorkbook({
      KH: [
        ['Tên chỉ tiêu', 'Chỉ tiêu năm', 'Kết quả'],
        ['Tỷ lệ hộ gia đình có cáp quang', '≥ 80%', '85%'],
        ['Tỷ lệ người dân có tài khoản định danh điện tử', '70%', '60%'],
      ],
    });
    await expectSummary(file, '2026-11', [
      [null, 'Tỷ lệ hộ gia đình có cáp quang', 'met', 0.05, null],
      [null, 'Tỷ lệ người dân có tài khoản định danh', 'not_met', -0.1, null],
    ]);
  });

  test('TT | Nội dung | Chỉ tiêu | Đơn vị chủ trì | T11/2026: here "Chỉ tiêu" heads the targets', async () => {
    const file = await writeWorkbook({
      'Phụ lục': [
        ['TT', 'Nội dung', 'Chỉ tiêu', 'Đơn vị chủ trì', 'T11/2026'],
        ['1', 'Tỷ lệ văn bản điện tử có chữ ký số', '100%', 'Văn phòng HĐND-UBND', '98%'],
        ['2', 'Tỷ lệ cán bộ được tập huấn kỹ năng số', '90%', 'Phòng VH-XH', '95%'],
      ],
    });
    await expectSummary(file, '2026-11', [
      ['1', 'Tỷ lệ văn bản điện tử có chữ ký số', 'not_met', -0.02, null],
      ['2', 'Tỷ lệ cán bộ được tập huấn kỹ năng số', 'met', 0.05, null],
    ]);
  });

  test('two columns both headed "Chỉ tiêu": the one of long text is the name, the one of thresholds the target', async () => {
    const file = await writeWorkbook({
      'Phụ lục': [
        ['STT', 'Chỉ tiêu', 'Chỉ tiêu', 'Ghi chú', 'Tháng 11/2026'],
        ['1', 'Tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục', 'Đạt tối thiểu 70%', 'Số DVCTT toàn trình/Tổng số', '72%'],
        ['2', 'Tỷ lệ hồ sơ, kết quả giải quyết thủ tục được số hóa', '100%', null, '100%'],
        ['3', 'Số hội nghị trực tuyến được tổ chức trong năm', '≥ 12', null, 10],
      ],
    });
    await expectSummary(file, '2026-11', [
      ['1', 'Tỷ lệ dịch vụ công trực tuyến toàn trình', 'met', 0.02, null],
      ['2', 'Tỷ lệ hồ sơ, kết quả giải quyết thủ tục', 'met', 0, null],
      ['3', 'Số hội nghị trực tuyến được tổ chức', 'not_met', -2, null],
    ]);
  });

  test('the targets first, headed "Chỉ tiêu", the names after them under "Nội dung chỉ tiêu"', async () => {
    const file = await writeWorkbook({
      KH: [
        ['Chỉ tiêu', 'Nội dung chỉ tiêu', 'Kết quả tháng 11/2026'],
        ['80%', 'Tỷ lệ hồ sơ trực tuyến được xử lý đúng hạn', '81%'],
        ['Đạt', 'Trung tâm dữ liệu của xã được công nhận', 'Đạt'],
        ['Trên 30%', 'Tỷ lệ dân số trưởng thành có chữ ký số', '25%'],
      ],
    });
    await expectSummary(file, '2026-11', [
      [null, 'Tỷ lệ hồ sơ trực tuyến được xử lý', 'met', 0.01, null],
      [null, 'Trung tâm dữ liệu của xã được công nhận', 'met', null, null],
      [null, 'Tỷ lệ dân số trưởng thành có chữ ký số', 'not_met', -0.05, null],
    ]);
  });

  test('a target column whose cells mostly do not read as targets is said to be doubtful, with what to fix', async () => {
    const file = await writeWorkbook({
      KH: [
        ['STT', 'Chỉ tiêu', 'Mục tiêu', 'Tháng 11/2026'],
        ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'Nâng cao chất lượng dịch vụ công trực tuyến', '75%'],
        ['2', 'Tỷ lệ thanh toán trực tuyến', 'Tăng cường thanh toán không dùng tiền mặt', '55%'],
        ['3', 'Tỷ lệ người dân có tài khoản định danh', 'Phổ cập định danh điện tử cho người dân', '50%'],
      ],
    });
    const check = await dti('check', file);
    expect(check.out).toContain('CẢNH BÁO  KH!C1  Cột C ("Mục tiêu") được hiểu là cột chỉ tiêu năm nhưng chỉ 0/3 ô đọc được thành mức chỉ tiêu: ánh xạ có thể sai.');
    expect(check.out).toMatch(/độ tin cậy (\d+)%/);
    expect(Number(/độ tin cậy (\d+)%/.exec(check.out)![1])).toBeLessThanOrEqual(50);
    const en = await dti('check', file, '--lang', 'en');
    expect(en.out).toContain('Column C ("Mục tiêu") is read as the target column, but only 0 of 3 cells read as targets');
  });
});

describe('target headers written short, spelled out, or with their unit', () => {
  test.each([
    'Chỉ tiêu năm 2026 (%)',
    'Kế hoạch năm 2026 (%)',
    'Chỉ tiêu năm 2026 (%, số lượng)',
    'KH 2026',
    'KH năm 2026',
    'KH năm',
    'KH giao',
    'Chỉ tiêu KH',
    'Chỉ tiêu KH năm 2026',
    'CT năm 2026',
    'Mức chỉ tiêu',
    'Chỉ tiêu cần đạt',
    'Chỉ tiêu phải đạt',
    'Chỉ tiêu đề ra',
    'Mục tiêu đến 31/12/2026',
  ])('"%s" heads the targets', async (header) => {
    const file = await writeWorkbook({
      KH: [
        ['STT', 'Chỉ tiêu', 'Đơn vị tính', header, 'Đơn vị chủ trì', 'Tháng 10/2026', 'Tháng 11/2026'],
        ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', '80%', 'TT PVHCC', '70%', '85%'],
        ['2', 'Số điểm phát wifi công cộng', 'điểm', 10, 'Phòng VH-XH', 6, 8],
      ],
    });
    await expectSummary(file, '2026-11', [
      ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'met', 0.05, 0.15],
      ['2', 'Số điểm phát wifi công cộng', 'not_met', -2, 2],
    ]);
  });

  test.each(['Tháng11/2026', 'Th11/2026', 'Th 11', 'Tháng 11/2026 (số liệu)'])('the month header "%s" is November\'s result, never silently no data', async (header) => {
    const file = await writeWorkbook({
      KH: [
        ['STT', 'Chỉ tiêu', 'Chỉ tiêu năm 2026', 'Tháng 10/2026', header],
        ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '80%', '70%', '85%'],
      ],
    });
    await expectSummary(file, '2026-11', [['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'met', 0.05, 0.15]]);
  });

  test('"Tháng 11 (so với KH)" is a comparison, not a result', async () => {
    const file = await writeWorkbook({
      KH: [
        ['STT', 'Chỉ tiêu', 'Chỉ tiêu năm 2026', 'Tháng 11/2026', 'Tháng 11 (so với KH)'],
        ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '80%', '85%', '106%'],
      ],
    });
    await expectSummary(file, '2026-11', [['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'met', 0.05, null]]);
  });
});
