/**
 * Why a workbook port refused a plan, in the same words whatever holds the
 * workbook (Excel through Office.js, or an .xlsx file): one definition per
 * reason, used by both adapters.
 */
import { message } from '../core/messages';
import type { BlockedWrite } from './workbook-port';

export function sheetExists(sheet: string): BlockedWrite {
  return { sheet, where: sheet, reason: 'sheet-exists', message: message('blocked.sheet-exists', { sheet }) };
}

export function sheetNotOurs(sheet: string): BlockedWrite {
  return { sheet, where: sheet, reason: 'sheet-exists', message: message('blocked.sheet-not-ours', { sheet }) };
}

export function sheetMissing(sheet: string): BlockedWrite {
  return { sheet, where: sheet, reason: 'sheet-missing', message: message('blocked.sheet-missing', { sheet }) };
}

export function sheetProtected(sheet: string): BlockedWrite {
  return { sheet, where: sheet, reason: 'protected', message: message('blocked.sheet-protected', { sheet }) };
}

export function structureProtected(sheet: string): BlockedWrite {
  return { sheet, where: sheet, reason: 'protected', message: message('blocked.structure-protected') };
}

export function cellNotEmpty(sheet: string, address: string): BlockedWrite {
  return { sheet, where: address, reason: 'cell-not-empty', message: message('blocked.cell-not-empty', { sheet, address }) };
}

export function tableOverlap(sheet: string, table: string): BlockedWrite {
  return { sheet, where: table, reason: 'table-overlap', message: message('blocked.table-overlap', { sheet, table }) };
}

export function filtered(sheet: string, range: string): BlockedWrite {
  return { sheet, where: range, reason: 'filter', message: message('blocked.filtered', { sheet, range }) };
}

export function splitFormula(sheet: string, address: string): BlockedWrite {
  return { sheet, where: address, reason: 'shared-formula', message: message('blocked.split-formula', { sheet, address }) };
}

/**
 * The DTI record (column mapping, the sheets DTI made) cannot be read, or a newer
 * version wrote it: a write that would replace it is refused, so nothing the
 * record holds is lost. `where` is the part holding it.
 */
export function recordKept(sheet: string, state: 'damaged' | 'newer', where: string): BlockedWrite {
  return { sheet, where, reason: 'record-kept', message: message(state === 'newer' ? 'blocked.record-newer' : 'blocked.record-damaged') };
}

/** The same reason for the same place once. */
export function dedupeBlocked(list: BlockedWrite[]): BlockedWrite[] {
  const seen = new Set<string>();
  return list.filter((b) => {
    const key = `${b.sheet}|${b.reason}|${b.where}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
