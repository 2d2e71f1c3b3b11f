/**
 * The message catalogues: every code has a sentence in Vietnamese and in English (the
 * build checks that a code is never missing; this checks the sentences say something,
 * each in its own language), and values are written the Vietnamese way.
 */
import type { Catalogue } from '../../src/core/messages/catalogue';
import { en } from '../../src/core/messages/catalogue.en';
import { vi } from '../../src/core/messages/catalogue.vi';
import { message, type MessageCode, type MessageParams, sentence } from '../../src/core/messages';
import { parseTarget } from '../../src/core/target/parse-target';
import { readActual } from '../../src/core/status/read-actual';
import { englishWords, vietnameseWords } from '../helpers/languages';

// @ts-expect-error a catalogue that lacks a code does not compile
const lacking: Catalogue = { 'label.met': () => 'Đạt' };
void lacking;

const SHARE = { kind: 'too-big', maximum: 12 } as const;

/**
 * Parameters for every code; the type makes this list grow with the codes. What a user
 * typed is written without diacritics where a sentence does not quote it (a unit's name
 * after "file:"), so the checks below look at the catalogue's own words only.
 */
const SAMPLES: { [C in MessageCode]: MessageParams[C] } = {
  'field.label': { field: 'horizonTarget' },
  'label.met': {},
  'label.not-met': {},
  'label.no-data': {},
  'label.unreadable': {},
  'label.answer-yes': {},
  'label.answer-no': {},
  'label.threshold-no': {},
  'label.done': {},
  'label.not-done': {},
  'label.per-year': {},
  'label.points': {},
  'column.id': {},
  'column.indicator': {},
  'column.target': {},
  'column.previous': {},
  'column.month': { year: 2026, month: 11 },
  'column.gap': {},
  'column.status': {},
  'column.owner': {},
  'formula.on-track': {},
  'formula.behind': {},
  'formula.bad-lang': {},
  'formula.cell-error': { arg: 'baseline', error: '#REF!' },
  'formula.number-not-boolean': { arg: 'numerator', value: true },
  'formula.not-a-number': { arg: 'denominator', text: 'mười' },
  'formula.date-empty': { arg: 'start' },
  'formula.date-not-a-day': { arg: 'deadline', value: 0.5 },
  'formula.date-not-real': { arg: 'asOf', text: '31/02/2026' },
  'formula.date-unreadable': { arg: 'start', text: 'sớm' },
  'formula.yes-no-no-path': {},
  'formula.yes-no-no-gap': {},
  'formula.baseline-empty': {},
  'formula.deadline-not-after-start': {},
  'formula.denominator-zero': {},
  'formula.ranges-differ': {},
  'formula.unclear-scale': { target: 0.8, actual: 80 },
  'actual.negative': { shown: '-5' },
  'actual.over-100': { shown: '120%' },
  'actual.over-total': { value: 12, total: 9 },
  'actual.error-value': { error: '#N/A' },
  'actual.not-real-number': { shown: 'NaN' },
  'actual.date': { serial: 46303 },
  'actual.not-a-number': { text: 'khoảng 70' },
  'actual.ambiguous-share': { value: 0.07 },
  'actual.share-for-rate': { unit: 'DN/1.000 dân' },
  'actual.counts-unreadable': { text: 'bảy/chín' },
  'actual.zero-total': {},
  'actual.not-calculated': {},
  'actual.not-yes-no': { text: 'đang làm' },
  'actual.yes-no-for-number': { text: 'Đạt' },
  'target.empty': {},
  'target.error-value': { error: '#DIV/0!' },
  'target.two-thresholds': { thresholds: '70%, 80%' },
  'target.bad-number': { text: '1,2,3' },
  'target.no-threshold': {},
  'target.not-a-target': { text: 'FALSE' },
  'target.unit-boolean-number': { unit: 'Đạt/Không đạt' },
  'target.relative': {},
  'target.rank': {},
  'target.ambiguous-share': { value: 0.95 },
  'target.date': { serial: 46274 },
  'target.not-calculated': {},
  'target.unit-percent-text': { unit: '%' },
  'check.sheet-empty': {},
  'check.no-table': {},
  'check.stray-row': { text: 'Ghi chú' },
  'check.month-hidden': { label: 'Tháng 11/2026', here: 'H2', read: 'I2' },
  'check.month-cumulative': { label: 'Tháng 11/2026', here: 'H2', read: 'I2' },
  'check.month-twice': { label: 'Tháng 11/2026', here: 'H2', read: 'I2' },
  'check.no-owner-column': {},
  'check.target-missing': { label: '1.3' },
  'check.target-unreadable': { text: 'cao', reason: message('target.no-threshold') },
  'check.share-over-100': { text: 'Trên 120%' },
  'check.count-with-share-target': { name: 'Số điểm wifi', unit: 'điểm', text: '10%' },
  'check.horizon-unreadable': { text: 'cao', reason: message('target.no-threshold') },
  'check.deadline-unreadable': { text: 'sớm' },
  'check.missing-owner': { label: '1.3' },
  'check.hidden-row': { label: '1.3' },
  'check.cell-error': { error: '#REF!' },
  'check.unit-contradiction': { unit: '%', text: 'Đạt', reason: message('actual.yes-no-for-number', { text: 'Đạt' }) },
  'check.mapping-doubtful': { letters: 'C', header: 'Chỉ tiêu', thresholds: 1, written: 9 },
  'check.duplicate-id': { id: '1.3', row: 5 },
  'cli.option-takes-no-value': { name: 'json' },
  'cli.option-needs-value': { name: 'out' },
  'cli.unknown-option-meant': { written: '--mont', meant: 'month' },
  'cli.unknown-option': { written: '--verbose' },
  'summary.pdf-is-out': {},
  'summary.wrote-report': { sheet: 'Báo cáo T11-2026', appendix: 'Phụ lục BC T11-2026', file: 'bao-cao.xlsx' },
  'summary.renamed': { sheet: 'Báo cáo T11-2026 (2)', appendix: 'Phụ lục BC T11-2026 (2)' },
  'summary.pdf-failed': { program: '/usr/bin/soffice' },
  'summary.wrote-pdf': { file: 'bao-cao.pdf' },
  'summary.no-libreoffice': {},
  'summary.blank-parts': { parts: ['commune', 'number', 'recipient', 'signerName'] },
  'summary.forms-heading': { deadline: '20/11/2026' },
  'summary.form-state': { state: 'waiting' },
  'summary.unit-shortfalls': { count: 2 },
  'summary.met-without-evidence': { count: 3 },
  'summary.sheet-heading': { sheet: 'Phụ lục 1' },
  'summary.totals': { year: 2026, month: 11, met: 17, notMet: 14, noData: 3, invalid: 3, all: 37 },
  'summary.data-problems': { count: 5 },
  'summary.kept-edited': { names: '"Báo cáo T11-2026"', count: 1, sheet: 'Báo cáo T11-2026 (2)', appendix: 'Phụ lục BC T11-2026 (2)' },
  'input.not-found': { file: 'bao-cao.xlsx' },
  'input.is-folder': { file: 'bao-cao.xlsx' },
  'input.not-regular': { file: 'bao-cao.xlsx' },
  'input.too-large': { file: 'lon.xlsx', size: 250 * 1024 * 1024, limit: 200 * 1024 * 1024 },
  'input.no-permission': { file: 'bao-cao.xlsx' },
  'input.cannot-read': { file: 'bao-cao.xlsx' },
  'workbook.not-xlsx': { file: 'bao-cao.xlsx' },
  'workbook.old-xls': { file: 'bao-cao.xlsx' },
  'workbook.encrypted': { file: 'bao-cao.xlsx' },
  'workbook.damaged': { file: 'bao-cao.xlsx' },
  'workbook.size-mismatch': { file: 'bao-cao.xlsx' },
  'workbook.checksum': { file: 'bao-cao.xlsx' },
  'workbook.duplicate': { file: 'bao-cao.xlsx' },
  'workbook.damaged-sheet': { file: 'bao-cao.xlsx', sheet: 'Phụ lục 1', damage: 'outside' },
  'workbook.unsupported': { file: 'bao-cao.xlsx' },
  'workbook.too-many-parts': { file: 'bao-cao.xlsx', count: 25000, limit: 20000 },
  'workbook.too-large': { file: 'bom.xlsx', size: 3 * 1024 ** 3, limit: 400 * 1024 ** 2 },
  'workbook.part-too-large': { file: 'bom.xlsx', size: 150 * 1024 ** 2, limit: 100 * 1024 ** 2 },
  'output.same-as-input': { file: 'a.xlsx', input: 'b.xlsx' },
  'output.exists': { file: 'bao-cao.xlsx' },
  'output.is-folder': { file: 'ra/', folder: 'ra' },
  'output.not-regular': { file: 'bao-cao.xlsx' },
  'output.parent-not-folder': { file: 'a/b.xlsx', parent: 'a' },
  'output.cannot-create-folder': { folder: '/proc/x' },
  'output.disk-full': { file: 'bao-cao.xlsx' },
  'output.no-permission': { file: 'bao-cao.xlsx' },
  'output.name-too-long': { file: 'bao-cao.xlsx' },
  'output.cannot-write': { file: 'bao-cao.xlsx' },
  'status.needs-out': {},
  'status.no-table': { skipped: [message('check.no-table')] },
  'status.foreign-cells': { cells: 'KH!K2 ("ghi chú")', more: 3 },
  'status.added-plain': { year: 2026, month: 11, rows: 37, sheets: '"Phụ lục 1"', file: 'ra.xlsx' },
  'status.added-dti': { year: 2026, month: 11, rows: 37, sheets: '"Phụ lục 1"', file: 'ra.xlsx' },
  'status.bad-formulas': { text: 'xlsx' },
  'cli.bad-lang': { text: 'fr' },
  'cli.missing-file': { command: 'check' },
  'cli.unknown-command': { command: 'report', usage: { vi: 'Cách dùng: dti check', en: 'Usage: dti check' } },
  'cli.unexpected': {},
  'cli.error-line': { text: message('cli.unexpected') },
  'cli.detail-line': { detail: 'ENOSPC' },
  'cli.missing-month': {},
  'cli.bad-month': { text: '2026-13' },
  'cli.no-such-sheet': { sheet: 'X', sheets: '"A", "B"' },
  'cli.using-saved-mapping': {},
  'cli.output-was-link': { file: 'ra.xlsx', pointed: 'that.xlsx' },
  'values-copy.needs-out': {},
  'values-copy.wrote': { file: 'gui.xlsx', replaced: 12 },
  'target.missing-text': {},
  'target.read-as': { description: '70%' },
  'target.cannot-read': { description: '…' },
  'check.sheet-line': { sheet: 'Phụ lục 1', indicators: 19, tables: 1 },
  'check.problems-heading': { count: 6 },
  'check.totals': { errors: 1, warnings: 2 },
  'check.table-line': { index: 1, title: 'I. NHÓM CHỈ TIÊU', rows: '2', confidence: 0.92 },
  'check.month-column': { month: 11, year: 2026 },
  'problem.severity': { severity: 'warning' },
  'month.sheet-twice': { month: { year: 2026, month: 11 }, chosen: 'T11 (2)', others: '"T11"' },
  'month.sheet-copy-of-months': { sheet: 'KH', month: { year: 2026, month: 11 }, read: 'T11' },
  'month.sheet-copy-of-sheet': { sheet: 'KH', month: { year: 2026, month: 11 }, read: 'T11' },
  'coverage.no-table': {},
  'coverage.no-month-sheet': { month: { year: 2026, month: 11 }, have: '"T9" (09/2026)' },
  'coverage.no-month-column': { month: { year: 2026, month: 11 }, have: '9/2026, 10/2026' },
  'coverage.no-year': { year: 2027, years: '2026' },
  'form.row-changed': { row: 7, sent: '1.3 Tỷ lệ hồ sơ' },
  'form.row-added': { row: 9 },
  'form.not-a-form': {},
  'plan.targets-from-plan': { sheet: 'T11', plan: 'KH', matched: 18, rows: 19 },
  'plan.plain-unread': { count: 1, list: 'KH!G5 "85%*"' },
  'report.bad-number': { text: 'năm' },
  'excel.row-too-large': { row: 2, sheet: 'Báo cáo', bytes: 5_400_000, budget: 4_000_000 },
  'blocked.sheet-exists': { sheet: 'Báo cáo T11-2026' },
  'blocked.sheet-not-ours': { sheet: 'Báo cáo T11-2026' },
  'blocked.sheet-missing': { sheet: 'Báo cáo T11-2026' },
  'blocked.sheet-protected': { sheet: 'Báo cáo T11-2026' },
  'blocked.structure-protected': {},
  'blocked.cell-not-empty': { sheet: 'KH', address: 'L5' },
  'blocked.table-overlap': { sheet: 'KH', table: 'Bang1' },
  'blocked.filtered': { sheet: 'KH', range: 'A1:K30' },
  'blocked.split-formula': { sheet: 'KH', address: 'L5' },
  'blocked.record-newer': {},
  'blocked.record-damaged': {},
  'merge.other-month': { formMonth: '2026-10', month: '2026-11' },
  'merge.other-plan': {},
  'merge.indicator-gone': { label: '1.3' },
  'merge.formula-cell': { cell: 'KH!H5' },
  'merge.two-counts': { label: '1.3' },
  'merge.no-month-column': { label: '1.3', month: { year: 2026, month: 11 } },
  'merge.result-unreadable': { result: 'khoảng 70', label: '08', reason: message('actual.not-a-number', { text: 'khoảng 70' }) },
  'merge.evidence-without-result': { label: '1.3' },
  'merge.bad-prefer': { text: 'tracker' },
  'merge.missing-forms': {},
  'merge.missing-out': {},
  'merge.wrote': { file: 'ra.xlsx' },
  'merge.bad-deadline-day': { text: '31' },
  'merge.conflicts': { count: 2 },
  'merge.conflict-line': { at: 'KH!H5', indicator: '1.3 DVCTT', existing: '80%', source: 'phieu.xlsx!D7', incoming: '85%' },
  'merge.stopped': {},
  'merge.forms-preferred': {},
  'merge.not-merged-line': { where: 'phieu.xlsx!D7 (VH-XH)', reason: message('form.row-added', { row: 9 }) },
  'merge.nothing-changed': { month: { year: 2026, month: 11 } },
  'merge.changed': { count: 1 },
  'merge.note-line': { where: 'phieu.xlsx!F7 (VH-XH, 1.3)', note: 'OK' },
  'forms.missing-out-dir': {},
  'forms.no-owner': { month: { year: 2026, month: 11 } },
  'forms.form-line': { file: 'phieu/P.xlsx', unit: 'VH-XH', count: 11 },
  'forms.made': { count: 5, month: { year: 2026, month: 11 } },
  'forms.unowned': { count: 18, list: 'KH!A3 [1.1]' },
  'forms.no-month-column': { month: { year: 2026, month: 11 } },
  'column.owned': { column: 'progress' },
  'status.table-empty': { sheet: 'KH' },
  'status.no-month-column': { sheet: 'KH', month: { year: 2026, month: 11 } },
  'status.no-result-column': { sheet: 'KH' },
  'form-rule.share': {},
  'form-rule.count-of': { of: 9 },
  'form-rule.not-negative': {},
  'form-rule.one-of': { values: ['Hoàn thành', 'Chưa thực hiện'] },
  'form-rule.yes-no': {},
  'package.damaged': {},
  'package.ambiguous': { names: '"xl/a.xml"' },
  'package.checksum': { part: 'xl/styles.xml' },
  'package.too-large-to-write': {},
  'package.not-stylesheet': { part: 'xl/styles.xml' },
  'package.no-content-types': {},
  'package.cannot-open': {},
  'package.bad-xml': { part: 'xl/styles.xml' },
  'package.not-workbook': { part: 'xl/styles.xml' },
  'package.no-workbook': {},
  'excel.error': { code: 'ItemNotFound' },
  'excel.mapping-invalid': {},
  'excel.no-custom-xml': {},
  'excel.settings-not-saved': {},
  'excel.bad-address': { address: 'ZZZZ0' },
  'target.op': { op: '>=' },
  'target.kind': { kind: 'qualitative' },
  'record.damaged-xml': {},
  'record.newer': { version: 2 },
  'record.not-json': {},
  'record.invalid': { path: 'sheets.S.tables.0.months.0.month', problem: SHARE },
  'form-record.damaged-xml': {},
  'form-record.not-json': {},
  'form-record.invalid': { path: 'unit', problem: { kind: 'type', expected: 'string' } },
  'form-record.damaged-not-merged': { reason: message('form-record.not-json') },
  'mapping.ignored': { reason: message('record.newer', { version: 3 }) },
};

