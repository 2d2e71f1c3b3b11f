/**
 * The monthly cycle's two buttons: "Tạo phiếu cho các đơn vị" (one form per
 * owning unit, offered as one .zip) and "Nhập phiếu đơn vị" (the files the
 * units sent back, merged into this workbook). Planned from the workbook as it
 * is when clicked, like every other command; a cell holding another value is
 * overwritten only once the user agreed to it as it is.
 */
import { planForms } from '../core/cycle/form-plan';
import { logOf } from '../core/cycle/merge-log';
import { type MergeOutcome, planMerge } from '../core/cycle/merge-plan';
import { returnedForms } from '../core/cycle/returned-files';
import type { Bilingual } from '../core/i18n';
import { monthLabel, parseYearMonth } from '../core/months';
import type { ForeignCell } from '../core/writing/status-columns';
import { historyLookup } from '../core/summary/build-model';
import { historyOf } from '../core/workbook/actions';
import type { Steps } from './commands';
import { cycleNotice } from './cycle-strings';
import { both } from './strings';
import type { Notice } from './use-workbook';
import { readCurrent, type TaskpanePort } from './workbook-session';

export async function makeUnitForms(port: TaskpanePort, month: string, steps: Steps, deliver: (bytes: Uint8Array, name: string) => void): Promise<Notice> {
  const ym = parseYearMonth(month);
  if (!ym) return { intent: 'error', text: both('invalidMonth', { month }) };
  const snapshot = await readCurrent(port, steps.reading);
  const day = snapshot.mapping?.cycle?.deadlineDay;
  const plan = planForms(snapshot.analysis, ym, { ...(day ? { deadlineDay: day } : {}), history: historyLookup(historyOf(snapshot)) });
  if (plan.forms.length === 0) {
    return { intent: 'warning', text: cycleNotice('noOwners', { month: monthLabel(ym) }) };
  }
  // The form writer (ExcelJS, ~1 MB) and the zip maker are loaded only when forms are made: the pane opens without them.
  const [{ formFileBytes }, { default: JSZip }] = await Promise.all([import(/* webpackChunkName: "forms" */ '../xlsx/form-file'), import(/* webpackChunkName: "zip" */ 'jszip')]);
  const zip = new JSZip();
  for (const form of plan.forms) zip.file(form.fileName, await formFileBytes(form));
  const name = `Phieu-T${String(ym.month).padStart(2, '0')}-${ym.year}.zip`;
  deliver(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), name);
  const items: Bilingual[] = plan.forms.map((f) => cycleNotice('formItem', { file: f.fileName, unit: f.meta.unit, n: f.lines.length }));
  if (plan.unowned.length > 0) items.push(cycleNotice('unowned', { n: plan.unowned.length }));
  return { intent: 'success', text: cycleNotice('formsMade', { n: plan.forms.length, month: monthLabel(ym), name }), items };
}

export type MergeFormsOutcome = { notice: Notice } | { ask: ForeignCell[] };

/** Merges the files picked. Conflicts are asked about (as cells to overwrite); with consent to each as it is now, the forms' figures are taken. */
export async function mergeUnitForms(port: TaskpanePort, month: string, files: ReadonlyArray<{ name: string; bytes: Uint8Array }>, steps: Steps, consented: readonly ForeignCell[] = []): Promise<MergeFormsOutcome> {
  const ym = parseYearMonth(month);
  if (!ym) return { notice: { intent: 'error', text: both('invalidMonth', { month }) } };
  const snapshot = await readCurrent(port, steps.reading);
  const { readReturnedBytes } = await import(/* webpackChunkName: "form-reader" */ '../xlsx/form-reader');
  const opened = [];
  for (const file of files) opened.push({ label: file.name, ...(await readReturnedBytes(file.bytes, file.name)) });
  const { forms, unread } = returnedForms(opened, snapshot.analysis, ym);
  const plan = (preferForm: boolean): MergeOutcome =>
    planMerge({
      analysis: snapshot.analysis,
      grids: snapshot.grids,
      month: ym,
      forms,
      preferForm,
      log: logOf(snapshot),
      existingSheets: snapshot.sheets.map((s) => ({ name: s.sheet, own: s.own, edited: s.edited })),
      now: new Date(),
    });
  const first = plan(false);
  const asked = first.conflicts.map((c): ForeignCell => ({ sheet: c.sheet, address: c.address, text: `${c.existing} → ${c.incoming} (${c.file}!${c.formAddress})` }));
  const agreed = (c: ForeignCell): boolean => consented.some((s) => s.sheet === c.sheet && s.address === c.address && s.text === c.text);
  if (!asked.every(agreed)) return { ask: asked };
  const outcome = asked.length > 0 ? plan(true) : first;
  if (outcome.plans.length > 0) {
    const result = await port.apply(outcome.plans, steps.writing, { allowOverwrite: outcome.overwrite });
    if (!result.ok) return { notice: { intent: 'warning', text: cycleNotice('nothingWritten'), items: result.blocked.map((b) => b.message) } };
  }
  const refusals = [...unread, ...outcome.refusals].map((r) => cycleNotice('refusal', (lang) => ({ where: `${r.file}${r.address ? `!${r.address}` : ''}`, reason: r.reason[lang] })));
  const notes = outcome.notes.map((n) => cycleNotice('unitNote', { unit: n.unit, indicator: n.indicator.slice(0, 40), note: n.note }));
  const text = outcome.changes.length === 0
    ? cycleNotice('noChange')
    : cycleNotice('merged', { n: outcome.changes.length, forms: forms.length, month: monthLabel(ym) });
  return { notice: { intent: refusals.length > 0 ? 'warning' : 'success', text, items: [...refusals, ...notes] } };
}
