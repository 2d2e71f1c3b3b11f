/**
 * Parts of a plan that are not plain indicator rows: a second table of another
 * year, tasks without a number, targets written in the indicator's text.
 */
import { writeWorkbook } from '../helpers/workbook';
import { dti } from '../helpers/run-dti';
import { expectSummary, summaryJson } from './expect-summary';

describe('a second table of another year below the first', () => {
  const HEAD = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm', 'Tháng 10', 'Tháng 11'];
  const sheet = {
    rows: [
      ['KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026'],
      HEAD,
      ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', '80%', '70%', '85%'],
      ['2', 'Tỷ lệ người dân có tài khoản VNeID', '%', '90%', '86%', '88%'],
      [],
      ['KẾT QUẢ THỰC HIỆN NĂM 2025'],
      HEAD,
      ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', '60%', '55%', '58%'],
      ['2', 'Tỷ lệ người dân có tài khoản VNeID', '%', '70%', '71%', '72%'],
    ],
  };

  test('is a table of its own (not a page break\'s repeated header): November 2026 counts this year\'s two rows only', async () => {
    const file = await writeWorkbook({ 'Kế hoạch': sheet });
    await expectSummary(file, '2026-11', [
      ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'met', 0.05, 0.15],
      ['2', 'Tỷ lệ người dân có tài khoản VNeID', 'not_met', -0.02, 0.02],
    ]);
    expect((await dti('check', file)).out).toContain('"Kế hoạch": 4 chỉ tiêu, 2 bảng');
  });

  test('its month columns belong to its own year: November 2025 reads last year\'s table', async () => {
    const file = await writeWorkbook({ 'Kế hoạch': sheet });
    await expectSummary(file, '2025-11', [
      ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'not_met', -0.02, 0.03],
      ['2', 'Tỷ lệ người dân có tài khoản VNeID', 'met', 0.02, 0.01],
    ]);
  });

  test('without a title, a header naming another year ("Chỉ tiêu năm 2025") starts a table of its own', async () => {
    const file = await writeWorkbook({
      'Kế hoạch': [
        ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2026', 'T11/2026'],
        ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', '80%', '85%'],
        [],
        ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2025', 'T11/2025'],
        ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', '60%', '58%'],
      ],
    });
    await expectSummary(file, '2026-11', [['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'met', 0.05, null]]);
  });
});

describe('tasks without a number', () => {
  test('done words are met, not-done words not met, empty is no data; the deadline says due or overdue', async () => {
    const file = await writeWorkbook({
      'Kế hoạch': [
        ['STT', 'Nội dung', 'Chỉ tiêu năm 2026', 'Thời gian hoàn thành', 'Tháng 11/2026'],
        ['A', 'CHỈ TIÊU'],
        ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '80%', 'Tháng 12/2026', '85%'],
        ['B', 'NHIỆM VỤ'],
        ['1', 'Ban hành kế hoạch chuyển đổi số năm 2026', null, 'Tháng 3/2026', 'Đã ban hành'],
        ['2', 'Tổ chức tập huấn kỹ năng số cho cán bộ, công chức', null, 'Tháng 11/2026', 'Đang thực hiện'],
        ['3', 'Rà soát, cập nhật danh mục cơ sở dữ liệu của xã', null, 'Tháng 9/2026', 'Chưa thực hiện'],
        ['4', 'Tuyên truyền về chuyển đổi số trên hệ thống loa truyền thanh', null, 'Thường xuyên', null],
        ['5', 'Kho dữ liệu số dùng chung của xã', null, 'Tháng 12/2026', 'Hoàn thành'],
        ['6', 'Hội nghị sơ kết chuyển đổi số', null, 'Tháng 6/2026', 'Xong'],
      ],
    });
    const rows = await expectSummary(file, '2026-11', [
      ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'met', 0.05, null],
      ['1', 'Ban hành kế hoạch chuyển đổi số', 'met', null, null],
      ['2', 'Tổ chức tập huấn kỹ năng số', 'not_met', null, null],
      ['3', 'Rà soát, cập nhật danh mục', 'not_met', null, null],
      ['4', 'Tuyên truyền về chuyển đổi số', 'no_data', null, null],
      ['5', 'Kho dữ liệu số dùng chung', 'met', null, null],
      ['6', 'Hội nghị sơ kết chuyển đổi số', 'met', null, null],
    ]);
    expect(rows.map((r) => (r as unknown as { due: string }).due)).toEqual(['later', 'overdue', 'due', 'overdue', 'due', 'later', 'overdue']);
    expect(rows.slice(1).map((r) => (r as unknown as { target: { kind: string } }).target.kind)).toEqual(['task', 'task', 'task', 'task', 'task', 'task']);
    const check = await dti('check', file);
    expect(check.out).not.toContain('chưa có mức chỉ tiêu');
  });

  test('a measured indicator with its target left empty is still a missing target, not a task', async () => {
    const file = await writeWorkbook({
      'Kế hoạch': [
        ['STT', 'Nội dung', 'Chỉ tiêu năm 2026', 'Tháng 11/2026'],
        ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', null, '85%'],
        ['2', 'Số lượng điểm wifi công cộng', null, 12],
      ],
    });
    const check = await dti('check', file);
    expect(check.out).toContain('LỖI  Kế hoạch!C2 [1]  Chỉ tiêu "1" chưa có mức chỉ tiêu.');
    expect(check.out).toContain('LỖI  Kế hoạch!C3 [2]  Chỉ tiêu "2" chưa có mức chỉ tiêu.');
  });
});

