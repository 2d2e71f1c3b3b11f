import { bi } from '../core/i18n';
import { FileError, shortName } from '../files/file-error';
import { formatSize } from '../files/limits';
import type { ZipProblem } from '../files/zip-limits';
import type { SheetDamage } from './read/read-package';

/** A file that is there and readable but is not a workbook dti can open. */
export class WorkbookFileError extends FileError {}

const SAVE_AS_XLSX = bi('Hãy mở tệp trong Excel và lưu lại dạng "Excel Workbook (*.xlsx)".', 'Open it in Excel and save it as "Excel Workbook (*.xlsx)".');

export const workbookMessages = {
  notXlsx: (p: string) =>
    new WorkbookFileError(bi(`"${shortName(p)}" không phải sổ làm việc Excel .xlsx. ${SAVE_AS_XLSX.vi}`, `"${shortName(p)}" is not an Excel .xlsx workbook. ${SAVE_AS_XLSX.en}`)),
  oldXls: (p: string) =>
    new WorkbookFileError(
      bi(
        `"${shortName(p)}" là sổ làm việc Excel kiểu cũ (.xls, Excel 97–2003), dti chỉ đọc .xlsx. ${SAVE_AS_XLSX.vi}`,
        `"${shortName(p)}" is an old-style Excel workbook (.xls, Excel 97–2003); dti reads only .xlsx. ${SAVE_AS_XLSX.en}`,
      ),
    ),
  encrypted: (p: string) =>
    new WorkbookFileError(
      bi(
        `"${shortName(p)}" được đặt mật khẩu nên dti không đọc được. Hãy mở tệp trong Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ Sổ làm việc → Mã hóa bằng Mật khẩu, xóa mật khẩu), lưu lại rồi chạy lại.`,
        `"${shortName(p)}" is password-protected, so dti cannot read it. Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it), save, and run again.`,
      ),
    ),
  damaged: (p: string, detail?: string) =>
    new WorkbookFileError(
      bi(
        `Không đọc được "${shortName(p)}": tệp có dạng nén như .xlsx nhưng bị hỏng hoặc không phải sổ làm việc Excel. ${SAVE_AS_XLSX.vi}`,
        `Cannot read "${shortName(p)}": it is a zip archive like an .xlsx but damaged or not an Excel workbook. ${SAVE_AS_XLSX.en}`,
      ),
      detail,
    ),
  sizeMismatch: (p: string, part: string) =>
    new WorkbookFileError(
      bi(
        `Không đọc được "${shortName(p)}": tệp bị hỏng hoặc đã bị sửa, vì một phần bên trong giải nén ra khác kích thước ghi trong tệp. Hãy xin lại tệp gốc, hoặc mở trong Excel và lưu lại.`,
        `Cannot read "${shortName(p)}": it is damaged or was tampered with, since a part inside unpacks to another size than the file records. Ask for the original file again, or open it in Excel and save it again.`,
      ),
      part,
    ),
  checksum: (p: string, part: string) =>
    new WorkbookFileError(
      bi(
        `Không đọc được "${shortName(p)}": tệp bị hỏng, vì dữ liệu của một phần bên trong không khớp mã kiểm tra (CRC) ghi trong tệp (tệp chép thiếu, hoặc hỏng trên ổ đĩa). Hãy xin lại tệp gốc, hoặc mở trong Excel và lưu lại.`,
        `Cannot read "${shortName(p)}": it is damaged, since the data of a part inside does not match the checksum (CRC) the file records (an incomplete copy, or damage on disk). Ask for the original file again, or open it in Excel and save it again.`,
      ),
      part,
    ),
  duplicate: (p: string, part: string, other: string) =>
    new WorkbookFileError(
      bi(
        `Không đọc được "${shortName(p)}": tệp bị hỏng hoặc đã bị sửa, vì có hai phần bên trong cùng một tên nên mỗi chương trình có thể đọc ra dữ liệu khác nhau. Hãy xin lại tệp gốc.`,
        `Cannot read "${shortName(p)}": it is damaged or was tampered with, since two parts inside have one name, so programs may read different data from it. Ask for the original file again.`,
      ),
      part === other ? part : `${part}, ${other}`,
    ),
  damagedSheet: (p: string, sheet: string, damage: SheetDamage, detail?: string) => {
    const why = SHEET_DAMAGE[damage];
    return new WorkbookFileError(
      bi(
        `Không đọc được "${shortName(p)}": sổ làm việc bị hỏng, vì trang tính "${sheet}" có trong danh sách trang tính nhưng ${why.vi}. Hãy mở tệp trong Excel và lưu lại, hoặc xin lại tệp gốc.`,
        `Cannot read "${shortName(p)}": the workbook is damaged, since the sheet "${sheet}" is in its list of sheets but ${why.en}. Open it in Excel and save it again, or ask for the original file.`,
      ),
      detail,
    );
  },
  unsupported: (p: string, part: string) =>
    new WorkbookFileError(
      bi(
        `Không đọc được "${shortName(p)}": tệp nén được mã hóa hoặc nén theo cách Excel không dùng. ${SAVE_AS_XLSX.vi}`,
        `Cannot read "${shortName(p)}": the zip is encrypted or compressed in a way Excel does not use. ${SAVE_AS_XLSX.en}`,
      ),
      part,
    ),
  tooManyParts: (p: string, count: number, limit: number) =>
    new WorkbookFileError(
      bi(
        `"${shortName(p)}" gồm ${count.toLocaleString('vi-VN')} phần, quá giới hạn ${limit.toLocaleString('vi-VN')} phần mà dti đọc; một sổ làm việc thường chỉ có vài chục. Hãy kiểm tra nguồn tệp, hoặc mở trong Excel và lưu lại.`,
        `"${shortName(p)}" holds ${count.toLocaleString('en-US')} parts, over the ${limit.toLocaleString('en-US')} dti reads; a workbook usually has a few dozen. Check where the file came from, or open it in Excel and save it again.`,
      ),
    ),
  tooLarge: (p: string, size: number, limit: number) =>
    new WorkbookFileError(
      bi(
        `"${shortName(p)}" khi giải nén lớn ${formatSize(size, 'vi')}, quá giới hạn ${formatSize(limit, 'vi')} mà dti đọc. Tệp có thể là "bom nén" hoặc quá lớn: hãy kiểm tra nguồn tệp, hoặc tách thành nhiều sổ làm việc.`,
        `"${shortName(p)}" unpacks to ${formatSize(size, 'en')}, over the ${formatSize(limit, 'en')} dti reads. It may be a "zip bomb" or simply too large: check where it came from, or split the workbook.`,
      ),
    ),
  partTooLarge: (p: string, part: string, size: number, limit: number) =>
    new WorkbookFileError(
      bi(
        `"${shortName(p)}" có một phần giải nén lớn ${formatSize(size, 'vi')}, quá giới hạn ${formatSize(limit, 'vi')} cho một phần. Hãy tách trang tính lớn thành nhiều trang tính hoặc nhiều sổ làm việc.`,
        `"${shortName(p)}" has a part that unpacks to ${formatSize(size, 'en')}, over the ${formatSize(limit, 'en')} limit for one part. Split the large sheet into several sheets or workbooks.`,
      ),
      part,
    ),
};

