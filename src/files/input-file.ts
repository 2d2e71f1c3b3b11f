import { constants, promises as nodeFs, type Stats } from 'fs';
import { message } from '../core/messages';
import { errnoCode, FileError, shortName } from './file-error';
import { LIMITS } from './limits';

export type InputFs = Pick<typeof nodeFs, 'stat' | 'open'>;

export interface InputOptions {
  /** Default LIMITS.inputFileBytes. */
  maxBytes?: number;
  fs?: InputFs;
}

const messages = {
  notFound: (p: string) => new FileError(message('input.not-found', { file: shortName(p) })),
  isFolder: (p: string) => new FileError(message('input.is-folder', { file: shortName(p) })),
  notRegular: (p: string) => new FileError(message('input.not-regular', { file: shortName(p) })),
  tooLarge: (p: string, size: number, max: number) => new FileError(message('input.too-large', { file: shortName(p), size, limit: max })),
  noPermission: (p: string, code: string) => new FileError(message('input.no-permission', { file: shortName(p) }), code),
  cannotRead: (p: string, code: string | undefined) => new FileError(message('input.cannot-read', { file: shortName(p) }), code),
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