describe('targets written in the indicator\'s text', () => {
  test('no target column: a leading share, "đạt chuẩn", "được công nhận", ": Đạt tối thiểu 70%"', async () => {
    const file = await writeWorkbook({
      'Phụ lục': [
        ['STT', 'Nội dung chỉ tiêu', 'Đơn vị chủ trì', 'Tháng 11/2026'],
        ['1', '100% hệ thống thông tin của UBND xã được phê duyệt cấp độ an toàn thông tin', 'Phòng VH-XH', '80%'],
        ['2', '100% thành viên Tổ công nghệ số cộng đồng được tập huấn', 'Đoàn Thanh niên', '100%'],
        ['3', 'Trạm Y tế xã đạt chuẩn quốc gia về y tế', 'Trạm Y tế', 'Đạt'],
        ['4', 'Trung tâm Phục vụ hành chính công được công nhận', 'Trung tâm PVHCC', 'Chưa'],
        ['5', 'Tỷ lệ người dân dùng ứng dụng VNeID: Đạt tối thiểu 70%', 'Công an xã', '65%'],
      ],
    });
    const rows = await expectSummary(file, '2026-11', [
      ['1', '100% hệ thống thông tin', 'not_met', -0.2, null],
      ['2', '100% thành viên Tổ công nghệ số', 'met', 0, null],
      ['3', 'Trạm Y tế xã đạt chuẩn quốc gia', 'met', null, null],
      ['4', 'Trung tâm Phục vụ hành chính công', 'not_met', null, null],
      ['5', 'Tỷ lệ người dân dùng ứng dụng VNeID', 'not_met', -0.05, null],
    ]);
    expect(rows.map((r) => (r as unknown as { target: { kind: string } }).target.kind)).toEqual(['percent', 'percent', 'boolean', 'boolean', 'percent']);
    expect((await summaryJson(file, '2026-11')).problems.filter((p) => p.code === 'target-missing')).toEqual([]);
  });
});

