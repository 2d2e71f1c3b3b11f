import { baseName, downloadName, sendCopyName } from '../../src/web/file-names';

test('the download is a new file named for the month: "<name> - DTI T11-2026.xlsx"', () => {
  expect(downloadName('Kế hoạch CĐS.xlsx', '2026-11')).toBe('Kế hoạch CĐS - DTI T11-2026.xlsx');
  expect(downloadName('so-theo-doi.XLSX', '2027-3')).toBe('so-theo-doi - DTI T3-2027.xlsx');
});

test('a file downloaded here and opened again does not pile up suffixes', () => {
  expect(downloadName('Kế hoạch CĐS - DTI T10-2026.xlsx', '2026-11')).toBe('Kế hoạch CĐS - DTI T11-2026.xlsx');
  expect(sendCopyName('Kế hoạch CĐS - DTI T11-2026.xlsx')).toBe('Kế hoạch CĐS-ban-gui.xlsx');
});

test('without a month chosen the current month names it; a name of nothing but the extension still gets one', () => {
  expect(downloadName('a.xlsx', '', new Date(2026, 0, 15))).toBe('a - DTI T1-2026.xlsx');
  expect(baseName('.xlsx')).toBe('workbook');
});
