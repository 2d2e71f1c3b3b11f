import type { Bilingual } from '../core/i18n';
import { type ExcelErrorCode, message } from '../core/messages';

/** An error with a message for people (Vietnamese and English), never a stack trace. */
export class AdapterError extends Error {
  constructor(readonly userMessage: Bilingual) {
    super(userMessage.en);
    this.name = 'AdapterError';
  }
}

const KNOWN = new Set<string>(['AccessDenied', 'ItemNotFound', 'ItemAlreadyExists', 'InvalidArgument', 'RequestPayloadSizeLimitExceeded', 'InvalidOperationInCellEditMode', 'GeneralException'] satisfies ExcelErrorCode[]);

/**
 * Plain words for anything thrown while talking to Excel. An error without
 * words of its own gets a general sentence, and the original goes to the
 * console (F12), for whoever helps the user find out what happened.
 */
export function userMessage(error: unknown): Bilingual {
  if (error instanceof AdapterError) return error.userMessage;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  if (KNOWN.has(code)) return message('excel.error', { code: code as ExcelErrorCode });
  console.error('DTI: an error without a message for the user', error);
  return message('excel.error', { code: 'unknown' });
}
