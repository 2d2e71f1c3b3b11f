/**
 * The report's document parts as the task pane's form holds them: filled from
 * the workbook's record (the commune found in the sheets when none is saved),
 * given to the report as typed, and saved with it so they are asked once.
 */
import { parseYearMonth } from '../core/months';
import type { ReportInput } from '../core/summary/settings';
import type { Snapshot } from '../core/workbook/snapshot';

export interface ReportForm {
  commune: string;
  /** This month's number in the register. */
  number: string;
  province: string;
  recipient: string;
  signerTitle: string;
  signerName: string;
}

export const EMPTY_FORM: ReportForm = { commune: '', number: '', province: '', recipient: '', signerTitle: '', signerName: '' };

export function reportFormOf(snapshot: Snapshot, month: string): ReportForm {
  const choice = snapshot.commune;
  const report = snapshot.mapping?.report ?? {};
  const ym = parseYearMonth(month);
  return {
    commune: choice.saved ?? choice.found ?? '',
    number: (ym && report.numbers?.[`${ym.year}-${String(ym.month).padStart(2, '0')}`]) || '',
    province: report.province ?? '',
    recipient: report.recipient ?? '',
    signerTitle: report.signerTitle ?? '',
    signerName: report.signerName ?? '',
  };
}

/** What the user has said enough of for a report without blanks (the number may be written by hand when it is issued). */
export function formComplete(form: ReportForm): boolean {
  return form.commune.trim() !== '' && (form.province.trim() !== '' || form.recipient.trim() !== '') && form.signerName.trim() !== '';
}

/** The form as the report's input: what is typed, trimmed; an empty field leaves the record's value. */
export function formInput(form: ReportForm): ReportInput {
  const out: ReportInput = {};
  for (const key of ['commune', 'number', 'province', 'recipient', 'signerTitle', 'signerName'] as const) {
    const value = form[key].trim();
    if (value) out[key] = value;
  }
  return out;
}
