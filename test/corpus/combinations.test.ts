/** Layout families met together, as real workbooks mix them. */
import { type Row as SheetRow, writeWorkbook } from '../helpers/workbook';
import { dti } from '../helpers/run-dti';
import { expectSummary } from './expect-summary';

describe('families combined', () => {
  test('a two-row header with month columns, pasted from Word: title lines, page-break headers, blank lines, a wrapped name', async () => {
    const head1: SheetRow = ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2026', 'Kết quả thực hiện', null, null];
    const head2: SheetRow = [null, null, null, null, 'T9', 'T10', 'T11'];
    const file = await writeWorkbook({
      'Phụ lục': {
        rows: [
          ['ỦY BAN NHÂN DÂN XÃ AN BÌNH'],
          ['PHỤ LỤC: CHỈ TIÊU CHUYỂN ĐỔI SỐ NĂM 2026'],
          [],
          head1,
          head2,
          ['I', 'CHÍNH QUYỀN SỐ'],
          ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số', '%', '80%', '60%', '70%', '82%'],
          [null, 'hồ sơ thủ tục hành chính'],
          ['2', 'Tỷ lệ văn bản điện tử có chữ ký số', '%', '100%', '95%', '97%', '99%'],
          [],
          head1,
          head2,
          ['3', 'Tỷ lệ cuộc họp trực tuyến', '%', '≥ 50%', '40%', '45%', null],
          ['II', 'XÃ HỘI SỐ'],
          ['1', 'Tỷ lệ người dân có tài khoản định danh điện tử', '%', 'Trên 70%', '65%', '69%', '70%'],
        ],
        merges: ['A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:G4', 'A11:A12', 'B11:B12', 'C11:C12', 'D11:D12', 'E11:G11'],
      },
    });
    const rows = await expectSummary(file, '2026-11', [
      ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ thủ tục hành chính', 'met', 0.02, 0.12],
      ['2', 'Tỷ lệ văn bản điện tử có chữ ký số', 'not_met', -0.01, 0.02],
      ['3', 'Tỷ lệ cuộc họp trực tuyến', 'no_data', null, null],
      ['1', 'Tỷ lệ người dân có tài khoản định danh', 'not_met', 0, 0.01],
    ]);
    expect(rows[0]!.name).toBe('Tỷ lệ hồ sơ trực tuyến toàn trình trên tổng số hồ sơ thủ tục hành chính');
    expect((await dti('check', file)).out).toContain('"Phụ lục": 4 chỉ tiêu, 1 bảng');
  });

  test('month sheets holding two tables each (ids restart at 01 in each), matched table by table', async () => {
    const tables = (r: [string, string, string, string]): SheetRow[] => [
      ['I. NHÓM CHỈ TIÊU DO XÃ CHỦ TRÌ'],
      ['STT', 'Chỉ tiêu', 'Chỉ tiêu năm 2026', 'Đơn vị chủ trì', 'Kết quả thực hiện'],
      ['01', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '80%', 'Trung tâm PVHCC', r[0]],
      ['02', 'Tỷ lệ thanh toán trực tuyến', '50%', 'Trung tâm PVHCC', r[1]],
      [],
      ['II. NHÓM CHỈ TIÊU PHỐI HỢP CẤP TRÊN'],
      ['STT', 'Chỉ tiêu', 'Cơ quan chủ trì cấp trên', 'Chỉ tiêu năm 2026', 'Đơn vị chủ trì', 'Kết quả thực hiện'],
      ['01', 'Tỷ lệ người dân có sổ sức khỏe điện tử', 'Sở Y tế', '90%', 'Trạm Y tế', r[2]],
      ['02', 'Tỷ lệ trường học dùng học bạ số', 'Sở GD&ĐT', '100%', 'Trường THCS', r[3]],
    ];
    const file = await writeWorkbook({ 'Tháng 10': tables(['70%', '40%', '85%', '90%']), 'Tháng 11': tables(['75%', '55%', '92%', '100%']) });
    await expectSummary(file, '2026-11', [
      ['01', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'not_met', -0.05, 0.05],
      ['02', 'Tỷ lệ thanh toán trực tuyến', 'met', 0.05, 0.15],
      ['01', 'Tỷ lệ người dân có sổ sức khỏe', 'met', 0.02, 0.07],
      ['02', 'Tỷ lệ trường học dùng học bạ số', 'met', 0, 0.1],
    ]);
  });

  test('month sheets whose result is kept as counts, with a task part', async () => {
    const sheet = (done: number, total: number, task: string | null): SheetRow[] => [
      ['STT', 'Nội dung', 'Chỉ tiêu năm 2026', 'Thời hạn', 'Số thực hiện', 'Tổng số'],
      ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '80%', 'Tháng 12/2026', done, total],
      ['', 'NHIỆM VỤ'],
      ['1', 'Ban hành quy chế quản lý dữ liệu số', null, 'Tháng 11/2026', task],
    ];
    const file = await writeWorkbook({ T10: sheet(30, 50, 'Chưa thực hiện'), T11: sheet(41, 50, 'Đã ban hành') });
    const rows = await expectSummary(file, '2026-11', [
      ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'met', 0.02, 0.22],
      ['1', 'Ban hành quy chế quản lý dữ liệu số', 'met', null, null],
    ]);
    expect(rows.map((r) => (r as unknown as { previous: unknown }).previous)).toEqual([0.6, false]);
  });
});
