/**
 * The bytes of the open workbook, through the Office file API
 * (Document.getFileAsync, requirement set File 1.1): read in slices, joined,
 * and the file always closed (Office allows only a few open at once). Where
 * the API is missing it says so in plain words instead of failing obscurely.
 */
import { AdapterError } from './errors';
import type { DocumentAccess, ExcelHost, HostAsyncResult, HostFile } from './host';

const SLICE_SIZE = 4 * 1024 * 1024;

export const FILE_API_MISSING = {
  vi: 'Phiên bản Excel này không cho phần bổ trợ lấy nội dung tệp (thiếu File API), nên chưa tạo được bản gửi đi. Hãy dùng Excel trên máy tính hoặc Excel trên web bản mới, hoặc lưu một bản sao rồi dán giá trị (Dán đặc biệt → Giá trị).',
  en: 'This Excel does not let add-ins read the file (no File API), so the copy for sending cannot be made. Use a recent Excel for desktop or the web, or save a copy and paste values (Paste Special → Values).',
};

const READ_FAILED = {
  vi: 'Không đọc được nội dung tệp từ Excel. Hãy lưu tệp rồi thử lại.',
  en: 'Could not read the file from Excel. Save the workbook and try again.',
};

export function canReadDocument(host: ExcelHost): boolean {
  if (!host.document) return false;
  try {
    return host.isSetSupported('File', '1.1');
  } catch {
    return false;
  }
}

/** The whole .xlsx of the open workbook. */
export async function readDocumentBytes(host: ExcelHost): Promise<Uint8Array> {
  if (!canReadDocument(host)) throw new AdapterError(FILE_API_MISSING);
  const file = await openFile(host.document!);
  try {
    const parts: Uint8Array[] = [];
    for (let i = 0; i < file.sliceCount; i++) parts.push(toBytes((await slice(file, i)).data));
    return join(parts);
  } finally {
    await new Promise<void>((done) => {
      try {
        file.closeAsync(() => done());
      } catch {
        done();
      }
    });
  }
}

/** A file name for the copy: the workbook's own name (when Office knows it) + "-ban-gui.xlsx". */
export function sendCopyName(host: ExcelHost): string {
  const url = host.document?.url ?? '';
  const last = decodeURIComponent(url.split(/[\\/]/).pop() ?? '').replace(/\.[A-Za-z0-9]+$/, '');
  const base = last.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '').trim() || 'DTI';
  return `${base}-ban-gui.xlsx`;
}

function succeeded<T>(result: HostAsyncResult<T>): boolean {
  return result.status === 'succeeded' || result.status === 'Succeeded';
}

function openFile(document: DocumentAccess): Promise<HostFile> {
  return new Promise((resolve, reject) => {
    try {
      document.getFileAsync('compressed', { sliceSize: SLICE_SIZE }, (result) => (succeeded(result) ? resolve(result.value) : reject(new AdapterError(READ_FAILED))));
    } catch {
      reject(new AdapterError(FILE_API_MISSING));
    }
  });
}

function slice(file: HostFile, index: number): Promise<{ data: ArrayLike<number> | ArrayBuffer }> {
  return new Promise((resolve, reject) => file.getSliceAsync(index, (result) => (succeeded(result) ? resolve(result.value) : reject(new AdapterError(READ_FAILED)))));
}

function toBytes(data: ArrayLike<number> | ArrayBuffer): Uint8Array {
  return data instanceof ArrayBuffer ? new Uint8Array(data) : Uint8Array.from(data);
}

function join(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
