/**
 * Names of what the page downloads, from the name of the file the user opened:
 * "Kế hoạch CĐS.xlsx" → "Kế hoạch CĐS - DTI T11-2026.xlsx" (never the same name,
 * so nothing the user has is replaced); a file downloaded here and opened again
 * does not pile up suffixes.
 */
import { parseYearMonth } from '../core/months';

const DOWNLOADED = /\s+-\s+DTI\s+T\d{1,2}-\d{4}$/i;

/** The opened file's name without ".xlsx" and without the suffix a download from this page added. */
export function baseName(fileName: string): string {
  const base = fileName.replace(/\.xlsx$/i, '').replace(DOWNLOADED, '').trim();
  return base || 'workbook';
}

/** "<name> - DTI T11-2026.xlsx" for the month chosen ("2026-11"); the current month when none is. */
export function downloadName(fileName: string, month: string, now = new Date()): string {
  const ym = parseYearMonth(month) ?? { year: now.getFullYear(), month: now.getMonth() + 1 };
  return `${baseName(fileName)} - DTI T${ym.month}-${ym.year}.xlsx`;
}

/** The copy for sending upward ("Bản gửi đi"), named as the task pane names it. */
export function sendCopyName(fileName: string): string {
  return `${baseName(fileName)}-ban-gui.xlsx`;
}
