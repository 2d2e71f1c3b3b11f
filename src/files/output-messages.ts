import { message } from '../core/messages';
import { FileError, shortName } from './file-error';

/** The plain sentences for an output file that cannot be written, Vietnamese and English. */
export const outputMessages = {
  sameAsInput: (out: string, input: string) => new FileError(message('output.same-as-input', { file: shortName(out), input: shortName(input) })),
  exists: (out: string) => new FileError(message('output.exists', { file: shortName(out) })),
  isFolder: (out: string) => new FileError(message('output.is-folder', { file: shortName(out), folder: shortName(out.replace(/[\\/]+$/, '')) })),
  notRegular: (out: string) => new FileError(message('output.not-regular', { file: shortName(out) })),
  parentNotFolder: (out: string, parent: string) => new FileError(message('output.parent-not-folder', { file: shortName(out), parent: shortName(parent) })),
  cannotCreateFolder: (folder: string, code: string | undefined) => new FileError(message('output.cannot-create-folder', { folder: shortName(folder) }), code),
  diskFull: (out: string, code: string) => new FileError(message('output.disk-full', { file: shortName(out) }), code),
  noPermission: (out: string, code: string) => new FileError(message('output.no-permission', { file: shortName(out) }), code),
  nameTooLong: (out: string, code: string) => new FileError(message('output.name-too-long', { file: shortName(out, 60) }), code),
  cannotWrite: (out: string, code: string | undefined) => new FileError(message('output.cannot-write', { file: shortName(out) }), code),
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
