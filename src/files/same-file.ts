import { promises as nodeFs, type BigIntStats } from 'fs';
import { basename, dirname, resolve } from 'path';

/** What the identity check reads; tests pass their own to stand for another platform. */
export type IdentityFs = Pick<typeof nodeFs, 'stat' | 'realpath'>;

export interface IdentityOptions {
  /** Decides whether names differing only in case are one file (Windows, macOS). */
  platform?: NodeJS.Platform;
  fs?: IdentityFs;
}

/**
 * True when the two paths name the same file, however they are written: through a
 * symbolic link (to the file or to a folder above it), a hard link, "..", or, on
 * Windows and macOS, letters of another case. Compares device and inode when both
 * exist, and the real paths (links resolved) otherwise.
 */
export async function sameFile(a: string, b: string, opts: IdentityOptions = {}): Promise<boolean> {
  const fs = opts.fs ?? nodeFs;
  const [statA, statB] = await Promise.all([statOrNull(fs, a), statOrNull(fs, b)]);
  // Windows reports inode 0 on some file systems (FAT, network shares): then only the names tell.
  if (statA && statB && statA.ino !== 0n && statA.dev === statB.dev && statA.ino === statB.ino) return true;
  const [realA, realB] = await Promise.all([realPathOf(fs, a), realPathOf(fs, b)]);
  return samePathName(realA, realB, opts.platform ?? process.platform);
}

/** Path names compared as the platform's file system does: ignoring case on Windows and macOS. */
export function samePathName(a: string, b: string, platform: NodeJS.Platform): boolean {
  if (!caseInsensitive(platform)) return a === b;
  const fold = (p: string): string => p.normalize('NFC').toLowerCase();
  return fold(a) === fold(b);
}

export function caseInsensitive(platform: NodeJS.Platform): boolean {
  return platform === 'win32' || platform === 'darwin';
}

async function statOrNull(fs: IdentityFs, path: string): Promise<BigIntStats | null> {
  try {
    return await fs.stat(path, { bigint: true });
  } catch {
    return null;
  }
}

/** The path with every link resolved; for a file not there yet, its folder's real path and its name. */
async function realPathOf(fs: IdentityFs, path: string): Promise<string> {
  const full = resolve(path);
  try {
    return await fs.realpath(full);
  } catch {
    try {
      return resolve(await fs.realpath(dirname(full)), basename(full));
    } catch {
      return full;
    }
  }
}
