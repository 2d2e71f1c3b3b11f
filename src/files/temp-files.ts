import { randomBytes } from 'crypto';
import { unlinkSync } from 'fs';
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
