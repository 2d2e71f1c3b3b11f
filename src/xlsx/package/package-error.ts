import { bi } from '../../core/i18n';
import { WorkbookFileError } from '../workbook-messages';

/**
 * A workbook package the writer cannot patch safely (a damaged or unusual
 * part). Nothing is written; the command line shows the message as for any
 * unreadable file.
 */
export class PackageError extends WorkbookFileError {
  constructor(vi: string, en: string) {
    super(bi(vi, en));
    this.name = 'PackageError';
  }
}
