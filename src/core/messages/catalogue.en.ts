import type { Catalogue } from './catalogue';
import type { FieldKey } from '../mapping/fields';
import type { ArgName, SchemaProblem } from './params';

/** What each mappable column holds, as an English label. */
const FIELD_EN: Readonly<Record<FieldKey, string>> = {
  id: 'Id',
  name: 'Indicator',
  unit: 'Unit',
  target: 'Target (year)',
  horizonTarget: 'Target (horizon)',
  owner: 'Owner unit',
  upstreamOwner: 'Lead agency (upstream)',
  coordinators: 'Coordinating units',
  deadline: 'Deadline',
  baseline: 'Baseline',
  actual: 'Actual (single column)',
  numerator: 'Count achieved (numerator)',
  denominator: 'Total (denominator)',
  assessment: 'Assessment, comparison',
  notes: 'Notes',
  basis: 'Basis',
  tasks: 'Tasks',
};

/** Argument names as English sentences say them. */
export const ARG_EN: Readonly<Record<ArgName, string>> = {
  actual: 'result',
  target: 'target',
  unit: 'unit',
  baseline: 'baseline',
  numerator: 'numerator',
  denominator: 'denominator',
  start: 'start date',
  deadline: 'deadline',
  asOf: 'as-of date',
};

const TYPE_EN: Readonly<Record<string, string>> = {
  string: 'a text',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  record: 'a set of entries',
};

function problem(p: SchemaProblem, f: Parameters<Catalogue['record.invalid']>[1]): string {
  switch (p.kind) {
    case 'type':
      return `needs ${TYPE_EN[p.expected] ?? `the type ${p.expected}`}`;
    case 'too-small':
      return `below the minimum ${f.num(p.minimum)}`;
    case 'too-big':
      return `above the maximum ${f.num(p.maximum)}`;
    case 'value':
      return `must be one of: ${p.allowed}`;
    case 'unknown-keys':
      return `has unknown entries: ${p.keys}`;
    case 'other':
      return 'has the wrong form';
  }
}

const where = (path: string): string => (path === '' ? '' : ` (entry "${path}")`);

/** An example of each option's value, for the sentence that says it is missing. */
const OPTION_EXAMPLE_EN: Readonly<Record<string, string>> = {
  month: '--month 2026-11',
  out: '--out report.xlsx',
  sheet: '--sheet "Phụ lục 1"',
  lang: '--lang en',
  unit: '--unit %',
  commune: '--commune "xã Lộc Tấn"',
  pdf: '--pdf report.pdf',
  so: '--so 05',
  'kinh-gui': '--kinh-gui "Sở Khoa học và Công nghệ tỉnh Đồng Nai"',
  'chuc-vu': '--chuc-vu "Phó Chủ tịch"',
  'nguoi-ky': '--nguoi-ky "Nguyễn Văn An"',
  tinh: '--tinh "Đồng Nai"',
  'out-dir': '--out-dir forms-11',
  prefer: '--prefer form',
  'han-nop': '--han-nop 20',
  formulas: '--formulas plain',
};

const BLANK_PART_EN = {
  commune: 'the commune (--commune "xã …")',
  number: 'the number (--so 05)',
  recipient: 'the recipient (--tinh "…" or --kinh-gui "…")',
  signerName: "the signer's name (--nguoi-ky \"…\")",
} as const;

const RETURN_STATE_EN = { on_time: 'on time', late: 'late', missing: 'not sent', waiting: 'not due yet' } as const;

const SAVE_AS_XLSX_EN = 'Open it in Excel and save it as "Excel Workbook (*.xlsx)".';

const SHEET_DAMAGE_EN = {
  'no-relationship': 'has no link to its data',
  outside: 'its link points outside the file',
  'not-a-sheet': 'its link does not lead to a sheet',
  'missing-part': 'its data is not in the file',
} as const;

const SEVERITY_EN = { error: 'ERROR', warning: 'WARNING', info: 'NOTE' } as const;

/** "1 table", "2 tables". */
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const OWNED_HEADER_EN = { gap: 'Gap', status: 'Status', progress: 'Progress' } as const;

const EXCEL_ERROR_EN = {
  AccessDenied: 'Excel refused this (is the sheet or the workbook protected?).',
  ItemNotFound: 'A sheet or cell was not found. It may have been renamed or deleted; press "Check again".',
  ItemAlreadyExists: 'A sheet with that name already exists.',
  InvalidArgument: 'Excel did not accept the data written (a merged cell, or invalid data).',
  RequestPayloadSizeLimitExceeded: 'Too much data for one write.',
  InvalidOperationInCellEditMode: 'Excel is editing a cell. Press Enter or Esc in the cell and try again.',
  GeneralException: 'Excel reported a general error. Please try again.',
  unknown: 'Something went wrong while working with Excel. Please try again.',
} as const;

