/**
 * The add-in's hidden mark on a sheet it made: a name scoped to the sheet
 * (Worksheet.names, ExcelApi 1.4) holding the sheet's token (see
 * core/writing/own-sheets). Without ExcelApi 1.4 no mark is read or written:
 * no sheet is then taken for the add-in's, so reports are never replaced, only
 * made anew beside the old ones.
 */
import { OWN_SHEET_NAME } from '../core/writing/own-sheet-name';
import type { Grid } from '../core/grid';
import type { Features } from './features';
import { excelSheetId } from './sheet-id';

/** Queues the load of a sheet's names; read the token with `ownTokenOf` after the next sync. */
export function queueOwnMark(sheet: Excel.Worksheet, features: Features): Excel.NamedItemCollection | null {
  return features.sheetNames ? sheet.names.load('items/name,items/value') : null;
}

/** The token the sheet's DTI_OWN name holds, if it has one. */
export function ownTokenOf(names: Excel.NamedItemCollection | null): string | undefined {
  const item = names?.items.find((n) => n.name.toUpperCase() === OWN_SHEET_NAME);
  if (!item) return undefined;
  // Excel gives a constant's value, or its formula ="…" on some builds.
  const text = String(item.value ?? '');
  const token = /^=?"?([A-Za-z0-9:_-]{8,80})"?$/.exec(text.trim())?.[1];
  return token;
}

/** Marks a sheet the add-in just added with its token (queued; sent with the writes). */
export function writeOwnMark(sheet: Excel.Worksheet, features: Features, token: string): void {
  if (!features.sheetNames) return;
  const item = sheet.names.add(OWN_SHEET_NAME, `="${token}"`);
  item.visible = false;
}

/** What a grid says about its sheet beyond the cells: host id, hidden, the add-in's mark. */
export function sheetFacts(sheet: Excel.Worksheet, names: Excel.NamedItemCollection | null): Pick<Grid, 'sheetId' | 'hidden' | 'ownToken'> {
  const token = ownTokenOf(names);
  return { sheetId: excelSheetId(sheet.id), ...(sheet.visibility !== 'Visible' ? { hidden: true } : {}), ...(token ? { ownToken: token } : {}) };
}
