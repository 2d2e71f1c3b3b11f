import { bi } from '../core/i18n';
import { FileError, shortName } from './file-error';

/** The plain sentences for an output file that cannot be written, Vietnamese and English. */
export const outputMessages = {
  sameAsInput: (out: string, input: string) =>
    new FileError(
      bi(
        `Tệp kết quả "${shortName(out)}" chính là tệp đầu vào "${shortName(input)}" (cùng một tệp, có thể qua liên kết); tệp gốc không bao giờ bị sửa. Hãy chọn tên khác cho tệp kết quả.`,
        `The output "${shortName(out)}" is the input file "${shortName(input)}" (the same file, perhaps through a link); the input is never modified. Choose another name for the output.`,
      ),
    ),
  exists: (out: string) =>
    new FileError(
      bi(`Đã có tệp "${shortName(out)}". Thêm --force để ghi đè, hoặc chọn tên khác.`, `"${shortName(out)}" exists. Add --force to replace it, or choose another name.`),
    ),
  isFolder: (out: string) =>
    new FileError(
      bi(
        `"${shortName(out)}" là một thư mục. Hãy ghi cả tên tệp, ví dụ "${shortName(out.replace(/[\\/]+$/, ''))}/bao-cao.xlsx".`,
        `"${shortName(out)}" is a folder. Give a file name too, e.g. "${shortName(out.replace(/[\\/]+$/, ''))}/report.xlsx".`,
      ),
    ),
  notRegular: (out: string) =>
    new FileError(
      bi(
        `"${shortName(out)}" không phải một tệp thường (mà là thiết bị, ống dẫn hay ổ cắm); dti chỉ ghi ra tệp thường. Hãy chọn tên tệp khác.`,
        `"${shortName(out)}" is not a regular file (it is a device, a pipe or a socket); dti writes only regular files. Choose another file name.`,
      ),
    ),
  parentNotFolder: (out: string, parent: string) =>
    new FileError(
      bi(
        `Không ghi được "${shortName(out)}": "${shortName(parent)}" là một tệp, không phải thư mục. Hãy kiểm tra lại đường dẫn.`,
        `Cannot write "${shortName(out)}": "${shortName(parent)}" is a file, not a folder. Check the path.`,
      ),
    ),
  cannotCreateFolder: (folder: string, code: string | undefined) =>
    new FileError(
      bi(
        `Không tạo được thư mục "${shortName(folder)}" để ghi tệp kết quả. Hãy chọn một thư mục có sẵn mà bạn được quyền ghi.`,
        `Cannot create the folder "${shortName(folder)}" for the output. Choose an existing folder you may write to.`,
      ),
      code,
    ),
  diskFull: (out: string, code: string) =>
    new FileError(
      bi(
        `Ổ đĩa đã đầy nên không ghi được "${shortName(out)}"; tệp cũ cùng tên (nếu có) vẫn nguyên vẹn. Hãy giải phóng dung lượng rồi chạy lại.`,
        `The disk is full, so "${shortName(out)}" was not written; any earlier file of that name is untouched. Free some space and run again.`,
      ),
      code,
    ),
  noPermission: (out: string, code: string) =>
    new FileError(
      bi(
        `Không có quyền ghi "${shortName(out)}" (thư mục chỉ đọc, thiếu quyền, hoặc tệp đang mở trong chương trình khác); tệp cũ cùng tên (nếu có) vẫn nguyên vẹn. Hãy đóng tệp hoặc chọn thư mục khác rồi chạy lại.`,
        `No permission to write "${shortName(out)}" (a read-only folder, missing rights, or the file is open in another program); any earlier file of that name is untouched. Close the file or choose another folder and run again.`,
      ),
      code,
    ),
  nameTooLong: (out: string, code: string) =>
    new FileError(
      bi(`Tên tệp "${shortName(out, 60)}" quá dài. Hãy đặt tên ngắn hơn.`, `The file name "${shortName(out, 60)}" is too long. Choose a shorter name.`),
      code,
    ),
  cannotWrite: (out: string, code: string | undefined) =>
    new FileError(
      bi(
        `Không ghi được "${shortName(out)}"; tệp cũ cùng tên (nếu có) vẫn nguyên vẹn. Hãy kiểm tra ổ đĩa và đường dẫn rồi chạy lại.`,
        `Cannot write "${shortName(out)}"; any earlier file of that name is untouched. Check the disk and the path and run again.`,
      ),
      code,
    ),
};

/** An I/O error while writing `out`, as the sentence that fits its code. */
export function writeFailure(out: string, code: string | undefined): FileError {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
    case 'EFBIG':
      return outputMessages.diskFull(out, code);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
    case 'EBUSY':
    case 'ETXTBSY':
      return outputMessages.noPermission(out, code);
    case 'ENAMETOOLONG':
      return outputMessages.nameTooLong(out, code);
    case 'EISDIR':
      return outputMessages.isFolder(out);
    default:
      return outputMessages.cannotWrite(out, code);
  }
}
