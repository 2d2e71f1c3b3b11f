import { isAbsolute, join } from 'path';
import type { Bilingual } from '../core/i18n';
import { message } from '../core/messages';
import { shortName } from '../files/file-error';
import { checkOutputFile, type OutputOptions, writeOutputFile } from '../files/output-file';

/** A path as typed, taken from the command's folder; a trailing "/" is kept so a folder is recognised. */
export function fromCwd(cwd: string, path: string): string {
  return isAbsolute(path) ? path : join(cwd, path);
}

/** The output file of a command: checked before any work, written at the end. */
export interface OutputTarget {
  check(): Promise<void>;
  /** Writes the file; returns a note to print when a link was replaced. */
  write(bytes: Uint8Array): Promise<Bilingual | null>;
}

export function outputTarget(cwd: string, out: string, input: string | readonly string[], force: boolean): OutputTarget {
  const path = fromCwd(cwd, out);
  const inputs = typeof input === 'string' ? fromCwd(cwd, input) : input.map((i) => fromCwd(cwd, i));
  const opts: OutputOptions = { force, input: inputs, shownAs: out };
  return {
    check: async () => {
      await checkOutputFile(path, opts);
    },
    write: async (bytes) => {
      const written = await writeOutputFile(path, bytes, opts);
      if (written.before !== 'link') return null;
      const pointed = shortName(written.linkTarget ?? '?');
      // Writing through the link would change another file: the link itself is replaced.
      return message('cli.output-was-link', { file: shortName(out), pointed });
    },
  };
}