const SHEET_DAMAGE: Record<SheetDamage, { vi: string; en: string }> = {
  'no-relationship': { vi: 'không có liên kết tới dữ liệu của nó', en: 'has no link to its data' },
  outside: { vi: 'liên kết của nó trỏ ra ngoài tệp', en: 'its link points outside the file' },
  'not-a-sheet': { vi: 'liên kết của nó không trỏ tới một trang tính', en: 'its link does not lead to a sheet' },
  'missing-part': { vi: 'dữ liệu của nó không có trong tệp', en: 'its data is not in the file' },
};

export function zipProblemError(path: string, problem: ZipProblem): WorkbookFileError {
  switch (problem.kind) {
    case 'damaged':
      return workbookMessages.damaged(path, problem.part);
    case 'too-many-parts':
      return workbookMessages.tooManyParts(path, problem.count, problem.limit);
    case 'too-large':
      return workbookMessages.tooLarge(path, problem.size, problem.limit);
    case 'part-too-large':
      return workbookMessages.partTooLarge(path, problem.part, problem.size, problem.limit);
    case 'size-mismatch':
      return workbookMessages.sizeMismatch(path, problem.part);
    case 'unsupported':
      return workbookMessages.unsupported(path, problem.part);
    case 'checksum':
      return workbookMessages.checksum(path, problem.part);
    case 'duplicate':
      return workbookMessages.duplicate(path, problem.part, problem.other);
  }
}