describe('numbered sub-sections', () => {
  // "1. Dịch vụ công trực tuyến" heads 1.1 and 1.2; in the next part "1." is an indicator of its own.
  test.each([
    ['with a part "A." above', [['A.', 'CHỈ TIÊU CHUYỂN ĐỔI SỐ']]],
    ['without', []],
  ])('a row numbered as the parent of the next rows is their section, not an indicator without a target (%s)', async (_label, above) => {
    const file = await writeWorkbook({
      KH: [
        ['STT', 'Nội dung', 'Chỉ tiêu năm 2026', 'Đơn vị chủ trì', 'Tháng 11/2026'],
        ...above,
        ['I.', 'CHÍNH QUYỀN SỐ'],
        ['1.', 'Dịch vụ công trực tuyến'],
        ['1.1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '80%', 'TT PVHCC', '82%'],
        ['1.2', 'Tỷ lệ thanh toán trực tuyến', '≥ 80%', 'TT PVHCC', '65%'],
        ['2', 'Văn bản điện tử'],
        ['2.1', 'Tỷ lệ văn bản đi được ký số', '95%', 'Văn phòng', '96%'],
        ['II.', 'KINH TẾ SỐ'],
        ['1.', 'Tỷ lệ doanh nghiệp ứng dụng công nghệ số', '≥ 60%', 'Phòng Kinh tế', '58%'],
        ['2.', 'Ban hành kế hoạch phát triển kinh tế số', 'Ban hành trong năm', 'Phòng Kinh tế', null],
      ],
    });
    const rows = await expectSummary(file, '2026-11', [
      ['1.1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'met', 0.02, null],
      ['1.2', 'Tỷ lệ thanh toán trực tuyến', 'not_met', -0.15, null],
      ['2.1', 'Tỷ lệ văn bản đi được ký số', 'met', 0.01, null],
      ['1.', 'Tỷ lệ doanh nghiệp ứng dụng công nghệ số', 'not_met', -0.02, null],
      ['2.', 'Ban hành kế hoạch phát triển kinh tế số', 'no_data', null, null],
    ]);
    expect(rows.map((r) => (r as unknown as { group: string | null }).group)).toEqual([
      'Dịch vụ công trực tuyến',
      'Dịch vụ công trực tuyến',
      'Văn bản điện tử',
      'KINH TẾ SỐ',
      'KINH TẾ SỐ',
    ]);
  });
});

describe('notes, sources and totals under the rows', () => {
  const head = ['STT', 'Chỉ tiêu', 'Chỉ tiêu năm 2026', 'Tháng 10/2026', 'Tháng 11/2026'];
  const rows = [
    ['1', 'Số điểm phát wifi công cộng', 10, 6, 8],
    ['2', 'Số camera giám sát an ninh', 20, 18, 22],
  ];
  const expected: Array<[string, string, string, number, number]> = [
    ['1', 'Số điểm phát wifi công cộng', 'not_met', -2, 2],
    ['2', 'Số camera giám sát an ninh', 'met', 2, 4],
  ];

  test.each([
    ['Ghi chú: số liệu tính đến ngày 14/11/2026'],
    ['(*) Chỉ tiêu do Công an xã báo cáo'],
    ['* Số liệu ước tính'],
    ['Nguồn: Trung tâm Phục vụ hành chính công'],
    ['Tổng số chỉ tiêu đạt: 1/2'],
  ])('"%s" right under the last row is not glued onto its name', async (line) => {
    const file = await writeWorkbook({ KH: [head, ...rows, [null, line]] });
    const indicators = await expectSummary(file, '2026-11', expected);
    expect(indicators.map((i) => i.name)).toEqual(['Số điểm phát wifi công cộng', 'Số camera giám sát an ninh']);
  });

  test('a "Tổng cộng" row with figures is not an indicator', async () => {
    const file = await writeWorkbook({ KH: [head, ...rows, [null, 'Tổng cộng', 30, 24, 30]] });
    await expectSummary(file, '2026-11', expected);
  });

  test('a name that starts like a note or a total is still an indicator ("Nguồn nhân lực số", "Tổng số hồ sơ", "Cộng đồng số")', async () => {
    const file = await writeWorkbook({
      KH: [
        ['Chỉ tiêu', 'Chỉ tiêu năm 2026', 'Tháng 11/2026'],
        ['Nguồn nhân lực số được đào tạo', 50, 55],
        ['Tổng số hồ sơ tiếp nhận trực tuyến', 1000, 900],
        ['Cộng đồng số được thành lập', 2, 2],
      ],
    });
    await expectSummary(file, '2026-11', [
      [null, 'Nguồn nhân lực số được đào tạo', 'met', 5, null],
      [null, 'Tổng số hồ sơ tiếp nhận trực tuyến', 'not_met', -100, null],
      [null, 'Cộng đồng số được thành lập', 'met', 0, null],
    ]);
  });
});

describe('section rows that carry something', () => {
  const head = ['STT', 'Chỉ tiêu', 'Chỉ tiêu năm 2026', 'Đơn vị chủ trì', 'Thời hạn', 'Tháng 11/2026'];
  test.each([
    ['an owner', ['I', 'AN TOÀN THÔNG TIN MẠNG', null, 'Công an xã', null, null], ['II', 'CHÍNH QUYỀN SỐ', null, 'Trung tâm PVHCC', null, null]],
    ['a group result', ['I', 'AN TOÀN THÔNG TIN MẠNG', null, 'Công an xã', null, 'Đạt 1/2 chỉ tiêu'], ['II', 'CHÍNH QUYỀN SỐ', null, 'Trung tâm PVHCC', null, 'Đạt 0/1']],
    ['a count of its indicators and a deadline', ['I', 'AN TOÀN THÔNG TIN MẠNG', '02 chỉ tiêu', 'Công an xã', 'Năm 2026', null], ['II', 'CHÍNH QUYỀN SỐ', '01 chỉ tiêu', 'Trung tâm PVHCC', 'Năm 2026', null]],
    ['no numeral', [null, 'NHÓM AN TOÀN THÔNG TIN MẠNG', null, 'Công an xã', null, null], [null, 'Nhóm chỉ tiêu chính quyền số', null, 'Trung tâm PVHCC', null, null]],
  ])('a section row with %s is a section, and its owner is its indicators\' owner', async (_label, first, second) => {
    const file = await writeWorkbook({
      KH: [
        head,
        first,
        ['1', 'Tỷ lệ hệ thống thông tin được phê duyệt cấp độ', '100%', null, null, '80%'],
        ['2', 'Số sự cố mất an toàn thông tin mạng', 'Không quá 0', null, null, 1],
        second,
        ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '80%', null, null, '70%'],
      ],
    });
    const rows = await expectSummary(file, '2026-11', [
      ['1', 'Tỷ lệ hệ thống thông tin được phê duyệt cấp độ', 'not_met', -0.2, null],
      ['2', 'Số sự cố mất an toàn thông tin mạng', 'not_met', -1, null],
      ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'not_met', -0.1, null],
    ]);
    expect(rows.map((r) => (r as unknown as { owner: string }).owner)).toEqual(['Công an xã', 'Công an xã', 'Trung tâm PVHCC']);
  });
});
