import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { cfbStreamNames, isCfb } from '../files/cfb-directory';
import { readInputFile } from '../files/input-file';
import { LIMITS } from '../files/limits';
import { checkZipPackage, ZipCheckError } from '../files/zip-limits';
import { storedFromParts } from '../ports/stored-mapping';
import type { StoredMapping } from '../ports/workbook-port';
import { headOf, isXmlPart, rootPrefix, withoutPrefix } from './namespace-prefix';
import { workbookMessages, zipProblemError } from './workbook-messages';

export { WorkbookFileError } from './workbook-messages';

export interface OpenedWorkbook {
  workbook: ExcelJS.Workbook;
  /** The file's bytes as read, so the caller can prove it left them alone. */
  bytes: Buffer;
  /** The package ExcelJS read: `bytes`, or a copy whose SpreadsheetML parts lost a namespace prefix. */
  packageBytes: Uint8Array;
  mapping: StoredMapping;
}

/**
 * Opens an .xlsx file for reading: within the size limits (LIMITS), checked before
 * anything is unpacked. Every failure is a FileError (WorkbookFileError for what is
 * not a readable workbook) with a plain sentence, never a library's message.
 */
export async function openWorkbookFile(path: string): Promise<OpenedWorkbook> {
  const bytes = await readInputFile(path, { maxBytes: LIMITS.inputFileBytes });
  return openWorkbookBytes(bytes, path);
}

/** Opens a workbook from its bytes (`path` names it in messages); the same limits, checks and messages as a file. */
export async function openWorkbookBytes(bytes: Buffer, path: string): Promise<OpenedWorkbook> {
  const packageBytes = await readablePackage(path, bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(packageBytes as unknown as ArrayBuffer);
  } catch {
    // ExcelJS says things like "Cannot read properties of undefined (reading 'sheets')": not for users.
    throw workbookMessages.damaged(path);
  }
  // Every Excel workbook has a sheet; a zip without one (a renamed .docx, say) is not a workbook.
  if (workbook.worksheets.length === 0) throw workbookMessages.notXlsx(path);
  return { workbook, bytes, packageBytes, mapping: await readMappingPart(packageBytes) };
}

/**
 * An .xlsx file's bytes once they are known to be a workbook package within the
 * limits, without a workbook model: what the `dti` port reads and patches.
 */
export async function openPackageFile(path: string): Promise<{ bytes: Buffer; mapping: StoredMapping }> {
  const bytes = await readInputFile(path, { maxBytes: LIMITS.inputFileBytes });
  checkPackage(path, bytes);
  return { bytes, mapping: await readMappingPart(bytes) };
}

/** The same checks on bytes already in memory (`path` names them in messages); no Node API, so the web page runs them too. */
export async function checkPackageBytes<B extends Uint8Array>(bytes: B, path: string): Promise<{ bytes: B; mapping: StoredMapping }> {
  checkPackage(path, bytes);
  return { bytes, mapping: await readMappingPart(bytes) };
}

/** The zip to hand to ExcelJS, once the file is known to be one, within the limits. */
async function readablePackage(path: string, bytes: Buffer): Promise<Uint8Array> {
  const prefixed = checkPackage(path, bytes);
  if (prefixed.size === 0) return bytes;
  try {
    const zip = await JSZip.loadAsync(bytes);
    for (const [name, { prefix, data }] of prefixed) zip.file(name, withoutPrefix(new TextDecoder().decode(data), prefix));
    return await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  } catch {
    throw workbookMessages.damaged(path);
  }
}

/**
 * Refuses what is not an .xlsx package, or is one beyond the limits (checked
 * before anything is unpacked); returns the parts whose XML uses a namespace prefix.
 */
function checkPackage(path: string, bytes: Uint8Array): Map<string, { prefix: string; data: Uint8Array }> {
  if (isCfb(bytes)) throw containerError(path, bytes);
  // An .xlsx is a zip archive ("PK"); CSV files and the like are not.
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw workbookMessages.notXlsx(path);
  const prefixed = new Map<string, { prefix: string; data: Uint8Array }>();
  try {
    checkZipPackage(bytes, LIMITS, (name, data) => {
      if (!isXmlPart(name)) return;
      const prefix = rootPrefix(headOf(data));
      if (prefix) prefixed.set(name, { prefix, data });
    });
  } catch (e) {
    if (e instanceof ZipCheckError) throw zipProblemError(path, e.problem);
    throw e;
  }
  return prefixed;
}

/** Old .xls files and password-protected .xlsx files share one container format; each needs its own advice. */
function containerError(path: string, bytes: Uint8Array): Error {
  const names = cfbStreamNames(bytes) ?? [];
  if (names.includes('EncryptionInfo') || names.includes('EncryptedPackage')) return workbookMessages.encrypted(path);
  if (names.includes('Workbook') || names.includes('Book')) return workbookMessages.oldXls(path);
  return workbookMessages.notXlsx(path);
}

/** The DTI mapping from the file's custom XML parts (written there by the add-in in Excel). */
async function readMappingPart(bytes: Uint8Array): Promise<StoredMapping> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    const names = Object.keys(zip.files).filter((n) => /^customXml\/item\d+\.xml$/i.test(n));
    const stored = storedFromParts(await Promise.all(names.map((name) => zip.file(name)!.async('string'))));
    if (stored) return stored;
  } catch {
    // Unreadable parts are not fatal: the sheets are detected again.
  }
  return { found: false };
}
