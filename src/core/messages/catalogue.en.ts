import type { Catalogue } from './catalogue';
import type { ArgName, SchemaProblem } from './params';

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

export const en: Catalogue = {
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
  'formula.unclear-scale': (p, f) => {
    const [tv, pct, av] = [f.num(p.target, 4), f.pct(p.target, 2), f.num(p.actual, 4)];
    return `The target ${tv} may be the share ${pct} or the number ${tv} (the result is ${av}). Write the target as "${pct}" or give a unit (e.g. "%" or "points").`;
  },
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
