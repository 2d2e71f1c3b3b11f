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
import { bi, type Bilingual } from '../core/i18n';
import { monthLabel, parseYearMonth } from '../core/months';
import type { ForeignCell } from '../core/writing/status-columns';
import { historyLookup } from '../core/summary/build-model';
import { historyOf } from '../core/workbook/actions';
import type { Steps } from './commands';
import type { Notice } from './use-workbook';
import { readCurrent, type TaskpanePort } from './workbook-session';

export async function makeUnitForms(port: TaskpanePort, month: string, steps: Steps, deliver: (bytes: Uint8Array, name: string) => void): Promise<Notice> {
  const ym = parseYearMonth(month);
  if (!ym) return { intent: 'error', text: bi(`Tháng không hợp lệ: ${month}`, `Invalid month: ${month}`) };
  const snapshot = await readCurrent(port, steps.reading);
  const day = snapshot.mapping?.cycle?.deadlineDay;
  const plan = planForms(snapshot.analysis, ym, { ...(day ? { deadlineDay: day } : {}), history: historyLookup(historyOf(snapshot)) });
  if (plan.forms.length === 0) {
    return { intent: 'warning', text: bi(`Không có chỉ tiêu nào của tháng ${monthLabel(ym)} ghi đơn vị chủ trì: chưa tạo được phiếu. Hãy chọn cột đơn vị chủ trì ở mục Ánh xạ cột.`, `No indicator of ${monthLabel(ym)} names an owning unit: no form can be made. Choose the owner column under Mapping.`) };
  }
  // The form writer (ExcelJS, ~1 MB) and the zip maker are loaded only when forms are made: the pane opens without them.
  const [{ formFileBytes }, { default: JSZip }] = await Promise.all([import(/* webpackChunkName: "forms" */ '../xlsx/form-file'), import(/* webpackChunkName: "zip" */ 'jszip')]);
  const zip = new JSZip();
  for (const form of plan.forms) zip.file(form.fileName, await formFileBytes(form));
  const name = `Phieu-T${String(ym.month).padStart(2, '0')}-${ym.year}.zip`;
  deliver(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }), name);
  const items: Bilingual[] = plan.forms.map((f) => bi(`${f.fileName}: ${f.meta.unit} (${f.lines.length} chỉ tiêu)`, `${f.fileName}: ${f.meta.unit} (${f.lines.length} indicators)`));
  if (plan.unowned.length > 0) items.push(bi(`${plan.unowned.length} chỉ tiêu không ghi đơn vị chủ trì nên không có trong phiếu nào.`, `${plan.unowned.length} indicators name no owning unit, so they are on no form.`));
  return { intent: 'success', text: bi(`Đã tạo ${plan.forms.length} phiếu báo cáo tháng ${monthLabel(ym)} trong tệp ${name}: gửi mỗi đơn vị phiếu của mình.`, `Made ${plan.forms.length} forms for ${monthLabel(ym)} in ${name}: send each unit its own.`), items };
}

export type MergeFormsOutcome = { notice: Notice } | { ask: ForeignCell[] };

/** Merges the files picked. Conflicts are asked about (as cells to overwrite); with consent to each as it is now, the forms' figures are taken. */
export async function mergeUnitForms(port: TaskpanePort, month: string, files: ReadonlyArray<{ name: string; bytes: Uint8Array }>, steps: Steps, consented: readonly ForeignCell[] = []): Promise<MergeFormsOutcome> {
  const ym = parseYearMonth(month);
  if (!ym) return { notice: { intent: 'error', text: bi(`Tháng không hợp lệ: ${month}`, `Invalid month: ${month}`) } };
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
    if (!result.ok) return { notice: { intent: 'warning', text: bi('Chưa ghi gì vào sổ làm việc:', 'Nothing was written to the workbook:'), items: result.blocked.map((b) => b.message) } };
  }
  const refusals = [...unread, ...outcome.refusals].map((r) => bi(`${r.file}${r.address ? `!${r.address}` : ''}: ${r.reason.vi}`, `${r.file}${r.address ? `!${r.address}` : ''}: ${r.reason.en}`));
  const notes = outcome.notes.map((n) => bi(`Ghi chú của ${n.unit} (${n.indicator.slice(0, 40)}): ${n.note}`, `Note from ${n.unit} (${n.indicator.slice(0, 40)}): ${n.note}`));
  const text = outcome.changes.length === 0
    ? bi('Không có ô nào thay đổi.', 'No cell changed.')
    : bi(`Đã nhập ${outcome.changes.length} ô từ ${forms.length} phiếu (kết quả vào cột tháng ${monthLabel(ym)}, tài liệu kiểm chứng vào cột "Minh chứng ${monthLabel(ym)}").`, `Merged ${outcome.changes.length} cells from ${forms.length} forms (results into the ${monthLabel(ym)} column, evidence into "Minh chứng ${monthLabel(ym)}").`);
  return { notice: { intent: refusals.length > 0 ? 'warning' : 'success', text, items: [...refusals, ...notes] } };
}
