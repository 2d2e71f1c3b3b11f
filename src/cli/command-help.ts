import { bi, type Bilingual } from '../core/i18n';

/** `dti help <command>` and `dti <command> --help` for the short commands (those of summary, forms and merge are in main.ts). */
export const COMMAND_HELP: Record<'target' | 'check' | 'status' | 'values-copy', Bilingual> = {
  target: bi(
    `dti target "<chỉ tiêu>" [--unit ĐVT] [--json]
  Cách dti hiểu một chỉ tiêu: loại (tỷ lệ, số lượng, có/không…), phép so sánh và con số. Mã thoát 1 khi không đọc được.

  --unit ĐVT             đơn vị tính của chỉ tiêu, ví dụ --unit % (số 80 dưới đơn vị % là 80%)
  --json                 kết quả dạng JSON (tỷ lệ là số thập phân: 0,8 là 80%)`,
    `dti target "<target>" [--unit UNIT] [--json]
  How dti understands one target: its kind (share, count, yes/no…), the comparison and the figure. Exit code 1 when it cannot be read.

  --unit UNIT            the indicator's unit, e.g. --unit % (80 under a % unit is 80%)
  --json                 JSON output (shares as fractions: 0.8 is 80%)`,
  ),
  check: bi(
    `dti check <tệp.xlsx> [--sheet TÊN] [--json]
  Các bảng chỉ tiêu tìm thấy, cột nào được hiểu là gì, và các vấn đề dữ liệu (ô nào, vì sao). Tệp không bị sửa.

  --sheet TÊN            chỉ đọc một trang tính
  --json                 kết quả dạng JSON`,
    `dti check <file.xlsx> [--sheet NAME] [--json]
  The indicator tables found, what each column is read as, and the data problems (which cell, why). The file is not changed.

  --sheet NAME           read one sheet only
  --json                 JSON output`,
  ),
  status: bi(
    `dti status <tệp.xlsx> --month YYYY-MM --out <tệp-mới.xlsx> [--formulas plain|dti] [--sheet TÊN] [--force]
  Thêm các cột "Chênh lệch", "Tình trạng", "Tiến độ" vào một bản sao của tệp; tệp gốc giữ nguyên.

  --formulas plain       công thức thông thường (mặc định): mở được ở Excel 2016/2019, WPS, LibreOffice
  --formulas dti         công thức DTI.* (cần Microsoft 365 hoặc Office 2021/2024 có cài phần bổ trợ)
  --sheet TÊN            chỉ thêm vào một trang tính
  --force                ghi đè tệp --out đã có`,
    `dti status <file.xlsx> --month YYYY-MM --out <new.xlsx> [--formulas plain|dti] [--sheet NAME] [--force]
  Adds the "Chênh lệch" (gap), "Tình trạng" (status) and "Tiến độ" (progress) columns to a copy; the input is left as it is.

  --formulas plain       ordinary formulas (default): they open in Excel 2016/2019, WPS, LibreOffice
  --formulas dti         DTI.* formulas (Microsoft 365 or Office 2021/2024 with the add-in)
  --sheet NAME           add them on one sheet only
  --force                replace an existing --out file`,
  ),
  'values-copy': bi(
    `dti values-copy <tệp.xlsx> --out <bản-gửi.xlsx> [--force]
  Bản để gửi cho nơi không cài phần bổ trợ: công thức DTI.* được thay bằng giá trị đang hiển thị; tệp gốc giữ nguyên.

  --out TỆP.xlsx         tệp mới để ghi (bắt buộc)
  --force                ghi đè tệp --out đã có`,
    `dti values-copy <file.xlsx> --out <copy.xlsx> [--force]
  A copy to send where the add-in is not installed: DTI.* formulas replaced by the values they show; the input is left as it is.

  --out FILE.xlsx        the new file to write (required)
  --force                replace an existing --out file`,
  ),
};
