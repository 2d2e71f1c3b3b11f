import { constants, promises as nodeFs, type Stats } from 'fs';
import { bi } from '../core/i18n';
import { errnoCode, FileError, shortName } from './file-error';
import { formatSize, LIMITS } from './limits';

export type InputFs = Pick<typeof nodeFs, 'stat' | 'open'>;

export interface InputOptions {
  /** Default LIMITS.inputFileBytes. */
  maxBytes?: number;
  fs?: InputFs;
}

const messages = {
  notFound: (p: string) =>
    new FileError(bi(`Không tìm thấy tệp "${shortName(p)}". Hãy kiểm tra tên tệp và thư mục.`, `File not found: "${shortName(p)}". Check the file name and folder.`)),
  isFolder: (p: string) =>
    new FileError(bi(`"${shortName(p)}" là thư mục, không phải tệp Excel. Hãy chỉ tới tệp .xlsx.`, `"${shortName(p)}" is a folder, not an Excel file. Give the .xlsx file.`)),
  notRegular: (p: string) =>
    new FileError(
      bi(
        `"${shortName(p)}" không phải một tệp thường (mà là thiết bị, ống dẫn hay ổ cắm). Hãy chỉ tới tệp .xlsx.`,
        `"${shortName(p)}" is not a regular file (it is a device, a pipe or a socket). Give the .xlsx file.`,
      ),
    ),
  tooLarge: (p: string, size: number, max: number) =>
    new FileError(
      bi(
        `"${shortName(p)}" nặng ${formatSize(size, 'vi')}, quá giới hạn ${formatSize(max, 'vi')} mà dti đọc. Hãy bỏ bớt ảnh hay trang tính không cần, hoặc tách thành nhiều sổ làm việc.`,
        `"${shortName(p)}" is ${formatSize(size, 'en')}, over the ${formatSize(max, 'en')} dti reads. Remove pictures or sheets you do not need, or split the workbook.`,
      ),
    ),
  noPermission: (p: string, code: string) =>
    new FileError(bi(`Không có quyền đọc "${shortName(p)}". Hãy xin quyền đọc hoặc chép tệp sang thư mục của bạn.`, `No permission to read "${shortName(p)}". Ask for access or copy the file to your own folder.`), code),
  cannotRead: (p: string, code: string | undefined) =>
    new FileError(bi(`Không đọc được tệp "${shortName(p)}". Hãy kiểm tra đường dẫn và ổ đĩa.`, `Cannot read "${shortName(p)}". Check the path and the disk.`), code),
};

function readFailure(path: string, e: unknown): FileError {
  const code = errnoCode(e);
  if (code === 'ENOENT' || code === 'ENOTDIR') return messages.notFound(path);
  if (code === 'EISDIR') return messages.isFolder(path);
  if (code === 'EACCES' || code === 'EPERM') return messages.noPermission(path, code);
  return messages.cannotRead(path, code);
}

function refuseKind(path: string, stats: Stats, max: number): void {
  if (stats.isDirectory()) throw messages.isFolder(path);
  if (!stats.isFile()) throw messages.notRegular(path);
  if (stats.size > max) throw messages.tooLarge(path, stats.size, max);
}

/**
 * Reads a file the user gave as input, refusing before reading what is not a regular
 * file (a folder, /dev/zero, a pipe that would never end) or is larger than the limit.
 * Links are followed: the file they lead to is read. Never writes.
 */
export async function readInputFile(path: string, opts: InputOptions = {}): Promise<Buffer> {
  const fs = opts.fs ?? nodeFs;
  const max = opts.maxBytes ?? LIMITS.inputFileBytes;
  let handle: Awaited<ReturnType<InputFs['open']>>;
  try {
    refuseKind(path, await fs.stat(path), max);
    // O_NONBLOCK: should the name become a pipe after the check, opening it does not wait for a writer.
    handle = await fs.open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw e instanceof FileError ? e : readFailure(path, e);
  }
  try {
    const stats = await handle.stat();
    refuseKind(path, stats, max);
    return await readAtMost(handle, stats.size, max, path);
  } catch (e) {
    throw e instanceof FileError ? e : readFailure(path, e);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** The whole file, which may have grown since it was measured: never more than `max` bytes kept. */
async function readAtMost(handle: nodeFs.FileHandle, expected: number, max: number, path: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const size = Math.min(Math.max(expected - total, 64 * 1024), max + 1 - total);
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(size), 0, size, null);
    if (bytesRead === 0) break;
    chunks.push(buffer.subarray(0, bytesRead));
    total += bytesRead;
    if (total > max) throw messages.tooLarge(path, total, max);
  }
  return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
}
