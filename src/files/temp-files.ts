import { randomBytes } from 'crypto';
import { type promises as nodeFs, unlinkSync } from 'fs';
import { basename, dirname, join } from 'path';

/** Marks our temporary files: ".bao-cao.xlsx.dti-tmp-4242-9f3c1a7e" next to "bao-cao.xlsx". */
export const TEMP_MARK = '.dti-tmp-';

/** A file name may have 255 bytes on every common file system; the temp name must fit even when the final one nearly does. */
const MAX_NAME_BYTES = 255;

/**
 * A temporary name in the same folder as `target` (so the final rename stays on one
 * file system and is atomic), recognisable as ours, with the process id and a random
 * part so that two runs never share one.
 */
export function tempPathFor(target: string, pid = process.pid): string {
  const suffix = `${TEMP_MARK}${pid}-${randomBytes(4).toString('hex')}`;
  let name = basename(target);
  while (Buffer.byteLength(`.${name}${suffix}`) > MAX_NAME_BYTES) name = [...name].slice(0, -1).join('');
  return join(dirname(target), `.${name}${suffix}`);
}

/** Temporary files being written now, removed if the process is interrupted (Ctrl+C). */
const live = new Set<string>();

export function trackTempFile(path: string): void {
  live.add(path);
}

export function untrackTempFile(path: string): void {
  live.delete(path);
}

/** Removes every temporary file still being written; synchronous, for a signal handler. */
export function removeTempFilesNow(): void {
  for (const path of live) {
    try {
      unlinkSync(path);
    } catch {
      // Already gone, or the folder is not ours to clean: nothing more to do.
    }
    live.delete(path);
  }
}

/** What the clean-up of stale temporary files uses; tests stand in their own clock or refusals. */
export type StaleTempFs = Pick<typeof nodeFs, 'readdir' | 'lstat' | 'unlink'>;

/** A temporary file this old was left by a run that was killed: a run writes its file in seconds. */
export const STALE_TEMP_MS = 60 * 60 * 1000;

/** Exactly the names tempPathFor makes: a dot, the target's name, the mark, a process id, 8 hex digits. */
const TEMP_NAME = /^\..+\.dti-tmp-(\d+)-[0-9a-f]{8}$/;

/** The process id in a name of ours, or null when the name is not one. */
export function tempFileProcess(name: string): number | null {
  const m = TEMP_NAME.exec(name);
  return m ? Number(m[1]) : null;
}

export interface StaleTempOptions {
  fs: StaleTempFs;
  now?: number;
  /** Whether a process id is alive on this machine (its temp file may still be being written). */
  isAlive?: (pid: number) => boolean;
  /** The user's id (POSIX): only that user's files are removed. */
  uid?: number | null;
}

/**
 * Removes, from `folder`, temporary files left by a dti run that was killed (power
 * cut, kill -9) before it could clean up: only files whose name is exactly ours, that
 * are plain files (not links, not folders), owned by this user, untouched for an hour,
 * whose process is gone, and not being written by this process. Anything else stays.
 * Best effort: returns the names removed, never throws.
 */
export async function removeStaleTempFiles(folder: string, opts: StaleTempOptions): Promise<string[]> {
  const now = opts.now ?? Date.now();
  const isAlive = opts.isAlive ?? processAlive;
  const uid = opts.uid !== undefined ? opts.uid : (process.getuid?.() ?? null);
  const removed: string[] = [];
  let names: string[];
  try {
    names = (await opts.fs.readdir(folder)).map(String);
  } catch {
    return removed;
  }
  for (const name of names) {
    const pid = tempFileProcess(name);
    const path = join(folder, name);
    if (pid === null || live.has(path) || isAlive(pid)) continue;
    try {
      const stats = await opts.fs.lstat(path);
      if (!stats.isFile() || stats.isSymbolicLink()) continue;
      if (uid !== null && stats.uid !== uid) continue;
      if (now - stats.mtimeMs < STALE_TEMP_MS) continue;
      await opts.fs.unlink(path);
      removed.push(name);
    } catch {
      // Gone meanwhile, or not ours to remove: left alone.
    }
  }
  return removed;
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists, under another user.
    return (e as { code?: unknown }).code === 'EPERM';
  }
}
