import type { Lang } from '../core/i18n';

/** Where a command writes; tests pass buffers, the binary passes the process streams. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Current directory for relative paths. */
  cwd: string;
  /** The clock (tests set it: the cycle's deadlines depend on the day). */
  now?: () => Date;
}

export interface CommonOptions {
  lang: Lang;
  json: boolean;
}

export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    cwd: process.cwd(),
  };
}