const CODES = Object.keys(SAMPLES) as MessageCode[];

describe('the catalogues', () => {
  test('have exactly the codes there are, in both languages', () => {
    expect(Object.keys(vi).sort()).toEqual([...CODES].sort());
    expect(Object.keys(en).sort()).toEqual([...CODES].sort());
  });

  test.each(CODES)('%s: a Vietnamese sentence and an English one', (code) => {
    const said = { vi: sentence('vi', code, SAMPLES[code]), en: sentence('en', code, SAMPLES[code]) };
    expect(said.vi.trim()).not.toBe('');
    expect(said.en.trim()).not.toBe('');
    expect(englishWords(said.vi)).toEqual([]);
    expect(vietnameseWords(said.en)).toEqual([]);
  });

  test('a message keeps its code and parameters beside both sentences', () => {
    expect(message('record.newer', { version: 2 })).toEqual({
      code: 'record.newer',
      params: { version: 2 },
      vi: 'Bản ghi DTI do một phiên bản DTI mới hơn ghi (phiên bản 2); hãy cập nhật DTI',
      en: 'The DTI record was written by a newer version of DTI (version 2); update DTI',
    });
  });
});

describe('values in messages are written for people', () => {
  test('0.07 typed next to a 1% target is asked about as "7%", never "7.000000000000001%"', () => {
    const target = parseTarget('Trên 1%');
    if (!target.ok) throw new Error('fixture target unreadable');
    const read = readActual(0.07, target);
    expect(read).toMatchObject({
      kind: 'invalid',
      code: 'ambiguous-share',
      reason: {
        vi: 'Số 0,07 không rõ là 0,07% hay 7%: hãy ghi kèm dấu % (ví dụ 0,07%).',
        en: '0.07 may mean 0.07% or 7%: write it with a % sign (e.g. 0.07%).',
      },
    });
  });

  test('a count over its total is written with Vietnamese decimals', () => {
    const target = parseTarget('9/9 nền tảng');
    if (!target.ok) throw new Error('fixture target unreadable');
    expect(readActual('12,5/9', target)).toMatchObject({ reason: { vi: 'Kết quả 12,5 vượt quá tổng số 9 của chỉ tiêu.' } });
  });

  test('a date Excel made of "8/10" is said as the date, dd/mm/yyyy, not its serial number', () => {
    const target = parseTarget('9/9 nền tảng');
    if (!target.ok) throw new Error('fixture target unreadable');
    // 46303 is 8 October 2026.
    const read = readActual(46303, target, { format: 'd/m' });
    expect(read).toMatchObject({ reason: { vi: expect.stringContaining('chứa ngày 08/10/2026:') } });
    expect(parseTarget(46303, { format: 'dd/mm/yyyy' })).toMatchObject({ reason: { en: expect.stringContaining('holds the date 08/10/2026:') } });
  });
});
