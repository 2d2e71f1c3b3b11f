import type { Bilingual } from '../../core/i18n';
import { WorkbookFileError } from '../workbook-messages';

/**
 * A workbook package the writer cannot patch safely (a damaged or unusual
 * part). Nothing is written; the command line shows the message as for any
 * unreadable file, and the technical detail (a zip or XML parser's words) on
 * its own line, never inside the sentence.
 */
export class PackageError extends WorkbookFileError {
  constructor(text: Bilingual, detail?: string) {
    super(text, detail);
    this.name = 'PackageError';
  }
}
