/**
 * A file handed back for merging: a unit's form (its record says so), or a
 * unit's own workbook kept in the tracker's layout. Read only, never written.
 * Runs in the task pane too (JSZip and the package reader, no Node module):
 * the command line opens the file with its limits first (open-returned-file.ts).
 */
import JSZip from 'jszip';
import { FORM_META_SHEET, formMetaFromJson, formMetaFromXml, type FormMeta } from '../core/cycle/form-meta';
import { type Grid, valueText } from '../core/grid';
import type { Bilingual } from '../core/i18n';
import { readMappingRecord } from '../core/mapping-xml';
import type { WorkbookMapping } from '../core/schema';
import { readPackageGrids, readPackageLayout, zipParts } from './read/read-package';
import { workbookMessages } from './workbook-messages';

export interface OpenedReturn {
  grids: Grid[];
  /** The form's record; null for a workbook that is not a form. */
  meta: FormMeta | null;
  /** The form's record is there but damaged. */
  metaError: Bilingual | null;
  /** The workbook's saved DTI mapping, when it has one (a unit's own workbook mapped in the add-in). */
  mapping: WorkbookMapping | null;
}

export async function readReturnedBytes(bytes: Uint8Array, label: string): Promise<OpenedReturn> {
  let zip: JSZip;
  let grids: Grid[];
  try {
    zip = await JSZip.loadAsync(bytes);
    grids = await readPackageGrids(zipParts(zip), await readPackageLayout(zipParts(zip)));
  } catch {
    throw workbookMessages.damaged(label);
  }
  if (grids.length === 0) throw workbookMessages.notXlsx(label);
  let meta: FormMeta | null = null;
  let metaError: Bilingual | null = null;
  let mapping: WorkbookMapping | null = null;
  for (const name of Object.keys(zip.files).filter((n) => /^customXml\/item\d+\.xml$/i.test(n))) {
    const xml = await zip.file(name)!.async('string');
    const form = formMetaFromXml(xml);
    if (form && 'meta' in form) meta ??= form.meta;
    else if (form) metaError ??= form.error;
    const saved = readMappingRecord(xml);
    if (saved?.state === 'ok') mapping ??= saved.mapping;
  }
  // A program that drops custom XML parts on saving keeps the record's very hidden sheet.
  const kept = grids.find((g) => g.sheet === FORM_META_SHEET);
  if (!meta && kept) {
    const parsed = formMetaFromJson(kept.rows.map((r) => valueText(r[0]?.value ?? null)).join(''));
    if ('meta' in parsed) {
      meta = parsed.meta;
      metaError = null;
    } else metaError ??= parsed.error;
  }
  return { grids: grids.filter((g) => g.sheet !== FORM_META_SHEET), meta, metaError, mapping };
}
