import { promises as nodeFs, type Stats } from 'fs';
import { dirname, resolve } from 'path';
import { errnoCode, FileError } from './file-error';
import { createFolders, missingFolders, removeFolders } from './output-folder';
import { outputMessages, writeFailure } from './output-messages';
import { sameFile } from './same-file';
import { removeStaleTempFiles, tempPathFor, trackTempFile, untrackTempFile } from './temp-files';

/** Every file system call the writer makes: Node's by default; tests stand in a full disk or a refusal. */
export type OutputFs = Pick<typeof nodeFs, 'lstat' | 'stat' | 'realpath' | 'readlink' | 'open' | 'link' | 'rename' | 'unlink' | 'mkdir' | 'rmdir' | 'readdir'>;

export interface OutputOptions {
  /** Replace a file already at the path (atomically: the old one stays whole until the new one is). */
  force: boolean;
  /** The file(s) the command reads: never written, whatever link or name leads to them. */
  input: string | readonly string[];
  /** The path as the user typed it, for messages (default: `path`). */
  shownAs?: string;
  fs?: OutputFs;
  platform?: NodeJS.Platform;
}

/** What was at the path before, as checked. */
export interface OutputTarget {
  /** Absolute path written. */
  path: string;
  before: 'nothing' | 'file' | 'link';
  /** Where the link pointed, when `before` is 'link'. */
  linkTarget?: string;
}

/**
 * Checks that `path` may be written, without writing anything: not the input (by
 * identity, through links and hard links), not a folder or device, not an existing
 * file unless `force`, inside a folder that exists or can be made. `writeOutputFile`
 * checks again; commands call this first to fail before any work.
 */
export async function checkOutputFile(path: string, opts: OutputOptions): Promise<OutputTarget> {
  const fs = opts.fs ?? nodeFs;
  const shown = opts.shownAs ?? path;
  if (path === '' || /[\\/]$/.test(path)) throw outputMessages.isFolder(shown);
  const abs = resolve(path);
  const target = await whatIsAt(fs, abs, shown);
  for (const input of typeof opts.input === 'string' ? [opts.input] : opts.input) {
    if (await sameFile(input, abs, { fs, platform: opts.platform })) throw outputMessages.sameAsInput(shown, input);
  }
  if (target.before !== 'nothing' && !opts.force) throw outputMessages.exists(shown);
  await missingFolders(fs, dirname(abs), shown);
  return target;
}

/**
 * Writes `bytes` to `path` so that no failure leaves a damaged file: into a temporary
 * file in the same folder, flushed to disk, then published in one step. With `force`
 * a rename replaces the old file (or the link itself: a link at `path` is replaced,
 * never written through). Without it, a hard link publishes the file only if the name
 * is still free, so of two runs racing for one name exactly one wins (where there are
 * no hard links, an exclusive create claims the name and the rename fills it). Every failure
 * is a FileError with a plain sentence, and leaves no temporary file or new folder.
 * The file gets the mode the user's umask gives a new file (0o666 & ~umask), as
 * any program's would.
 */
export async function writeOutputFile(path: string, bytes: Uint8Array, opts: OutputOptions): Promise<OutputTarget> {
  const fs = opts.fs ?? nodeFs;
  const shown = opts.shownAs ?? path;
  await checkOutputFile(path, opts);
  const abs = resolve(path);
  const created = await createFolders(fs, dirname(abs), shown);
  // Temporary files a killed run left here (ours by name, old, their process gone) go first.
  await removeStaleTempFiles(dirname(abs), { fs });
  const temp = tempPathFor(abs);
  trackTempFile(temp);
  try {
    await writeWhole(fs, temp, bytes);
    // Checked again just before publishing: the name may have changed hands meanwhile.
    const target = await checkOutputFile(path, opts);
    if (opts.force) await fs.rename(temp, abs);
    else await publishExclusively(fs, temp, abs, shown);
    await fs.unlink(temp).catch(() => undefined);
    await syncFolder(fs, dirname(abs));
    return target;
  } catch (e) {
    await fs.unlink(temp).catch(() => undefined);
    await removeFolders(fs, created);
    if (e instanceof FileError) throw e;
    const code = errnoCode(e);
    if (code === undefined) throw e;
    throw writeFailure(shown, code);
  } finally {
    untrackTempFile(temp);
  }
}

