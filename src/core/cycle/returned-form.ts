/**
 * A form as a unit sent it back: each row's result and evidence, read where the
 * form put them, and the rows the unit changed or added (the sheet is only
 * guarded: a unit can unprotect it), said with their cell addresses.
 */
import { type Cell, cellOnSheet, columnLetters, type Grid, gridRow, isBlankValue, valueText } from '../grid';
import type { Bilingual } from '../i18n';
import { message } from '../messages';
import { isDateFormat, serialToDate } from '../numbers';
import { foldWords, tidyText } from '../text';
import { FORM_COL, FORM_FIRST_ROW } from './form-layout';
import type { FormMeta } from './form-meta';

export interface FormEntry {
  key: string;
  id: string | null;
  name: string;
  /** A1 address of the result cell on the form. */
  resultAddress: string;
  result: Cell;
  /** The evidence as one line: "Số 12/QĐ-UBND ngày 05/11/2026: Quyết định …", or a link. */
  evidence: string | null;
  evidenceAddress: string;
  note: string | null;
  noteAddress: string;
}

export interface FormIssue {
  /** A1 address on the form. */
  address: string;
  reason: Bilingual;
}

export interface ReturnedForm {
  /** The file's name as given, for messages and the log. */
  file: string;
  meta: FormMeta;
  entries: FormEntry[];
  /** Rows changed or added by the unit: not merged. */
  issues: FormIssue[];
}

export function readReturnedForm(file: string, meta: FormMeta, grid: Grid): ReturnedForm {
  const at = (row: number, col: number): Cell => cellOnSheet(grid, row, col);
  const text = (row: number, col: number): string => tidyText(valueText(at(row, col).value));
  const entries: FormEntry[] = [];
  const issues: FormIssue[] = [];
  meta.rows.forEach((expected, i) => {
    const row = FORM_FIRST_ROW + i;
    const id = text(row, FORM_COL.id);
    const name = text(row, FORM_COL.name);
    if (foldWords(id) !== foldWords(expected.id ?? '') || foldWords(name) !== foldWords(expected.name)) {
      const col = foldWords(id) !== foldWords(expected.id ?? '') ? FORM_COL.id : FORM_COL.name;
      issues.push({
        address: `${columnLetters(col)}${row}`,
        reason: message('form.row-changed', { row, sent: `${expected.id ? `${expected.id} ` : ''}${expected.name}` }),
      });
      return;
    }
    entries.push({
      key: expected.key,
      id: expected.id,
      name: expected.name,
      resultAddress: `${columnLetters(FORM_COL.result)}${row}`,
      result: at(row, FORM_COL.result),
      evidence: evidenceText(at(row, FORM_COL.docNumber), at(row, FORM_COL.docDate), at(row, FORM_COL.docTitle)),
      evidenceAddress: `${columnLetters(FORM_COL.docNumber)}${row}`,
      note: text(row, FORM_COL.note) || null,
      noteAddress: `${columnLetters(FORM_COL.note)}${row}`,
    });
  });
  const lastRow = grid.origin.row + grid.rows.length;
  for (let row = FORM_FIRST_ROW + meta.rows.length; row <= lastRow; row++) {
    const line = grid.rows[gridRow(grid, row)] ?? [];
    const filled = line.findIndex((c) => c && !isBlankValue(c.value));
    if (filled < 0) continue;
    issues.push({
      address: `${columnLetters(filled + grid.origin.col)}${row}`,
      reason: message('form.row-added', { row }),
    });
  }
  return { file, meta, entries, issues };
}

/** The document's number, date and title (or link) as one line; null when none is given. */
export function evidenceText(number: Cell, date: Cell, title: Cell): string | null {
  const num = tidyText(valueText(number.value));
  const day = dateText(date);
  const what = tidyText(valueText(title.value));
  const head = [num ? (/^số\b/i.test(num) ? num : `Số ${num}`) : '', day ? `ngày ${day}` : ''].filter(Boolean).join(' ');
  const line = head && what ? `${head}: ${what}` : head || what;
  return line || null;
}

function dateText(cell: Cell): string {
  if (typeof cell.value === 'number' && (isDateFormat(cell.format) || cell.value > 20000)) {
    const d = serialToDate(cell.value);
    return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
  }
  return tidyText(valueText(cell.value));
}
