import type { promises as nodeFs, Stats } from 'fs';
import { dirname } from 'path';
import { errnoCode } from './file-error';
import { outputMessages, writeFailure } from './output-messages';

export type FolderFs = Pick<typeof nodeFs, 'stat' | 'mkdir' | 'rmdir'>;

/**
 * The folders of `folder` that do not exist yet, outermost first; throws when the
 * nearest existing one is a file. Never creates anything.
 */
export async function missingFolders(fs: FolderFs, folder: string, out: string): Promise<string[]> {
  const missing: string[] = [];
  // One step per path component: a path has finitely many, so this always ends.
  for (let at = folder; ; at = dirname(at)) {
    let stats: Stats | null = null;
    let code: string | undefined;
    try {
      stats = await fs.stat(at);
    } catch (e) {
      code = errnoCode(e);
      if (code === undefined) throw e;
    }
    if (stats) {
      if (!stats.isDirectory()) throw outputMessages.parentNotFolder(out, at);
      return missing.reverse();
    }
    // ENOTDIR: a file stands somewhere above; the next steps up find it.
    if (code !== 'ENOENT' && code !== 'ENOTDIR') throw writeFailure(out, code);
    if (code === 'ENOENT') missing.push(at);
    if (dirname(at) === at) throw outputMessages.cannotCreateFolder(at, code);
  }
}

/**
 * Creates the missing folders one level at a time and returns those it created.
 * Not `mkdir(..., { recursive: true })`: on a folder that refuses new entries without
 * saying EEXIST or EACCES (/proc answers ENOENT) Node's recursive mkdir retries forever.
 */
export async function createFolders(fs: FolderFs, folder: string, out: string): Promise<string[]> {
  const created: string[] = [];
  for (const dir of await missingFolders(fs, folder, out)) {
    try {
      await fs.mkdir(dir);
      created.push(dir);
    } catch (e) {
      const code = errnoCode(e);
      // Made by another run meanwhile: fine if it is a folder.
      if (code === 'EEXIST' && (await fs.stat(dir).then((s) => s.isDirectory(), () => false))) continue;
      await removeFolders(fs, created);
      if (code === 'ENOSPC' || code === 'ENAMETOOLONG') throw writeFailure(out, code);
      throw outputMessages.cannotCreateFolder(dir, code);
    }
  }
  return created;
}

/** Removes folders this run created (innermost first), if still empty. */
export async function removeFolders(fs: FolderFs, created: readonly string[]): Promise<void> {
  for (const dir of [...created].reverse()) await fs.rmdir(dir).catch(() => undefined);
}