const OP_EN = { '>=': 'at least', '>': 'above', '<=': 'at most', '<': 'below', '=': 'exactly' } as const;

const KIND_EN = {
  percent: 'share',
  number: 'number',
  count: 'count',
  rate: 'rate',
  boolean: 'yes / no',
  qualitative: 'qualitative, met by evidence',
  task: 'task: done or not',
} as const;

export const en: Catalogue = {
  'field.label': (p) => FIELD_EN[p.field],
  'label.met': () => 'Met',
  'label.not-met': () => 'Not met',
  'label.no-data': () => 'No data',
  'label.unreadable': () => 'Unreadable',
  'label.answer-yes': () => 'Yes',
  'label.answer-no': () => 'No',
  'label.threshold-no': () => 'No',
  'label.done': () => 'Done',
  'label.not-done': () => 'Not done',
  'label.per-year': () => '/year',
  'label.points': () => 'pp',
  'column.id': () => 'Id',
  'column.indicator': () => 'Indicator',
  'column.target': () => 'Target',
  'column.previous': () => 'Previous',
  'column.month': (p) => `${p.year}-${String(p.month).padStart(2, '0')}`,
  'column.gap': () => 'Gap',
  'column.status': () => 'Status',
  'column.owner': () => 'Owner',
  'formula.on-track': () => 'On track',
  'formula.behind': () => 'Behind schedule',
  'formula.bad-lang': () => 'The language must be "vi" or "en".',
  'formula.cell-error': (p) => `The ${ARG_EN[p.arg]} cell shows the error ${p.error}.`,
  'formula.number-not-boolean': (p) => `The ${ARG_EN[p.arg]} cell needs a number, not ${p.value ? 'TRUE' : 'FALSE'}.`,
  'formula.not-a-number': (p) => `"${p.text}" in the ${ARG_EN[p.arg]} cell cannot be read as a number.`,
  'formula.date-empty': (p) => `The ${ARG_EN[p.arg]} cell is empty.`,
  'formula.date-not-a-day': (p, f) => `The ${ARG_EN[p.arg]} cell is not a date${p.value === undefined ? '' : ` (${f.num(p.value, 6)})`}.`,
  'formula.date-not-real': (p) => `"${p.text}" in the ${ARG_EN[p.arg]} cell is not a day that exists.`,
  'formula.date-unreadable': (p) => `"${p.text}" in the ${ARG_EN[p.arg]} cell cannot be read as a date (e.g. 31/12/2026 or "Tháng 12/2026").`,
  'formula.yes-no-no-path': () => 'A yes/no target has no numeric path; use DTI.STATUS.',
  'formula.yes-no-no-gap': () => 'A yes/no target has no numeric gap; use DTI.STATUS or DTI.MET.',
  'formula.baseline-empty': () => 'The baseline cell is empty (enter 0 to start from zero).',
  'formula.deadline-not-after-start': () => 'The deadline must come after the start.',
  'formula.denominator-zero': () => 'The denominator is 0: no share can be computed.',
  'formula.ranges-differ': () => 'The ranges are not the same size.',
  'formula.unclear-scale': (p, f) => {
    const [tv, pct, av] = [f.num(p.target, 4), f.pct(p.target, 2), f.num(p.actual, 4)];
    return `The target ${tv} may be the share ${pct} or the number ${tv} (the result is ${av}). Write the target as "${pct}" or give a unit (e.g. "%" or "points").`;
  },
  'actual.negative': (p) => `A negative result (${p.shown}) is not valid.`,
  'actual.over-100': (p) => `A share above 100% (${p.shown}).`,
  'actual.over-total': (p, f) => `The result ${f.num(p.value, 6)} is more than the total of ${f.num(p.total, 6)}.`,
  'actual.error-value': (p) => `The result cell shows the error ${p.error}.`,
  'actual.not-real-number': (p) => `The result cell holds a value that is not a real number (${p.shown}); enter it again.`,
  'actual.date': (p, f) =>
    `The result cell holds the date ${f.date(p.serial)}: Excel probably turned a fraction like "8/10" into a date. Format the cell as Text and type it again.`,
  'actual.not-a-number': (p) => `"${p.text}" cannot be read as a number.`,
  'actual.ambiguous-share': (p, f) => {
    const v = f.num(p.value, 6);
    return `${v} may mean ${v}% or ${f.pct(p.value, 4)}: write it with a % sign (e.g. ${v}%).`;
  },
  'actual.share-for-rate': (p) => `The target is a rate (${p.unit === undefined ? 'per population' : `"${p.unit}"`}); a percentage result does not fit (e.g. "0,8/1.000").`,
  'actual.counts-unreadable': (p) => `The counts "${p.text}" cannot be read.`,
  'actual.zero-total': () => 'The total (denominator) is 0: no share can be computed.',
  'actual.not-calculated': () => 'The cell holds a formula whose result the file does not keep: open the file in Excel and save it so it is calculated.',
  'actual.not-yes-no': (p) => `This target needs a yes/no result ("Đạt"/"Chưa đạt", "Có", "Hoàn thành", "Đã …"); "${p.text}" does not say.`,
  'actual.yes-no-for-number': (p) => `This target needs a number, not "${p.text}".`,
  'target.empty': () => 'The target cell is empty.',
  'target.error-value': (p) => `The target cell shows the error ${p.error}.`,
  'target.two-thresholds': (p) => `The target has several thresholds (${p.thresholds}); it is unclear which one applies.`,
  'target.bad-number': (p) => `The number "${p.text}" cannot be read.`,
  'target.no-threshold': () => 'No threshold found (a number, a percentage or "Đạt").',
  'target.not-a-target': (p) => `"${p.text}" is not a target.`,
  'target.unit-boolean-number': (p) => `The unit "${p.unit}" is a yes/no indicator but the target is a number.`,
  'target.relative': () =>
    'The target is a rise or fall against an earlier level, and the sheet has no base figure to compute it. Write the level to reach instead (e.g. "Dưới 8%", "Giảm còn 5%").',
  'target.rank': () => 'The target is a place in a ranking: the sheet has no figure to compare; write the level to reach as a number.',
  'target.ambiguous-share': (p, f) => {
    const [v, share] = [f.num(p.value, 4), f.pct(p.value, 2)];
    return `${v} under a "%" unit may mean ${v}% or ${share}: write it with a % sign (e.g. ${share}).`;
  },
  'target.date': (p, f) =>
    `The target cell holds the date ${f.date(p.serial)}: Excel probably turned a fraction like "9/9" into a date. Format the cell as Text and type it again.`,
  'target.not-calculated': () => 'The target cell holds a formula whose result the file does not keep: open the file in Excel and save it so it is calculated.',
  'target.unit-percent-text': (p) => `The unit "${p.unit}" is a percentage but the target has no number.`,
  'check.sheet-empty': () => 'The sheet is empty.',
  'check.no-table': () => 'No indicator table found (a header row with an indicator column and an id, unit or target column is needed).',
  'check.stray-row': (p) => `The row "${p.text}" belongs to no indicator and is skipped.`,
  'check.month-hidden': (p) => `The column "${p.label}" (${p.here}) is hidden and names the same month as column ${p.read}: ${p.read} is read.`,
  'check.month-cumulative': (p) =>
    `The column "${p.label}" (${p.here}) holds the month's own figure; the result against the yearly target is read from the cumulative column ${p.read}.`,
  'check.month-twice': (p) => `Two columns say "${p.label}" (${p.here} and ${p.read}): ${p.read} is read, ${p.here} is skipped. Correct the header of the copied column.`,
  'check.no-owner-column': () => 'The table has no owner column: the report cannot say who owns each shortfall.',
  'check.target-missing': (p) => `Indicator "${p.label}" has no target.`,
  'check.target-unreadable': (p) => `Cannot read the target "${p.text}": ${p.reason.en}`,
  'check.share-over-100': (p) => `A share target above 100% ("${p.text}").`,
  'check.count-with-share-target': (p) =>
    `The name "${p.name}" and the unit "${p.unit}" are a count but the target is a share ("${p.text}"): results are read as shares. Check the unit or the target.`,
  'check.horizon-unreadable': (p) => `Cannot read the horizon target "${p.text}": ${p.reason.en}`,
  'check.deadline-unreadable': (p) => `Cannot read the deadline "${p.text}" (e.g. "Tháng 12/2026", "Thường xuyên").`,
  'check.missing-owner': (p) => `Indicator "${p.label}" has no owner unit.`,
  'check.hidden-row': (p) => `Indicator "${p.label}" is on a hidden row; it is still counted.`,
  'check.cell-error': (p) => `The cell shows the error ${p.error}.`,
  'check.unit-contradiction': (p) => `The unit "${p.unit}" does not fit the result "${p.text}": ${p.reason.en}`,
  'check.mapping-doubtful': (p) =>
    `Column ${p.letters} ("${p.header}") is read as the target column, but only ${p.thresholds} of ${p.written} cells read as targets: the mapping may be wrong. Check it under Mapping (or "dti check") and choose the right target column.`,
  'check.duplicate-id': (p) => `Id "${p.id}" repeats row ${p.row} in the same group.`,
  'cli.option-takes-no-value': (p) => `The option --${p.name} takes no value; write just --${p.name}.`,
  'cli.option-needs-value': (p) => `Missing the value after --${p.name}, e.g. ${OPTION_EXAMPLE_EN[p.name] ?? `--${p.name} …`}.`,
  'cli.unknown-option-meant': (p) => `There is no option ${p.written}. Did you mean --${p.meant}?`,
  'cli.unknown-option': (p) => `There is no option ${p.written}. See the options with: dti --help`,
  'summary.pdf-is-out': () => '--pdf and --out must be two different files.',
  'summary.wrote-report': (p) => `Wrote the report to sheet "${p.sheet}" and its appendix to sheet "${p.appendix}" of ${p.file}.`,
  'summary.renamed': (p) => `A user's sheet had the report's name, so the report is named "${p.sheet}" and its appendix "${p.appendix}".`,
  'summary.pdf-failed': (p) => `LibreOffice could not make the PDF (${p.program}).`,
  'summary.wrote-pdf': (p) => `Wrote the report and its appendix to the PDF ${p.file} (to sign digitally and send).`,
  'summary.no-libreoffice': () =>
    'LibreOffice was not found, so no PDF can be made. Install LibreOffice (https://www.libreoffice.org), or leave out --pdf, use --out and open the file in Excel: File → Export → Create PDF/XPS, with the report and appendix sheets selected (Ctrl+click their tabs), Options → "Active sheet(s)".',
  'summary.blank-parts': (p) =>
    `Document parts still blank, to fill in by hand or run again with: ${p.parts.map((x) => BLANK_PART_EN[x]).join('; ')}. What is given is kept in the --out file and need not be typed again.`,
  'summary.forms-heading': (p) => `Monthly forms (due ${p.deadline}):`,
  'summary.form-state': (p) => RETURN_STATE_EN[p.state],
  'summary.unit-shortfalls': (p) => `not met ${p.count}`,
  'summary.met-without-evidence': (p) => `Met without evidence (${p.count}):`,
  'summary.sheet-heading': (p) => `Sheet "${p.sheet}"`,
  'summary.totals': (p) =>
    `${p.year}-${String(p.month).padStart(2, '0')}: ${p.met} met, ${p.notMet} not met, ${p.noData} no data, ${p.invalid} unreadable (${p.all} in all).`,
  'summary.data-problems': (p) => `Data problems: ${p.count}`,
  'summary.kept-edited': (p) => {
    const [were, they] = p.count > 1 ? ['were', 'they are'] : ['was', 'it is'];
    return `${p.names} ${were} edited by hand, so ${they} kept as ${they}; the new report is on sheet "${p.sheet}", its appendix on "${p.appendix}".`;
  },
  'input.not-found': (p) => `File not found: "${p.file}". Check the file name and folder.`,
  'input.is-folder': (p) => `"${p.file}" is a folder, not an Excel file. Give the .xlsx file.`,
  'input.not-regular': (p) => `"${p.file}" is not a regular file (it is a device, a pipe or a socket). Give the .xlsx file.`,
  'input.too-large': (p, f) => `"${p.file}" is ${f.size(p.size)}, over the ${f.size(p.limit)} dti reads. Remove pictures or sheets you do not need, or split the workbook.`,
  'input.no-permission': (p) => `No permission to read "${p.file}". Ask for access or copy the file to your own folder.`,
  'input.cannot-read': (p) => `Cannot read "${p.file}". Check the path and the disk.`,
  'workbook.not-xlsx': (p) => `"${p.file}" is not an Excel .xlsx workbook. ${SAVE_AS_XLSX_EN}`,
  'workbook.old-xls': (p) => `"${p.file}" is an old-style Excel workbook (.xls, Excel 97–2003); dti reads only .xlsx. ${SAVE_AS_XLSX_EN}`,
  'workbook.encrypted': (p) =>
    `"${p.file}" is password-protected, so dti cannot read it. Open it in Excel, remove the password (File → Info → Protect Workbook → Encrypt with Password, clear it), save, and run again.`,
  'workbook.damaged': (p) => `Cannot read "${p.file}": it is a zip archive like an .xlsx but damaged or not an Excel workbook. ${SAVE_AS_XLSX_EN}`,
  'workbook.size-mismatch': (p) =>
    `Cannot read "${p.file}": it is damaged or was tampered with, since a part inside unpacks to another size than the file records. Ask for the original file again, or open it in Excel and save it again.`,
  'workbook.checksum': (p) =>
    `Cannot read "${p.file}": it is damaged, since the data of a part inside does not match the checksum (CRC) the file records (an incomplete copy, or damage on disk). Ask for the original file again, or open it in Excel and save it again.`,
  'workbook.duplicate': (p) =>
    `Cannot read "${p.file}": it is damaged or was tampered with, since two parts inside have one name, so programs may read different data from it. Ask for the original file again.`,
  'workbook.damaged-sheet': (p) =>
    `Cannot read "${p.file}": the workbook is damaged, since the sheet "${p.sheet}" is in its list of sheets but ${SHEET_DAMAGE_EN[p.damage]}. Open it in Excel and save it again, or ask for the original file.`,
  'workbook.unsupported': (p) => `Cannot read "${p.file}": the zip is encrypted or compressed in a way Excel does not use. ${SAVE_AS_XLSX_EN}`,
  'workbook.too-many-parts': (p, f) =>
    `"${p.file}" holds ${f.count(p.count)} parts, over the ${f.count(p.limit)} dti reads; a workbook usually has a few dozen. Check where the file came from, or open it in Excel and save it again.`,
  'workbook.too-large': (p, f) =>
    `"${p.file}" unpacks to ${f.size(p.size)}, over the ${f.size(p.limit)} dti reads. It may be a "zip bomb" or simply too large: check where it came from, or split the workbook.`,
  'workbook.part-too-large': (p, f) =>
    `"${p.file}" has a part that unpacks to ${f.size(p.size)}, over the ${f.size(p.limit)} limit for one part. Split the large sheet into several sheets or workbooks.`,
  'output.same-as-input': (p) =>
    `The output "${p.file}" is the input file "${p.input}" (the same file, perhaps through a link); the input is never modified. Choose another name for the output.`,
  'output.exists': (p) => `"${p.file}" exists. Add --force to replace it, or choose another name.`,
  'output.is-folder': (p) => `"${p.file}" is a folder. Give a file name too, e.g. "${p.folder}/report.xlsx".`,
  'output.not-regular': (p) => `"${p.file}" is not a regular file (it is a device, a pipe or a socket); dti writes only regular files. Choose another file name.`,
  'output.parent-not-folder': (p) => `Cannot write "${p.file}": "${p.parent}" is a file, not a folder. Check the path.`,
  'output.cannot-create-folder': (p) => `Cannot create the folder "${p.folder}" for the output. Choose an existing folder you may write to.`,
  'output.disk-full': (p) => `The disk is full, so "${p.file}" was not written; any earlier file of that name is untouched. Free some space and run again.`,
  'output.no-permission': (p) =>
    `No permission to write "${p.file}" (a read-only folder, missing rights, or the file is open in another program); any earlier file of that name is untouched. Close the file or choose another folder and run again.`,
  'output.name-too-long': (p) => `The file name "${p.file}" is too long. Choose a shorter name.`,
  'output.cannot-write': (p) => `Cannot write "${p.file}"; any earlier file of that name is untouched. Check the disk and the path and run again.`,
  'status.needs-out': () => 'Missing --out NEW.xlsx (the input is never modified).',
  'status.no-table': (p) => ['No table to add status columns to.', ...p.skipped.map((l) => `  ${l.en}`)].join('\n'),
  'status.foreign-cells': (p) =>
    `These cells hold data DTI did not write, where the status columns go: ${p.cells}${p.more > 0 ? ` …(+${p.more})` : ''}. Nothing was written; clear or move them in Excel and run again.`,
  'status.added-plain': (p) =>
    `Added the ${p.year}-${String(p.month).padStart(2, '0')} status columns (plain formulas, they open anywhere) for ${p.rows} indicators on ${p.sheets}, written to ${p.file}.`,
  'status.added-dti': (p) =>
    `Added the ${p.year}-${String(p.month).padStart(2, '0')} status columns (DTI formulas, they need the add-in) for ${p.rows} indicators on ${p.sheets}, written to ${p.file}.`,
  'status.bad-formulas': (p) => `Invalid --formulas "${p.text}"; use plain or dti.`,
  'cli.bad-lang': (p) => `Language "${p.text}" is not supported; use vi or en.`,
  'cli.missing-file': (p) => `Missing the .xlsx file for "${p.command}".`,
  'cli.unknown-command': (p) => `Unknown command "${p.command}".\n${p.usage.en}`,
  'cli.unexpected': () => 'Unexpected error in dti. Please report it, with the file and the detail line below.',
  'cli.error-line': (p) => `Error: ${p.text.en}`,
  'cli.detail-line': (p) => `Detail: ${p.detail}`,
  'cli.missing-month': () => 'Missing the reporting month: --month YYYY-MM (e.g. --month 2026-11).',
  'cli.bad-month': (p) => `Invalid month "${p.text}"; use YYYY-MM, e.g. 2026-11.`,
  'cli.no-such-sheet': (p) => `No sheet named "${p.sheet}". Sheets: ${p.sheets}.`,
  'cli.using-saved-mapping': () => 'Using the column mapping saved in the workbook.',
  'cli.output-was-link': (p) => `"${p.file}" was a link to "${p.pointed}": the link was replaced by the new file, and "${p.pointed}" is unchanged.`,
  'values-copy.needs-out': () => 'Missing --out COPY.xlsx.',
  'values-copy.wrote': (p) => `Wrote ${p.file}: ${p.replaced} DTI formula cells replaced by their values.`,
  'target.missing-text': () => 'Missing target text: dti target "Đạt tối thiểu 70%"',
  'target.read-as': (p) => `Read as: ${p.description}`,
  'target.cannot-read': (p) => `Cannot read: ${p.description}`,
  'check.sheet-line': (p) => `Sheet "${p.sheet}": ${plural(p.indicators, 'indicator', 'indicators')}, ${plural(p.tables, 'table', 'tables')}`,
  'check.problems-heading': (p) => `Problems: ${p.count}`,
  'check.totals': (p) => `${plural(p.errors, 'error', 'errors')}, ${plural(p.warnings, 'warning', 'warnings')}.`,
  'check.table-line': (p, f) => `Table ${p.index}${p.title ? ` ("${p.title}")` : ''}: header row ${p.rows}, confidence ${f.pct(p.confidence, 0)}`,
  'check.month-column': (p) => `Month ${p.month}${p.year ? `/${p.year}` : ''}`,
  'problem.severity': (p) => SEVERITY_EN[p.severity],
  'month.sheet-twice': (p, f) => `Several sheets hold ${f.month(p.month)}: "${p.chosen}" (the last one) was read, ${p.others} left out. Delete or hide the sheet not in use.`,
  'month.sheet-copy-of-months': (p, f) => `Sheet "${p.sheet}" holds the same indicators as the month sheets; the ${f.month(p.month)} report reads "${p.read}".`,
  'month.sheet-copy-of-sheet': (p, f) => `Sheet "${p.sheet}" holds the same indicators as sheet "${p.read}"; the ${f.month(p.month)} report reads "${p.read}".`,
  'coverage.no-table': () => 'No indicator table found in the file. Run "dti check" for details.',
  'coverage.no-month-sheet': (p, f) =>
    `No sheet for ${f.month(p.month)}. Month sheets in the file: ${p.have}. Copy last month's sheet, name it "T${p.month.month}" and fill in the results.`,
  'coverage.no-month-column': (p, f) => `No result column for ${f.month(p.month)}. Months in the file: ${p.have}.`,
  'coverage.no-year': (p) => `No indicator table for ${p.year}${p.years ? ` (the tables in the file plan for ${p.years})` : ''}.`,
  'form.row-changed': (p) => `Row ${p.row} was changed (the form as sent said "${p.sent}"): it is not merged.`,
  'form.row-added': (p) => `Row ${p.row} was added to the form: only the indicators sent are merged, not this row.`,
  'form.not-a-form': () => "The file is neither a form DTI made nor a sheet of the month in the tracker's layout: not merged.",
  'plan.targets-from-plan': (p) =>
    `Sheet "${p.sheet}" has no target column: targets are taken from sheet "${p.plan}" (${p.matched} of ${p.rows} rows matched by section, id and name).`,
  'plan.plain-unread': (p) =>
    `${plural(p.count, 'result', 'results')} DTI reads that plain formulas will show as "Không đọc được": ${p.list}. Write them plainly ("85%", "7/9"; notes in another column) and add the columns again, or use DTI formulas.`,
  'report.bad-number': (p) => `Invalid report number "${p.text}": give the number in the register only, e.g. 05.`,
  'excel.row-too-large': (p, f) =>
    `Row ${p.row} of "${p.sheet}" is too large to send to Excel in one request (about ${f.num(p.bytes / 1_000_000, 1)} MB; at most ${f.num(p.budget / 1_000_000, 1)} MB): some cell holds very long text. Nothing was written. Shorten the longest cells and try again.`,
  'blocked.sheet-exists': (p) => `A sheet named "${p.sheet}" exists; it is not replaced.`,
  'blocked.sheet-not-ours': (p) => `The sheet "${p.sheet}" was not made by DTI; it is not replaced.`,
  'blocked.sheet-missing': (p) => `There is no sheet named "${p.sheet}" any more (it may have been renamed or deleted); nothing was written. Check again and retry.`,
  'blocked.sheet-protected': (p) => `The sheet "${p.sheet}" is protected. Unprotect it (Review → Unprotect Sheet) and try again.`,
  'blocked.structure-protected': () => 'The workbook structure is protected, so no sheet can be added. Unprotect the workbook and try again.',
  'blocked.cell-not-empty': (p) => `Cell ${p.address} on "${p.sheet}" holds data DTI did not write; it was not overwritten.`,
  'blocked.table-overlap': (p) =>
    `The status columns on "${p.sheet}" would fall inside the Excel table "${p.table}". Convert it to a range (Table Design → Convert to Range) or leave the columns right of it empty.`,
  'blocked.filtered': (p) => `The sheet "${p.sheet}" has an active filter (${p.range}). Clear it (Data → Clear) and try again, so no hidden row is written.`,
  'blocked.split-formula': (p) =>
    `Cell ${p.address} on "${p.sheet}" belongs to an array or shared formula spanning cells this write only partly replaces; DTI does not split such a formula. Re-enter (or clear) those cells in Excel and try again.`,
  'blocked.record-newer': () =>
    'This workbook holds a DTI record written by a newer version of DTI, so this version does not write over it; nothing was written. Update DTI (the add-in and the dti command) and try again.',
  'blocked.record-damaged': () =>
    'The DTI record in the workbook (column mapping, the sheets DTI made) is damaged, so DTI does not write over it; nothing was written. Use a copy of the workbook from before the damage, or copy the sheets into a new workbook and try again.',
  'merge.other-month': (p) => `The form is for ${p.formMonth}, not ${p.month}: not merged.`,
  'merge.other-plan': () => 'The form was made from another plan (its indicators do not match this tracker): not merged. Make the forms again from this tracker.',
  'merge.indicator-gone': (p) => `The indicator "${p.label}" is no longer in the tracker: not merged.`,
  'merge.formula-cell': (p) => `Cell ${p.cell} of the tracker holds a formula: not overwritten.`,
  'merge.two-counts': (p) => `The tracker keeps "${p.label}" as two counts: enter it by hand.`,
  'merge.no-month-column': (p, f) => `The tracker has no ${f.month(p.month)} result column for "${p.label}": add the month's column (or sheet) and merge again.`,
  'merge.result-unreadable': (p) => `The result "${p.result}" of "${p.label}": ${p.reason.en}`,
  'merge.evidence-without-result': (p) => `Evidence but no result for "${p.label}": not merged.`,
  'merge.bad-prefer': (p) => `--prefer takes only "form" (the form's figure wins where it differs from the tracker), not "${p.text}".`,
  'merge.missing-forms': () => 'Missing the form files: dti merge TRACKER.xlsx FORM.xlsx… --month YYYY-MM --out OUT.xlsx',
  'merge.missing-out': () => 'Missing the output file: --out NEW.xlsx (the tracker itself is never written).',
  'merge.wrote': (p) => `Wrote the tracker with the forms merged to ${p.file} (the original is unchanged).`,
  'merge.bad-deadline-day': (p) => `--han-nop "${p.text}" is not valid: give a day from 1 to 28, e.g. --han-nop 20.`,
  'merge.conflicts': (p) => `${plural(p.count, 'cell differs', 'cells differ')} from what the tracker holds:`,
  'merge.conflict-line': (p) => `${p.at} [${p.indicator}]: tracker "${p.existing}" ≠ ${p.source} "${p.incoming}"`,
  'merge.stopped': () => "Nothing was written. Fix the tracker or the form and merge again, or run again with --prefer form to take the forms' figures.",
  'merge.forms-preferred': () => "The forms' figures were taken (--prefer form).",
  'merge.not-merged-line': (p) => `Not merged: ${p.where}: ${p.reason.en}`,
  'merge.nothing-changed': (p, f) => `No cell changed (${f.month(p.month)}).`,
  'merge.changed': (p) => `Merged ${plural(p.count, 'cell', 'cells')}:`,
  'merge.note-line': (p) => `Note ${p.where}: ${p.note}`,
  'forms.missing-out-dir': () => 'Missing the folder for the forms: --out-dir FOLDER (e.g. --out-dir forms-11).',
  'forms.no-owner': (p, f) => `No indicator of ${f.month(p.month)} names an owning unit: no form can be made. Check the owner column (dti check).`,
  'forms.form-line': (p) => `${p.file}: ${p.unit} (${plural(p.count, 'indicator', 'indicators')})`,
  'forms.made': (p, f) => `Made ${plural(p.count, 'monthly form', 'monthly forms')} for ${f.month(p.month)}:`,
  'forms.unowned': (p) => `${p.count === 1 ? '1 indicator names' : `${p.count} indicators name`} no owning unit, so ${p.count === 1 ? 'it is' : 'they are'} on no form: ${p.list}.`,
  'forms.no-month-column': (p, f) => `Note: the tracker has no result column (or sheet) for ${f.month(p.month)} yet; add it before merging the forms.`,
  'column.owned': (p) => OWNED_HEADER_EN[p.column],
  'status.table-empty': (p) => `The table on sheet "${p.sheet}" has no indicators yet.`,
  'status.no-month-column': (p, f) => `The table on sheet "${p.sheet}" has no result column for ${f.month(p.month)}.`,
  'status.no-result-column': (p) => `The table on sheet "${p.sheet}" has no result column. Choose it under Mapping.`,
  'form-rule.share': () => 'Enter a percentage from 0% to 100%, e.g. 85%.',
  'form-rule.count-of': (p, f) => `Enter a number from 0 to ${f.num(p.of)}.`,
  'form-rule.not-negative': () => 'Enter a number, not negative.',
  'form-rule.one-of': (p) => `Choose one of: ${p.values.map((v) => `"${v}"`).join(', ')}.`,
  'form-rule.yes-no': () => 'Choose "Đạt" (met) or "Chưa đạt" (not met).',
  'package.damaged': () => 'The .xlsx file is damaged. Open it in Excel and save it again.',
  'package.ambiguous': (p) =>
    `The .xlsx file is damaged or was tampered with: two parts inside have one name (${p.names}), so programs may read different data from it; nothing was written. Ask for the original file again.`,
  'package.checksum': (p) =>
    `The .xlsx file is damaged: the data of the part "${p.part}" does not match the checksum (CRC) the file records (an incomplete copy, or damage on disk), so it is neither read nor copied into the output; nothing was written. Ask for the original file again, or open it in Excel and save it again.`,
  'package.too-large-to-write': () => 'The file is too large to write.',
  'package.not-stylesheet': (p) => `The part "${p.part}" is not a SpreadsheetML stylesheet.`,
  'package.no-content-types': () => 'The file has no [Content_Types].xml part.',
  'package.cannot-open': () => 'Cannot open the .xlsx package.',
  'package.bad-xml': (p) => `The part "${p.part}" of the file is not well-formed XML.`,
  'package.not-workbook': (p) => `The part "${p.part}" is not a SpreadsheetML workbook.`,
  'package.no-workbook': () => 'The file has no workbook part (xl/workbook.xml).',
  'excel.error': (p) => EXCEL_ERROR_EN[p.code],
  'excel.mapping-invalid': () => 'The mapping is not valid, so it was not saved.',
  'excel.no-custom-xml': () => 'This version of Excel cannot keep the mapping in the file.',
  'excel.settings-not-saved': () => 'Could not save the document settings.',
  'excel.bad-address': (p) => `Invalid cell address: ${p.address}`,
  'target.op': (p) => OP_EN[p.op],
  'target.kind': (p) => KIND_EN[p.kind],
  'record.damaged-xml': () => 'The DTI record in the workbook is damaged (its XML cannot be read)',
  'record.newer': (p) => `The DTI record was written by a newer version of DTI (version ${p.version}); update DTI`,
  'record.not-json': () => 'The saved mapping is not JSON',
  'record.invalid': (p, f) => `Invalid saved mapping${where(p.path)}: ${problem(p.problem, f)}`,
  'form-record.damaged-xml': () => 'its XML cannot be read',
  'form-record.not-json': () => 'the form record is not JSON',
  'form-record.invalid': (p, f) => `the form record is invalid${where(p.path)}: ${problem(p.problem, f)}`,
  'form-record.damaged-not-merged': (p) => `The form's record is damaged (${p.reason.en}): not merged.`,
  'mapping.ignored': (p) => `Ignoring the saved mapping: ${p.reason.en}`,
};
