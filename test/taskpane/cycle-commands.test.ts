/**
 * The task pane's two buttons of the monthly cycle, on a workbook open in
 * (fake) Excel: the forms offered as one .zip, then the forms sent back merged
 * into the workbook itself — asking before a value the workbook holds is replaced.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { NO_PROGRESS } from '../../src/taskpane/commands';
import { makeUnitForms, mergeUnitForms } from '../../src/taskpane/cycle-commands';
import { createFakeHost, FakeWorkbook } from '../../kit/fake-excel/fake-excel';

function tracker(): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet('Kế hoạch', [
    ['STT', 'Chỉ tiêu', 'Đơn vị chủ trì', 'Chỉ tiêu năm 2026', 'T10/2026', 'T11/2026'],
    ['1', 'Tỷ lệ người dân có tài khoản định danh điện tử', 'Công an xã', '80%', '70%', '72%'],
    ['2', 'Tỷ lệ hồ sơ sức khỏe điện tử', 'Trạm Y tế', '90%', '80%', null],
  ]);
  return wb;
}

async function filled(bytes: Uint8Array, cells: Record<string, ExcelJS.CellValue>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  for (const [address, value] of Object.entries(cells)) wb.worksheets[0]!.getCell(address).value = value;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

test('forms out as one zip, back in with consent for the changed figure', async () => {
  const workbook = tracker();
  const port = new OfficeWorkbook(createFakeHost(workbook));
  let zipBytes: Uint8Array | null = null;
  let zipName = '';
  const made = await makeUnitForms(port, '2026-11', NO_PROGRESS, (bytes, name) => {
    zipBytes = bytes;
    zipName = name;
  });
  expect(made.intent).toBe('success');
  expect(zipName).toBe('Phieu-T11-2026.zip');
  const zip = await JSZip.loadAsync(zipBytes!);
  expect(Object.keys(zip.files).sort()).toEqual(['Phieu-T11-2026-Cong-an-xa.xlsx', 'Phieu-T11-2026-Tram-y-te.xlsx']);

  const police = await filled(await zip.file('Phieu-T11-2026-Cong-an-xa.xlsx')!.async('uint8array'), { F6: 0.75, G6: '15/BC-CA' });
  const health = await filled(await zip.file('Phieu-T11-2026-Tram-y-te.xlsx')!.async('uint8array'), { F6: 0.82, I6: 'https://yte.example.gov.vn/t11' });
  const files = [
    { name: 'Phieu-T11-2026-Cong-an-xa.xlsx', bytes: police },
    { name: 'Phieu-T11-2026-Tram-y-te.xlsx', bytes: health },
  ];
  const sheet = workbook.sheets.find((s) => s.name === 'Kế hoạch')!;

  const asked = await mergeUnitForms(port, '2026-11', files, NO_PROGRESS);
  expect(asked).toEqual({ ask: [{ sheet: 'Kế hoạch', address: 'F2', text: '72% → 75% (Phieu-T11-2026-Cong-an-xa.xlsx!F6)' }] });
  // Nothing written while the user is asked.
  expect([sheet.cell(1, 5).value, sheet.cell(2, 5).value]).toEqual(['72%', '']);

  const merged = await mergeUnitForms(port, '2026-11', files, NO_PROGRESS, 'ask' in asked ? asked.ask : []);
  expect('notice' in merged && merged.notice.text.vi).toBe('Đã nhập 4 ô từ 2 phiếu (kết quả vào cột tháng 11/2026, tài liệu kiểm chứng vào cột "Minh chứng 11/2026").');
  expect([sheet.cell(1, 5).value, sheet.cell(2, 5).value]).toEqual([0.75, 0.82]);
  expect([sheet.cell(0, 6).value, sheet.cell(1, 6).value, sheet.cell(2, 6).value]).toEqual(['Minh chứng 11/2026', 'Số 15/BC-CA', 'https://yte.example.gov.vn/t11']);
  const log = workbook.sheets.find((s) => s.name === 'DTI_NhatKyPhieu')!;
  expect(log.visibility).toBe('Hidden');

  // Again: nothing to ask, nothing changes.
  const again = await mergeUnitForms(port, '2026-11', files, NO_PROGRESS);
  expect('notice' in again && again.notice.text.vi).toBe('Không có ô nào thay đổi.');
});