/** What is at `abs` now; throws for what may never be replaced (a folder, a device…). */
async function whatIsAt(fs: OutputFs, abs: string, shown: string): Promise<OutputTarget> {
  let stats: Stats;
  try {
    stats = await fs.lstat(abs);
  } catch (e) {
    const code = errnoCode(e);
    if (code === 'ENOENT') return { path: abs, before: 'nothing' };
    if (code === 'ENOTDIR') {
      await missingFolders(fs, dirname(abs), shown); // names the file standing where a folder should be
      return { path: abs, before: 'nothing' };
    }
    if (code === undefined) throw e;
    throw writeFailure(shown, code);
  }
  if (stats.isDirectory()) throw outputMessages.isFolder(shown);
  if (stats.isSymbolicLink()) {
    const pointed = await fs.stat(abs).catch(() => null);
    if (pointed?.isDirectory()) throw outputMessages.isFolder(shown);
    return { path: abs, before: 'link', linkTarget: await fs.readlink(abs).catch(() => '?') };
  }
  if (!stats.isFile()) throw outputMessages.notRegular(shown);
  return { path: abs, before: 'file' };
}

/** Creates `path` (which must not exist) and writes and flushes all of `bytes` into it, closing it whatever happens. */
async function writeWhole(fs: OutputFs, path: string, bytes: Uint8Array): Promise<void> {
  const handle = await fs.open(path, 'wx', 0o666);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Codes of a file system that has no hard links (FAT, some network shares). */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

/**
 * Gives the temp file its final name only if that name is free. Where hard links do
 * not exist (FAT, some network shares), claims the name first with an exclusive
 * create (of two runs, only one can), then renames the whole temp file over the
 * claim: a reader never sees a half-written report. The claim is removed again if
 * anything fails, but only while it is still the empty file this run made.
 */
async function publishExclusively(fs: OutputFs, temp: string, abs: string, shown: string): Promise<void> {
  try {
    await fs.link(temp, abs);
    return;
  } catch (e) {
    const code = errnoCode(e);
    if (code === 'EEXIST') throw outputMessages.exists(shown);
    if (code === undefined || !NO_HARD_LINKS.has(code)) throw e;
  }
  let claim: Stats;
  let handle: Awaited<ReturnType<OutputFs['open']>>;
  try {
    handle = await fs.open(abs, 'wx', 0o666);
  } catch (e) {
    if (errnoCode(e) === 'EEXIST') throw outputMessages.exists(shown);
    throw e;
  }
  try {
    claim = await handle.stat();
  } catch (e) {
    // Created but not identified: removed if it is still an empty file.
    await handle.close().catch(() => undefined);
    await unlinkIfClaim(fs, abs, null);
    throw e;
  }
  await handle.close().catch(() => undefined);
  try {
    // Another program may have put its own file in place of the claim meanwhile: that file stays.
    if (!(await isClaim(fs, abs, claim))) throw outputMessages.exists(shown);
    await fs.rename(temp, abs);
  } catch (e) {
    await unlinkIfClaim(fs, abs, claim);
    throw e;
  }
}

/** True while `abs` is still the empty file this run created to claim the name. */
async function isClaim(fs: OutputFs, abs: string, claim: Stats | null): Promise<boolean> {
  const now = await fs.lstat(abs).catch(() => null);
  if (!now || !now.isFile() || now.size !== 0) return false;
  if (!claim) return true;
  // Windows reports inode 0 on FAT: then the creation time tells.
  if (claim.ino !== 0 || now.ino !== 0) return now.dev === claim.dev && now.ino === claim.ino;
  return now.birthtimeMs === claim.birthtimeMs;
}

async function unlinkIfClaim(fs: OutputFs, abs: string, claim: Stats | null): Promise<void> {
  if (await isClaim(fs, abs, claim)) await fs.unlink(abs).catch(() => undefined);
}

/** Makes the new name itself durable (POSIX); a folder cannot be flushed on Windows, which is fine. */
async function syncFolder(fs: OutputFs, folder: string): Promise<void> {
  try {
    const handle = await fs.open(folder, 'r');
    await handle.sync().finally(() => handle.close());
  } catch {
    // Best effort: the file itself is already flushed.
  }
}
