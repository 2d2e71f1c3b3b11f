import { type OwnSheet, reconcileOwnSheets, recordOwnSheet, type SheetIdentity } from '../core/writing/own-sheets';
import { excelSheetId } from './sheet-id';
import type { MadeSheet } from './write-plans';

/**
 * The own-sheet record once `made` are written: the sheets as the checks found
 * them, the new ones by their marks' tokens (where this Excel writes marks) and,
 * when `ids` (only after the writes' sync), by their new ids.
 */
export function registryAfter(ownSheets: readonly OwnSheet[], before: readonly SheetIdentity[], made: readonly MadeSheet[], marks: boolean, ids: boolean): OwnSheet[] {
  const after: SheetIdentity[] = [
    ...before.filter((s) => !made.some((m) => m.plan.sheet.toLocaleLowerCase() === s.name.toLocaleLowerCase())),
    ...made.map((m) => ({ name: m.plan.sheet, ...(ids ? { id: excelSheetId(m.sheet.id) } : {}), ...(m.plan.own && marks ? { token: m.plan.own.token } : {}) })),
  ];
  let registry = reconcileOwnSheets(ownSheets, after);
  for (const { plan } of made) if (plan.own) registry = recordOwnSheet(registry, after.find((s) => s.name === plan.sheet)!, plan.own);
  return registry;
}
