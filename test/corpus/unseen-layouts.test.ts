/**
 * Workbooks an attack on the reader built in layouts the corpus did not have, each
 * of which was once read wrong. Expected values written by hand.
 */
import { writeWorkbook } from '../helpers/workbook';
import { dti } from '../helpers/run-dti';
import { expectSummary, summaryJson } from './expect-summary';

describe('columns', () => {
  test('a 2030 target column before the 2026 one: this year\'s target is the plan year\'s', async () => {
    const file = await writeWorkbook({
      KH: [
        ['Đơn vị chủ trì', 'Nội dung', 'STT', 'Mục tiêu 2030', 'Mục tiêu 2026', 'Đơn vị tính', 'KQ T11/2026', 'KQ T10/2026'],
        ['TT PVHCC', 'Tỷ lệ thanh toán trực tuyến', '1', '100%', '60%', '%', '62%', '58%'],
      ],
    });
    await expectSummary(file, '2026-11', [['1', 'Tỷ lệ thanh toán trực tuyến', 'met', 0.02, 0.04]]);
  });

  test('a result parent over "Số thực hiện | Tổng số | Tỷ lệ (%)": the share is read, the counts stand behind it', async () => {
    const file = await writeWorkbook({
      KH: {
        rows: [
          ['STT', 'Nội dung chỉ tiêu', 'Chỉ tiêu năm 2026', 'Đơn vị chủ trì', 'Kết quả thực hiện', null, null],
          [null, null, null, null, 'Số thực hiện', 'Tổng số', 'Tỷ lệ (%)'],
          ['1', 'Tỷ lệ văn bản đi được ký số', '95%', 'Văn phòng', 188, 200, { formula: 'IFERROR(E3/F3,"")', result: 0.94 }],
        ],
        merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:G1'],
        formats: { G3: '0%' },
      },
    });
    await expectSummary(file, '2026-11', [['1', 'Tỷ lệ văn bản đi được ký số', 'not_met', -0.01, null]]);
  });

  test('a month parent over "Kết quả | Đánh giá": the judgement column is neither a result nor an indicator row', async () => {
    const file = await writeWorkbook({
      KH: {
        rows: [
          ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2026', 'Tháng 10/2026', null, 'Tháng 11/2026', null],
          [null, null, null, null, 'Kết quả', 'Đánh giá', 'Kết quả', 'Đánh giá'],
          ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '%', '80%', '70%', 'Chưa đạt', '85%', 'Đạt'],
        ],
        merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1', 'G1:H1'],
      },
    });
    await expectSummary(file, '2026-11', [['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'met', 0.05, 0.15]]);
  });

  test('"Ghi chú tháng 11", "Đánh giá tháng 11", "Tăng, giảm so với tháng 10" are not month results', async () => {
    const file = await writeWorkbook({
      KH: [
        ['STT', 'Chỉ tiêu', 'Chỉ tiêu năm 2026', 'Ghi chú tháng 11', 'Đánh giá tháng 11', 'Tăng, giảm so với tháng 10', 'Thực hiện tháng 11'],
        ['1', 'Tỷ lệ hồ sơ trực tuyến', '80%', 'Số liệu từ Cổng DVC', 'Đạt', '+15%', '85%'],
      ],
    });
    await expectSummary(file, '2026-11', [['1', 'Tỷ lệ hồ sơ trực tuyến', 'met', 0.05, null]]);
  });

  test('"T10 (%)" / "T11 (%)" and "KQ tháng 10/26" / "KQ tháng 11/26" head the months', async () => {
    for (const [oct, nov] of [['T10 (%)', 'T11 (%)'], ['KQ tháng 10/26', 'KQ tháng 11/26']]) {
      const file = await writeWorkbook({ KH: [['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2026', oct!, nov!], ['1', 'Tỷ lệ hồ sơ trực tuyến', '%', '80%', 70, 85]] });
      await expectSummary(file, '2026-11', [['1', 'Tỷ lệ hồ sơ trực tuyến', 'met', 0.05, 0.15]]);
    }
  });

  test('a row numbering the columns (1 | 2 | 3 …) under the header is part of it, not an indicator', async () => {
    const file = await writeWorkbook({
      KH: [
        ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2026', 'Tháng 10/2026', 'Tháng 11/2026'],
        ['1', '2', '3', '4', '5', '6'],
        ['1', 'Tỷ lệ hồ sơ trực tuyến', '%', '80%', '70%', '85%'],
        [],
        ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2026', 'Tháng 10/2026', 'Tháng 11/2026'],
        ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
        ['(tiếp theo)'],
        ['2', 'Tỷ lệ thanh toán trực tuyến', '%', '50%', '40%', '45%'],
      ],
    });
    await expectSummary(file, '2026-11', [
      ['1', 'Tỷ lệ hồ sơ trực tuyến', 'met', 0.05, 0.15],
      ['2', 'Tỷ lệ thanh toán trực tuyến', 'not_met', -0.05, 0.05],
    ]);
    expect((await summaryJson(file, '2026-11')).problems.filter((p) => p.code === 'duplicate-id')).toEqual([]);
  });

  test('a list of tasks headed "Nhiệm vụ" is read as the rows\' names', async () => {
    const file = await writeWorkbook({
      'Nhiệm vụ': [
        ['STT', 'Nhiệm vụ', 'Thời hạn', 'Kết quả tháng 11/2026'],
        ['1', 'Ban hành kế hoạch chuyển đổi số năm 2026', 'Tháng 3/2026', 'Đã ban hành'],
        ['2', 'Kiện toàn Tổ công nghệ số cộng đồng', 'Tháng 11/2026', 'Chưa thực hiện'],
      ],
    });
    await expectSummary(file, '2026-11', [
      ['1', 'Ban hành kế hoạch', 'met', null, null],
      ['2', 'Kiện toàn Tổ', 'not_met', null, null],
    ]);
  });
});

describe('rows and sections', () => {
  test('two sections with identical headers and the same names: each keeps its rows, no title row becomes an indicator', async () => {
    const head = ['STT', 'Chỉ tiêu', 'Chỉ tiêu năm 2026', 'Đơn vị chủ trì', 'Kết quả thực hiện'];
    const file = await writeWorkbook({
      'Phụ lục': [
        ['I. KHỐI CƠ QUAN ĐẢNG, ĐOÀN THỂ'],
        head,
        ['01', 'Tỷ lệ văn bản đi được ký số', '100%', 'Văn phòng Đảng ủy', '90%'],
        [],
        ['II. KHỐI CHÍNH QUYỀN'],
        head,
        ['01', 'Tỷ lệ văn bản đi được ký số', '100%', 'VP HĐND-UBND', '100%'],
      ],
    });
    const rows = await expectSummary(file, '2026-11', [
      ['01', 'Tỷ lệ văn bản đi được ký số', 'not_met', -0.1, null],
      ['01', 'Tỷ lệ văn bản đi được ký số', 'met', 0, null],
    ]);
    expect(rows.map((r) => (r as unknown as { group: string }).group)).toEqual(['KHỐI CƠ QUAN ĐẢNG, ĐOÀN THỂ', 'KHỐI CHÍNH QUYỀN']);
  });

  test('"2.1 …, trong đó:" heads its a), b) rows: a section, not an indicator missing its target', async () => {
    const file = await writeWorkbook({
      KH: [
        ['STT', 'Chỉ tiêu', 'Đơn vị chủ trì', 'Chỉ tiêu năm 2026', 'Tháng 11/2026'],
        ['2.1', 'Tỷ lệ văn bản đi được ký số, trong đó:', 'Văn phòng', null, null],
        ['a)', 'Văn bản của UBND xã', 'Văn phòng', '100%', '100%'],
        ['b)', 'Văn bản của các ban, ngành', 'Văn phòng', '90%', '88%'],
      ],
    });
    await expectSummary(file, '2026-11', [
      ['a)', 'Văn bản của UBND xã', 'met', 0, null],
      ['b)', 'Văn bản của các ban, ngành', 'not_met', -0.02, null],
    ]);
  });

  test('a second table whose header differs by one column (a tasks table with "Thời hạn") is a table of its own', async () => {
    const file = await writeWorkbook({
      KH: [
        ['STT', 'Nội dung', 'Chỉ tiêu năm 2026', 'Đơn vị chủ trì', 'Tháng 11/2026'],
        ['1', 'Tỷ lệ hồ sơ trực tuyến', '80%', 'TT PVHCC', '85%'],
        [],
        ['STT', 'Nội dung', 'Thời hạn', 'Đơn vị chủ trì', 'Tháng 11/2026'],
        ['1', 'Ban hành quy chế quản lý dữ liệu', 'Tháng 12/2026', 'Văn phòng', 'Hoàn thành'],
        ['2', 'Tổ chức hội nghị sơ kết', 'Quý III/2026', 'Văn phòng', 'Xong'],
      ],
    });
    await expectSummary(file, '2026-11', [
      ['1', 'Tỷ lệ hồ sơ trực tuyến', 'met', 0.05, null],
      ['1', 'Ban hành quy chế quản lý dữ liệu', 'met', null, null],
      ['2', 'Tổ chức hội nghị sơ kết', 'met', null, null],
    ]);
  });
});

describe('month sheets', () => {
  const head = ['STT', 'Chỉ tiêu', 'Chỉ tiêu năm 2026', 'Kết quả thực hiện'];
  const sheet = (v: string): unknown[][] => [head, ['01', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '80%', v]];

  test('a hidden stale copy and Excel\'s "T11 (2)" copy are passed over for the month\'s own sheet', async () => {
    const file = await writeWorkbook({
      T10: sheet('70%') as never,
      'T11 cất đi': { rows: sheet('10%') as never, state: 'hidden' },
      T11: sheet('82%') as never,
      'T11 (2)': sheet('30%') as never,
    });
    await expectSummary(file, '2026-11', [['01', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'met', 0.02, 0.12]]);
  });

  test('two visible sheets for one month: the later is read and the user is told which', async () => {
    const file = await writeWorkbook({ T10: sheet('70%') as never, 'Tháng 11': sheet('60%') as never, 'T11.2026': sheet('82%') as never });
    await expectSummary(file, '2026-11', [['01', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'met', 0.02, 0.12]]);
    const run = await dti('summary', file, '--month', '2026-11');
    expect(run.out).toContain('Có nhiều trang cho tháng 11/2026: đã đọc "T11.2026" (trang sau cùng), bỏ qua "Tháng 11".');
  });

  test('a row moved and renamed a little keeps its own last month, not another row\'s', async () => {
    const file = await writeWorkbook({
      T10: [head, ['01', 'Tỷ lệ hồ sơ phát sinh trực tuyến toàn trình', '80%', '70%'], ['02', 'Tỷ lệ hồ sơ phát sinh trực tuyến một phần', '50%', '30%']],
      T11: [head, ['01', 'Tỷ lệ hồ sơ phát sinh trực tuyến một phần', '50%', '35%'], ['02', 'Tỷ lệ hồ sơ phát sinh trực tuyến toàn trình (TTHC)', '80%', '82%']],
    });
    await expectSummary(file, '2026-11', [
      ['01', 'Tỷ lệ hồ sơ phát sinh trực tuyến một phần', 'not_met', -0.15, 0.05],
      ['02', 'Tỷ lệ hồ sơ phát sinh trực tuyến toàn trình', 'met', 0.02, 0.12],
    ]);
  });

  test('last year\'s table kept on each month sheet is left out of this year\'s month', async () => {
    const withOld = (v: string): unknown[][] => [...sheet(v), [], ['KẾT QUẢ NĂM 2025'], ['STT', 'Chỉ tiêu', 'Chỉ tiêu năm 2025', 'Kết quả thực hiện'], ['01', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '60%', '58%']];
    const file = await writeWorkbook({ T10: withOld('70%') as never, T11: withOld('82%') as never });
    await expectSummary(file, '2026-11', [['01', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'met', 0.02, 0.12]]);
  });

  test('a plan sheet (no results) and a template beside the month sheets are not counted again', async () => {
    const file = await writeWorkbook({ 'Kế hoạch': [head.slice(0, 3), ['01', 'Tỷ lệ hồ sơ trực tuyến toàn trình', '80%']], Mẫu: sheet('') as never, T10: sheet('70%') as never, T11: sheet('82%') as never });
    await expectSummary(file, '2026-11', [['01', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'met', 0.02, 0.12]]);
  });
});

describe('values', () => {
  test('task words: a "chưa"/"đang" after a start is not done; "Hoàn thành 60%" is not done; "Thường xuyên thực hiện" is', async () => {
    const file = await writeWorkbook({
      'Nhiệm vụ': [
        ['STT', 'Nội dung', 'Thời hạn', 'Kết quả tháng 11/2026'],
        ['1', 'Xây dựng quy chế sử dụng chữ ký số', 'Tháng 12/2026', 'Đã xây dựng dự thảo, chưa ban hành'],
        ['2', 'Lắp đặt camera an ninh tại trụ sở', 'Tháng 12/2026', 'Đã trình, đang chờ phê duyệt kinh phí'],
        ['3', 'Số hóa hồ sơ địa chính', 'Tháng 12/2026', 'Hoàn thành 60%'],
        ['4', 'Tuyên truyền trên loa truyền thanh', 'Thường xuyên', 'Thường xuyên thực hiện'],
        ['5', 'Trung tâm dữ liệu của xã được công nhận đạt chuẩn', 'Tháng 12/2026', 'Đạt chuẩn'],
      ],
    });
    await expectSummary(file, '2026-11', [
      ['1', 'Xây dựng quy chế', 'not_met', null, null],
      ['2', 'Lắp đặt camera', 'not_met', null, null],
      ['3', 'Số hóa hồ sơ địa chính', 'not_met', null, null],
      ['4', 'Tuyên truyền trên loa', 'met', null, null],
      ['5', 'Trung tâm dữ liệu', 'met', null, null],
    ]);
  });

  test('targets: a whole number under "%" is that many percent, a fraction is asked; rises, falls and ranks cannot be judged; "> =" is at least; "0" and "Không để xảy ra …" allow none', async () => {
    const file = await writeWorkbook({
      KH: [
        ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2026', 'Tháng 11/2026'],
        ['1', 'Tỷ lệ chi ngân sách cho chuyển đổi số', '%', 1, '1,2%'],
        ['2', 'Tỷ lệ doanh nghiệp công nghệ số mới', '%', '0,5', '0,6%'],
        ['3', 'Tỷ lệ hồ sơ giải quyết quá hạn', '%', 'Giảm 10% so với năm 2025', '12%'],
        ['4', 'Tỷ lệ hồ sơ trực tuyến', '%', '> = 80%', '80%'],
        ['5', 'Mô hình chuyển đổi số tiêu biểu', null, null, 1],
        ['6', 'Tỷ lệ hồ sơ trễ hạn', '%', 'Giảm xuống còn 5%', '8%'],
        ['7', 'Tỷ lệ hồ sơ phải bổ sung', '%', 'Giảm 10%', '12%'],
        ['8', 'Xếp hạng chỉ số DTI của xã', null, 'Nhóm 10 đơn vị dẫn đầu', 12],
        ['9', 'Số sự cố mất an toàn thông tin', 'sự cố', '0', 1],
        ['10', 'Số sự cố tại cơ quan Đảng', null, 'Không để xảy ra sự cố', 2],
      ],
    });
    await expectSummary(file, '2026-11', [
      ['1', 'Tỷ lệ chi ngân sách', 'met', 0.002, null],
      ['2', 'Tỷ lệ doanh nghiệp công nghệ số mới', 'invalid', null, null],
      ['3', 'Tỷ lệ hồ sơ giải quyết quá hạn', 'invalid', null, null],
      ['4', 'Tỷ lệ hồ sơ trực tuyến', 'met', 0, null],
      ['5', 'Mô hình chuyển đổi số tiêu biểu', 'invalid', null, null],
      ['6', 'Tỷ lệ hồ sơ trễ hạn', 'not_met', -0.03, null],
      ['7', 'Tỷ lệ hồ sơ phải bổ sung', 'invalid', null, null],
      ['8', 'Xếp hạng chỉ số DTI', 'invalid', null, null],
      ['9', 'Số sự cố mất an toàn thông tin', 'not_met', -1, null],
      ['10', 'Số sự cố tại cơ quan Đảng', 'not_met', -2, null],
    ]);
    const check = await dti('check', file);
    expect(check.out).toContain('Số 0,5 dưới đơn vị "%" không rõ là 0,5% hay 50%');
  });

  test('a count in the text opening it ("Có ít nhất 01 mô hình …") is its target', async () => {
    const file = await writeWorkbook({ KH: [['STT', 'Nội dung chỉ tiêu', 'Tháng 11/2026'], ['1', 'Có ít nhất 01 mô hình chuyển đổi số tiêu biểu', 1]] });
    await expectSummary(file, '2026-11', [['1', 'Có ít nhất 01 mô hình', 'met', 0, null]]);
  });

  test('results written with their unit ("1,5 DN/1000 dân"), thousands with a space ("1 250"), a share above 100% unreadable', async () => {
    const file = await writeWorkbook({
      KH: [
        ['STT', 'Chỉ tiêu', 'Chỉ tiêu năm 2026', 'Tháng 11/2026'],
        ['1', 'Doanh nghiệp số trên 1.000 dân', '2 DN/1.000 dân', '2,5 DN/1.000 dân'],
        ['2', 'Số hồ sơ trực tuyến', '≥ 1200', '1 250'],
        ['3', 'Tỷ lệ hồ sơ được số hóa', '80%', '1.234%'],
        ['4', 'Tỷ lệ văn bản có chữ ký số', '80%', "'85%"],
      ],
    });
    await expectSummary(file, '2026-11', [
      ['1', 'Doanh nghiệp số trên 1.000 dân', 'met', 0.5, null],
      ['2', 'Số hồ sơ trực tuyến', 'met', 50, null],
      ['3', 'Tỷ lệ hồ sơ được số hóa', 'invalid', null, null],
      ['4', 'Tỷ lệ văn bản có chữ ký số', 'met', 0.05, null],
    ]);
  });

  test('=IFERROR(E/F,0) showing 0 while its counts are empty is no data, not a 0% shortfall', async () => {
    const file = await writeWorkbook({
      KH: {
        rows: [
          ['STT', 'Chỉ tiêu', 'Chỉ tiêu năm 2026', 'Số thực hiện', 'Tổng số', 'Tỷ lệ đạt (%)'],
          ['1', 'Tỷ lệ hồ sơ trực tuyến', '90%', null, null, { formula: 'IFERROR(D2/E2,0)', result: 0 }],
        ],
        formats: { F2: '0%' },
      },
    });
    await expectSummary(file, '2026-11', [['1', 'Tỷ lệ hồ sơ trực tuyến', 'no_data', null, null]]);
  });

  test('a target formula without a kept result says so, with its address', async () => {
    const file = await writeWorkbook({ KH: [['STT', 'Chỉ tiêu', 'Chỉ tiêu năm 2026', 'Tháng 11/2026'], ['1', 'Tỷ lệ hồ sơ trực tuyến', { formula: '0.8*1' }, '85%']] });
    const check = await dti('check', file);
    expect(check.out).toContain('LỖI  KH!C2 [1]  Ô chỉ tiêu có công thức nhưng tệp chưa lưu kết quả tính');
  });
});
