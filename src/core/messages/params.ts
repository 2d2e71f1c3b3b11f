/**
 * Every message the core can say, by code, with the parameters its sentence needs.
 * Numbers stay numbers and dates stay Excel serials here: the catalogues format them
 * for the language (src/core/messages/catalogue.vi.ts, catalogue.en.ts).
 */

import type { Bilingual } from '../i18n';
import type { FieldKey } from '../mapping/fields';
import type { Op, TargetKind } from '../target/types';

/** The argument of a cell function a message is about. */
export type ArgName = 'actual' | 'target' | 'unit' | 'baseline' | 'numerator' | 'denominator' | 'start' | 'deadline' | 'asOf';

/** What was wrong with a saved record, read from a schema check (zod's issue codes, without zod's English). */
export type SchemaProblem =
  | { kind: 'type'; expected: string }
  | { kind: 'too-small'; minimum: number }
  | { kind: 'too-big'; maximum: number }
  | { kind: 'value'; allowed: string }
  | { kind: 'unknown-keys'; keys: string }
  | { kind: 'other' };

type None = Record<string, never>;

export interface MessageParams {
  // Words in cells, tables and reports.
  'field.label': { field: FieldKey };
  'label.met': None;
  'label.not-met': None;
  'label.no-data': None;
  'label.unreadable': None;
  'label.answer-yes': None;
  'label.answer-no': None;
  'label.threshold-no': None;
  'label.done': None;
  'label.not-done': None;
  'label.per-year': None;
  'label.points': None;
  'column.id': None;
  'column.indicator': None;
  'column.target': None;
  'column.previous': None;
  'column.month': { year: number; month: number };
  'column.gap': None;
  'column.status': None;
  'column.owner': None;
  // Cell functions (src/core/formulas).
  'formula.on-track': Record<string, never>;
  'formula.behind': Record<string, never>;
  'formula.bad-lang': Record<string, never>;
  'formula.cell-error': { arg: ArgName; error: string };
  'formula.number-not-boolean': { arg: ArgName; value: boolean };
  'formula.not-a-number': { arg: ArgName; text: string };
  'formula.date-empty': { arg: ArgName };
  'formula.date-not-a-day': { arg: ArgName; value?: number };
  'formula.date-not-real': { arg: ArgName; text: string };
  'formula.date-unreadable': { arg: ArgName; text: string };
  'formula.yes-no-no-path': Record<string, never>;
  'formula.yes-no-no-gap': Record<string, never>;
  'formula.baseline-empty': Record<string, never>;
  'formula.deadline-not-after-start': Record<string, never>;
  'formula.denominator-zero': Record<string, never>;
  'formula.ranges-differ': Record<string, never>;
  'formula.unclear-scale': { target: number; actual: number };
  // A reported result read against its target (src/core/status/read-actual.ts).
  'actual.negative': { shown: string };
  'actual.over-100': { shown: string };
  'actual.over-total': { value: number; total: number };
  'actual.error-value': { error: string };
  'actual.not-real-number': { shown: string };
  'actual.date': { serial: number };
  'actual.not-a-number': { text: string };
  'actual.ambiguous-share': { value: number };
  'actual.share-for-rate': { unit?: string };
  'actual.counts-unreadable': { text: string };
  'actual.zero-total': None;
  'actual.not-calculated': None;
  'actual.not-yes-no': { text: string };
  'actual.yes-no-for-number': { text: string };
  // A target read from a plan (src/core/target/parse-target.ts).
  'target.empty': None;
  'target.error-value': { error: string };
  'target.two-thresholds': { thresholds: string };
  'target.bad-number': { text: string };
  'target.no-threshold': None;
  'target.not-a-target': { text: string };
  'target.unit-boolean-number': { unit: string };
  'target.relative': None;
  'target.rank': None;
  'target.ambiguous-share': { value: number };
  'target.date': { serial: number };
  'target.not-calculated': None;
  'target.unit-percent-text': { unit: string };
  // The workbook check (src/core/validation/validate.ts).
  'check.sheet-empty': None;
  'check.no-table': None;
  'check.stray-row': { text: string };
  'check.month-hidden': { label: string; here: string; read: string };
  'check.month-cumulative': { label: string; here: string; read: string };
  'check.month-twice': { label: string; here: string; read: string };
  'check.no-owner-column': None;
  'check.target-missing': { label: string };
  'check.target-unreadable': { text: string; reason: Bilingual };
  'check.share-over-100': { text: string };
  'check.count-with-share-target': { name: string; unit: string; text: string };
  'check.horizon-unreadable': { text: string; reason: Bilingual };
  'check.deadline-unreadable': { text: string };
  'check.missing-owner': { label: string };
  'check.hidden-row': { label: string };
  'check.cell-error': { error: string };
  'check.unit-contradiction': { unit: string; text: string; reason: Bilingual };
  'check.mapping-doubtful': { letters: string; header: string; thresholds: number; written: number };
  'check.duplicate-id': { id: string; row: number };
  // The command line's options (src/cli/parse-options.ts).
  'cli.option-takes-no-value': { name: string };
  'cli.option-needs-value': { name: string };
  'cli.unknown-option-meant': { written: string; meant: string };
  'cli.unknown-option': { written: string };
  // dti summary (src/cli/commands/summary.ts).
  'summary.pdf-is-out': None;
  'summary.wrote-report': { sheet: string; appendix: string; file: string };
  'summary.renamed': { sheet: string; appendix: string };
  'summary.pdf-failed': { program: string };
  'summary.wrote-pdf': { file: string };
  'summary.no-libreoffice': None;
  'summary.blank-parts': { parts: readonly ('commune' | 'number' | 'recipient' | 'signerName')[] };
  'summary.forms-heading': { deadline: string };
  'summary.form-state': { state: 'on_time' | 'late' | 'missing' | 'waiting' };
  'summary.unit-shortfalls': { count: number };
  'summary.met-without-evidence': { count: number };
  'summary.sheet-heading': { sheet: string };
  'summary.totals': { year: number; month: number; met: number; notMet: number; noData: number; invalid: number; all: number };
  'summary.data-problems': { count: number };
  'summary.kept-edited': { names: string; count: number; sheet: string; appendix: string };
  // Input files and workbooks that cannot be read (src/files/input-file.ts, src/xlsx/workbook-messages.ts).
  'input.not-found': { file: string };
  'input.is-folder': { file: string };
  'input.not-regular': { file: string };
  'input.too-large': { file: string; size: number; limit: number };
  'input.no-permission': { file: string };
  'input.cannot-read': { file: string };
  'workbook.not-xlsx': { file: string };
  'workbook.old-xls': { file: string };
  'workbook.encrypted': { file: string };
  'workbook.damaged': { file: string };
  'workbook.size-mismatch': { file: string };
  'workbook.checksum': { file: string };
  'workbook.duplicate': { file: string };
  'workbook.damaged-sheet': { file: string; sheet: string; damage: 'no-relationship' | 'outside' | 'not-a-sheet' | 'missing-part' };
  'workbook.unsupported': { file: string };
  'workbook.too-many-parts': { file: string; count: number; limit: number };
  'workbook.too-large': { file: string; size: number; limit: number };
  'workbook.part-too-large': { file: string; size: number; limit: number };
  // Output files that cannot be written (src/files/output-messages.ts).
  'output.same-as-input': { file: string; input: string };
  'output.exists': { file: string };
  'output.is-folder': { file: string; folder: string };
  'output.not-regular': { file: string };
  'output.parent-not-folder': { file: string; parent: string };
  'output.cannot-create-folder': { folder: string };
  'output.disk-full': { file: string };
  'output.no-permission': { file: string };
  'output.name-too-long': { file: string };
  'output.cannot-write': { file: string };
  // dti status and the command line itself (src/cli/commands/status.ts, src/cli/main.ts).
  'status.needs-out': None;
  'status.no-table': { skipped: readonly Bilingual[] };
  'status.foreign-cells': { cells: string; more: number };
  'status.added-plain': { year: number; month: number; rows: number; sheets: string; file: string };
  'status.added-dti': { year: number; month: number; rows: number; sheets: string; file: string };
  'status.bad-formulas': { text: string };
  'cli.bad-lang': { text: string };
  'cli.missing-file': { command: string };
  'cli.unknown-command': { command: string; usage: Bilingual };
  'cli.unexpected': None;
  'cli.error-line': { text: Bilingual };
  'cli.detail-line': { detail: string };
  // The other commands (src/cli/*).
  'cli.missing-month': None;
  'cli.bad-month': { text: string };
  'cli.no-such-sheet': { sheet: string; sheets: string };
  'cli.using-saved-mapping': None;
  'cli.output-was-link': { file: string; pointed: string };
  'values-copy.needs-out': None;
  'values-copy.wrote': { file: string; replaced: number };
  'target.missing-text': None;
  'target.read-as': { description: string };
  'target.cannot-read': { description: string };
  'check.sheet-line': { sheet: string; indicators: number; tables: number };
  'check.problems-heading': { count: number };
  'check.totals': { errors: number; warnings: number };
  'check.table-line': { index: number; title?: string; rows: string; confidence: number };
  'check.month-column': { month: number; year?: number };
  'problem.severity': { severity: 'error' | 'warning' | 'info' };
  // Months, plans and forms read from a workbook (src/core/status, report, cycle, mapping, plan, summary).
  'month.sheet-twice': { month: { year: number; month: number }; chosen: string; others: string };
  'month.sheet-copy-of-months': { sheet: string; month: { year: number; month: number }; read: string };
  'month.sheet-copy-of-sheet': { sheet: string; month: { year: number; month: number }; read: string };
  'coverage.no-table': None;
  'coverage.no-month-sheet': { month: { year: number; month: number }; have: string };
  'coverage.no-month-column': { month: { year: number; month: number }; have: string };
  'coverage.no-year': { year: number; years: string };
  'form.row-changed': { row: number; sent: string };
  'form.row-added': { row: number };
  'form.not-a-form': None;
  'plan.targets-from-plan': { sheet: string; plan: string; matched: number; rows: number };
  'plan.plain-unread': { count: number; list: string };
  'report.bad-number': { text: string };
  'excel.row-too-large': { row: number; sheet: string; bytes: number; budget: number };
  // Writes a workbook port refuses (src/ports/blocked-writes.ts).
  'blocked.sheet-exists': { sheet: string };
  'blocked.sheet-not-ours': { sheet: string };
  'blocked.sheet-missing': { sheet: string };
  'blocked.sheet-protected': { sheet: string };
  'blocked.structure-protected': None;
  'blocked.cell-not-empty': { sheet: string; address: string };
  'blocked.table-overlap': { sheet: string; table: string };
  'blocked.filtered': { sheet: string; range: string };
  'blocked.split-formula': { sheet: string; address: string };
  'blocked.record-newer': None;
  'blocked.record-damaged': None;
  // Merging returned forms (src/core/cycle/merge-plan.ts).
  'merge.other-month': { formMonth: string; month: string };
  'merge.other-plan': None;
  'merge.indicator-gone': { label: string };
  'merge.formula-cell': { cell: string };
  'merge.two-counts': { label: string };
  'merge.no-month-column': { label: string; month: { year: number; month: number } };
  'merge.result-unreadable': { result: string; label: string; reason: Bilingual };
  'merge.evidence-without-result': { label: string };
  // dti merge and dti forms (src/cli/commands/merge.ts, forms.ts).
  'merge.bad-prefer': { text: string };
  'merge.missing-forms': None;
  'merge.missing-out': None;
  'merge.wrote': { file: string };
  'merge.bad-deadline-day': { text: string };
  'merge.conflicts': { count: number };
  'merge.conflict-line': { at: string; indicator: string; existing: string; source: string; incoming: string };
  'merge.stopped': None;
  'merge.forms-preferred': None;
  'merge.not-merged-line': { where: string; reason: Bilingual };
  'merge.nothing-changed': { month: { year: number; month: number } };
  'merge.changed': { count: number };
  'merge.note-line': { where: string; note: string };
  'forms.missing-out-dir': None;
  'forms.no-owner': { month: { year: number; month: number } };
  'forms.form-line': { file: string; unit: string; count: number };
  'forms.made': { count: number; month: { year: number; month: number } };
  'forms.unowned': { count: number; list: string };
  'forms.no-month-column': { month: { year: number; month: number } };
  // Status columns and the forms' input rules (src/core/writing/status-columns.ts, src/core/cycle/form-plan.ts).
  'column.owned': { column: 'gap' | 'status' | 'progress' };
  'status.table-empty': { sheet: string };
  'status.no-month-column': { sheet: string; month: { year: number; month: number } };
  'status.no-result-column': { sheet: string };
  'form-rule.share': None;
  'form-rule.count-of': { of: number };
  'form-rule.not-negative': None;
  'form-rule.one-of': { values: readonly string[] };
  'form-rule.yes-no': None;
  // Packages the .xlsx writer cannot patch (src/xlsx/package).
  'package.damaged': None;
  'package.ambiguous': { names: string };
  'package.checksum': { part: string };
  'package.too-large-to-write': None;
  'package.not-stylesheet': { part: string };
  'package.no-content-types': None;
  'package.cannot-open': None;
  'package.bad-xml': { part: string };
  'package.not-workbook': { part: string };
  'package.no-workbook': None;
  // Talking to Excel (src/excel).
  'excel.error': { code: ExcelErrorCode };
  'excel.mapping-invalid': None;
  'excel.no-custom-xml': None;
  'excel.settings-not-saved': None;
  'excel.bad-address': { address: string };
  // How a target was understood (src/core/target/describe.ts).
  'target.op': { op: Op };
  'target.kind': { kind: TargetKind };
  // The record the add-in keeps in a workbook, and a form's record.
  'record.damaged-xml': Record<string, never>;
  'record.newer': { version: number };
  'record.not-json': Record<string, never>;
  'record.invalid': { path: string; problem: SchemaProblem };
  'form-record.damaged-xml': Record<string, never>;
  'form-record.not-json': Record<string, never>;
  'form-record.invalid': { path: string; problem: SchemaProblem };
  'form-record.damaged-not-merged': { reason: Bilingual };
  'mapping.ignored': { reason: Bilingual };
}

export type MessageCode = keyof MessageParams;

/** The Excel error codes with a sentence of their own; 'unknown' for any other. */
export type ExcelErrorCode = 'AccessDenied' | 'ItemNotFound' | 'ItemAlreadyExists' | 'InvalidArgument' | 'RequestPayloadSizeLimitExceeded' | 'InvalidOperationInCellEditMode' | 'GeneralException' | 'unknown';
