import { promises as fs } from 'fs';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { type Bilingual, bi } from '../core/i18n';
import { mappingFromXml } from '../core/mapping-xml';
import type { StoredMapping } from '../ports/workbook-port';

export class WorkbookFileError extends Error {
  constructor(readonly text: Bilingual) {
    super(text.en);
  }
}

export interface OpenedWorkbook {
  workbook: ExcelJS.Workbook;
  /** The file's bytes as read, so the caller can prove it left them alone. */
  bytes: Buffer;
  mapping: StoredMapping;
}

/** Opens an .xlsx file for reading; every failure is a WorkbookFileError with a plain reason. */
export async function openWorkbookFile(path: string): Promise<OpenedWorkbook> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new WorkbookFileError(bi(`Không tìm thấy tệp "${path}".`, `File not found: "${path}".`));
    if (code === 'EISDIR') throw new WorkbookFileError(bi(`"${path}" là thư mục, không phải tệp Excel.`, `"${path}" is a folder, not an Excel file.`));
    throw new WorkbookFileError(bi(`Không đọc được tệp "${path}" (${code ?? 'lỗi'}).`, `Cannot read "${path}" (${code ?? 'error'}).`));
  }
  return openWorkbookBytes(bytes, path);
}

/** Opens a workbook from its bytes (`path` names it in messages); the same checks and messages as a file. */
export async function openWorkbookBytes(bytes: Buffer, path: string): Promise<OpenedWorkbook> {
  const notXlsx = bi(
    `"${path}" không phải sổ làm việc Excel .xlsx. Hãy mở tệp trong Excel và lưu lại dạng "Excel Workbook (*.xlsx)".`,
    `"${path}" is not an Excel .xlsx workbook. Open it in Excel and save it as "Excel Workbook (*.xlsx)".`,
  );
  // An .xlsx is a zip archive ("PK"); old .xls files and CSVs are not.
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new WorkbookFileError(notXlsx);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    const detail = e instanceof Error ? e.message.slice(0, 160) : String(e);
    throw new WorkbookFileError(
      bi(
        `Không đọc được "${path}": tệp có dạng nén như .xlsx nhưng bị hỏng hoặc không phải sổ làm việc Excel (${detail}). Hãy mở trong Excel và lưu lại dạng "Excel Workbook (*.xlsx)".`,
        `Cannot read "${path}": it is a zip archive like an .xlsx but damaged or not an Excel workbook (${detail}). Open it in Excel and save it as "Excel Workbook (*.xlsx)".`,
      ),
    );
  }
  // Every Excel workbook has a sheet; a zip without one (a renamed .docx, say) is not a workbook.
  if (workbook.worksheets.length === 0) throw new WorkbookFileError(notXlsx);
  return { workbook, bytes, mapping: await readMappingPart(bytes) };
}

/** The DTI mapping from the file's custom XML parts (written there by the add-in in Excel). */
async function readMappingPart(bytes: Buffer): Promise<StoredMapping> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    for (const name of Object.keys(zip.files).filter((n) => /^customXml\/item\d+\.xml$/.test(n))) {
      const xml = await zip.file(name)!.async('string');
      const parsed = mappingFromXml(xml);
      if (!parsed) continue;
      return parsed.success ? { found: true, mapping: parsed.data } : { found: true, error: parsed.error };
    }
  } catch {
    // Unreadable parts are not fatal: the sheets are detected again.
  }
  return { found: false };
}
