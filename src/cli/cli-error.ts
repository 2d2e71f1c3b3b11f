import type { Bilingual } from '../core/i18n';

/** A mistake to tell the user in a sentence (exit code 2 unless said), with an optional technical detail line. */
export class CliError extends Error {
  constructor(
    readonly text: Bilingual,
    readonly exitCode = 2,
    /** A technical detail, printed on its own "Chi tiết:" line. */
    readonly detail?: string,
  ) {
    super(text.en);
  }
}
