/**
 * Cell notes through Office.js (Worksheet.notes, ExcelApi 1.18): the add-in's
 * note on each plain-formula row says which target the formulas encode. A note
 * is the add-in's when its text starts with NOTE_PREFIX; a user's note stays,
 * even on a cell the plan would note. Without the notes API nothing is written
 * (the formulas work all the same) and the caller says so.
 */
import { NOTE_PREFIX } from '../core/writing/plain-formulas';
import { planNotes, type SheetPlan } from '../core/writing/write-plan';
import type { Features } from './features';

/** Writes (or removes) the plans' notes in two syncs; false when this Excel has no notes API and notes were asked for. */
export async function writeNotes(context: Excel.RequestContext, features: Features, plans: readonly SheetPlan[]): Promise<boolean> {
  const wanted = plans.filter((p) => p.mode === 'cells').flatMap((p) => [...planNotes(p)].map(([address, note]) => ({ sheet: p.sheet, address, note })));
  if (wanted.length === 0) return true;
  if (!features.notes) return wanted.every((w) => w.note === null);
  const found = wanted.map((w) => {
    const ws = context.workbook.worksheets.getItem(w.sheet);
    const existing = ws.notes.getItemOrNullObject(w.address);
    existing.load('content');
    return { ...w, ws, existing };
  });
  await context.sync();
  for (const { ws, existing, address, note } of found) {
    const ours = !existing.isNullObject && String(existing.content ?? '').startsWith(NOTE_PREFIX);
    if (note === null) {
      if (ours) existing.delete();
    } else if (existing.isNullObject) {
      ws.notes.add(address, note);
    } else if (ours) {
      existing.content = note;
    }
  }
  await context.sync();
  return true;
}
