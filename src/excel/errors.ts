import type { Bilingual } from '../core/i18n';

/** An error with a message for people (Vietnamese and English), never a stack trace. */
export class AdapterError extends Error {
  constructor(readonly userMessage: Bilingual) {
    super(userMessage.en);
    this.name = 'AdapterError';
  }
}

const BY_CODE: Record<string, Bilingual> = {
  AccessDenied: { vi: 'Excel không cho phép thao tác này (trang tính hoặc tệp đang được bảo vệ?).', en: 'Excel refused this (is the sheet or the workbook protected?).' },
  ItemNotFound: { vi: 'Không tìm thấy trang tính hoặc ô cần dùng. Có thể trang tính vừa bị đổi tên hoặc xóa; hãy bấm "Kiểm tra lại".', en: 'A sheet or cell was not found. It may have been renamed or deleted; press "Check again".' },
  ItemAlreadyExists: { vi: 'Đã có trang tính trùng tên.', en: 'A sheet with that name already exists.' },
  InvalidArgument: { vi: 'Excel không nhận dữ liệu ghi vào (có ô đang được gộp hoặc dữ liệu không hợp lệ).', en: 'Excel did not accept the data written (a merged cell, or invalid data).' },
  RequestPayloadSizeLimitExceeded: { vi: 'Lượng dữ liệu quá lớn cho một lần ghi.', en: 'Too much data for one write.' },
  InvalidOperationInCellEditMode: { vi: 'Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc trong ô rồi thử lại.', en: 'Excel is editing a cell. Press Enter or Esc in the cell and try again.' },
  GeneralException: { vi: 'Excel báo lỗi chung. Hãy thử lại.', en: 'Excel reported a general error. Please try again.' },
};

const UNKNOWN: Bilingual = { vi: 'Đã có lỗi khi làm việc với Excel. Hãy thử lại.', en: 'Something went wrong while working with Excel. Please try again.' };

/**
 * Plain words for anything thrown while talking to Excel. An error without
 * words of its own gets a general sentence, and the original goes to the
 * console (F12), for whoever helps the user find out what happened.
 */
export function userMessage(error: unknown): Bilingual {
  if (error instanceof AdapterError) return error.userMessage;
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  const known = BY_CODE[code];
  if (known) return known;
  console.error('DTI: an error without a message for the user', error);
  return UNKNOWN;
}
