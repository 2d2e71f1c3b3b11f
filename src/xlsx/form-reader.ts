/**
 * A file handed to `dti merge`: a unit's form (its custom XML part says so), or
 * a unit's own workbook kept in the tracker's layout. Read with the same limits
 * and checks as any workbook; never written.
 */
import { FORM_META_SHEET, formMetaFromJson, formMetaFromXml, type FormMeta } from '../core/cycle/form-meta';
import { valueText } from '../core/grid';
import type { Grid } from '../core/grid';
import type { WorkbookMapping } from '../core/schema';
import { readInputFile } from '../files/input-file';
import { LIMITS } from '../files/limits';
import { XlsxPackage } from './package/opc-package';
import { XlsxWorkbook } from './xlsx-workbook';

export interface OpenedReturn {
  grids: Grid[];
  /** The form's own part; null for a workbook that is not a form. */
  meta: FormMeta | null;
  /** The form part is there but damaged. */
  metaError: string | null;
  /** The workbook's saved DTI mapping, when it has one (a unit's own workbook mapped in the add-in). */
  mapping: WorkbookMapping | null;
}

export async function openReturnedFile(path: string, label: string): Promise<OpenedReturn> {
  const bytes = await readInputFile(path, { maxBytes: LIMITS.inputFileBytes });
  const workbook = await XlsxWorkbook.fromBytes(bytes, label);
  const { grids, stored } = await workbook.readAll();
  const pkg = await XlsxPackage.load(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  let meta: FormMeta | null = null;
  let metaError: string | null = null;
  for (const part of pkg.paths().filter((p) => /^customXml\/item\d+\.xml$/i.test(p))) {
    const parsed = formMetaFromXml((await pkg.read(part)) ?? '');
    if (!parsed) continue;
    if ('meta' in parsed) meta = parsed.meta;
    else metaError = parsed.error;
    break;
  }
  const kept = grids.find((g) => g.sheet === FORM_META_SHEET);
  if (!meta && kept) {
    const parsed = formMetaFromJson(kept.rows.map((r) => valueText(r[0]?.value ?? null)).join(''));
    if ('meta' in parsed) {
      meta = parsed.meta;
      metaError = null;
    } else metaError ??= parsed.error;
  }
  return { grids, meta, metaError, mapping: stored.found && 'mapping' in stored ? stored.mapping : null };
}
