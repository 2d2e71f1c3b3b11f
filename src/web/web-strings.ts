/** The web page's own words (the screens' are the task pane's, src/taskpane/strings.ts). */
import { bi } from '../core/i18n';

export const WEB = {
  privacy: bi(
    'Tệp của bạn không rời khỏi máy tính này: trang đọc và ghi tệp ngay trong trình duyệt, không gửi đi đâu, không cần mạng. Kết quả được tải về thành một tệp mới; tệp gốc không bị thay đổi.',
    'Your file never leaves this computer: the page reads and writes it inside the browser, sends it nowhere and needs no network. The result is downloaded as a new file; your original file is not changed.',
  ),
  intro: bi(
    'Dùng DTI không cần phần bổ trợ Excel: chọn sổ kế hoạch (.xlsx) để kiểm tra, ánh xạ cột, thêm cột tình trạng và lập báo cáo tháng. Tệp tải về mở được trong Excel, WPS Office và LibreOffice.',
    'DTI without the Excel add-in: choose your plan workbook (.xlsx) to check it, map its columns, add status columns and make the monthly report. The downloaded file opens in Excel, WPS Office and LibreOffice.',
  ),
  choose: bi('Chọn tệp .xlsx', 'Choose an .xlsx file'),
  drop: bi('hoặc kéo thả tệp vào đây', 'or drop the file here'),
  chooseAgain: bi('Mở tệp khác / tệp đã sửa', 'Open another or an edited file'),
  opening: bi('Đang mở tệp…', 'Opening the file…'),
  open: bi('Tệp đang mở', 'Open file'),
  download: bi('Tải về', 'Download'),
  downloadAs: bi('Tải về thành tệp mới: {name}', 'Downloads as a new file: {name}'),
  unsaved: bi('Có thay đổi chưa tải về.', 'There are changes not yet downloaded.'),
  saved: bi('Không có thay đổi nào chưa tải về.', 'No change is waiting to be downloaded.'),
  downloaded: bi('Đã tải về "{name}". Tệp gốc không bị thay đổi.', 'Downloaded "{name}". Your original file is not changed.'),
  replaceAsk: bi(
    'Tệp "{open}" có thay đổi chưa tải về. Mở "{next}" thì các thay đổi đó sẽ mất.',
    '"{open}" has changes not yet downloaded. Opening "{next}" discards them.',
  ),
  replaceConfirm: bi('Mở tệp mới, bỏ thay đổi', 'Open it, discard the changes'),
  replaceCancel: bi('Giữ tệp đang mở', 'Keep the open file'),
  notXlsxName: bi('"{name}" không phải tệp .xlsx. Hãy lưu sổ làm việc dạng "Excel Workbook (*.xlsx)" rồi chọn lại.', '"{name}" is not an .xlsx file. Save the workbook as "Excel Workbook (*.xlsx)" and choose it again.'),
  tooLarge: bi('"{name}" nặng {size}, quá giới hạn {max} mà trang đọc được.', '"{name}" is {size}, over the {max} the page reads.'),
  onPage: bi(
    'Trình duyệt này không cho chạy bộ xử lý nền (Web Worker), nên tệp được xử lý ngay trên trang: với sổ rất lớn, trang có thể khựng lại trong lúc làm việc.',
    'This browser does not allow a background worker (Web Worker), so the file is worked on in the page itself: with a very large workbook the page may pause while it works.',
  ),
};

export type WebKey = keyof typeof WEB;

export function fill(text: string, params: Record<string, string> = {}): string {
  return text.replace(/\{(\w+)\}/g, (_, key: string) => params[key] ?? `{${key}}`);
}
