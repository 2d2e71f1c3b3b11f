import type { Bilingual } from '../core/i18n';

/**
 * A file could not be read or written, said plainly: `text` is one sentence that says
 * what happened and what to do; `detail` is the technical code (ENOSPC, EACCES…) that
 * may follow on its own line, never inside the sentence.
 */
export class FileError extends Error {
  constructor(
    readonly text: Bilingual,
    readonly detail?: string,
  ) {
    super(detail ? `${text.en} (${detail})` : text.en);
  }
}

/** The errno code of a Node error ("ENOSPC"), if it has one. */
export function errnoCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) ? code : undefined;
}

/** A name for messages: long paths keep their start and end. */
export function shortName(path: string, max = 80): string {
  const chars = [...path];
  if (chars.length <= max) return path;
  const half = Math.floor((max - 1) / 2);
  return `${chars.slice(0, half).join('')}…${chars.slice(chars.length - half).join('')}`;
}
