import type { Grid } from '../grid';
import type { Bilingual } from '../i18n';
import { message } from '../messages';
import type { Analysis } from '../model';
import type { YearMonth } from '../months';
import type { WorkbookMapping } from '../schema';
import { FORM_SHEET } from './form-layout';
import type { FormMeta } from './form-meta';
import type { MergeRefusal } from './merge-plan';
import { ownWorkbookForm } from './own-workbook';
import { readReturnedForm, type ReturnedForm } from './returned-form';

/** A returned file as read: its sheets, its form record (or why it is damaged), its saved mapping. */
export interface ReturnedFile {
  label: string;
  grids: Grid[];
  meta: FormMeta | null;
  metaError: Bilingual | null;
  mapping: WorkbookMapping | null;
}

const NOT_A_FORM = message('form.not-a-form');

/** The files handed back, as forms to merge (a unit's own workbook read as one), and those that are neither. */
export function returnedForms(files: readonly ReturnedFile[], tracker: Analysis, month: YearMonth): { forms: ReturnedForm[]; unread: MergeRefusal[] } {
  const forms: ReturnedForm[] = [];
  const unread: MergeRefusal[] = [];
  for (const file of files) {
    if (file.meta) {
      forms.push(readReturnedForm(file.label, file.meta, file.grids.find((g) => g.sheet === FORM_SHEET) ?? file.grids[0]!));
      continue;
    }
    const own = file.metaError ? null : ownWorkbookForm(file.label, file.grids, file.mapping, tracker, month);
    if (own) forms.push(own);
    else {
      unread.push({
        file: file.label,
        unit: null,
        address: null,
        reason: file.metaError ? message('form-record.damaged-not-merged', { reason: file.metaError }) : NOT_A_FORM,
      });
    }
  }
  return { forms, unread };
}
