/**
 * Whatever lands in a cell, the readers never throw and always answer in a usable shape: a
 * result, or a refusal with a reason in Vietnamese and English. Inputs: random text, and the
 * seeds' own target texts mutated (characters inserted, deleted, replaced; random Unicode; huge
 * numbers; "%%%"; "1.000.000,5/0").
 */
import fc from 'fast-check';
import { parseDeadline } from '../../src/core/deadline';
import type { CellValue } from '../../src/core/grid';
import { parseMonthHeader } from '../../src/core/months';
import { readActual } from '../../src/core/status/read-actual';
import { evaluate } from '../../src/core/status/evaluate';
import { parseTarget } from '../../src/core/target/parse-target';
import { findTargetInName } from '../../src/core/target/target-in-name';
import type { Target, TargetParse } from '../../src/core/target/types';
import fixtures from '../fixtures/targets.json';
import { seed000 } from '../../kit/plans/seeds/seed000';
import { seed001 } from '../../kit/plans/seeds/seed001';
import { seed002 } from '../../kit/plans/seeds/seed002';
import { seed004 } from '../../kit/plans/seeds/seed004';
import { indicatorRows, typedCell } from '../../kit/plans/seeds/types';

const RUNS = { numRuns: 400 };

/** Target and name texts from the seeds and the fixture file. */
const SEED_TEXTS: string[] = [
  ...new Set([
    ...[seed000, seed001, seed002, seed004].flatMap((plan) =>
      indicatorRows(plan).flatMap(({ table, row }) => {
        const cols = plan.tables[table]!.columns;
        return [cols.target, cols.horizonTarget, cols.name].flatMap((c) => (c === undefined ? [] : [typedCell(row, c) ?? '']));
      }),
    ),
    ...(fixtures as Array<{ text: unknown }>).flatMap((f) => (typeof f.text === 'string' ? [f.text] : [])),
  ]),
];

const NASTY = ['%%%', '1.000.000,5/0', '9/0', '0/0 nền tảng', '1e309', '99999999999999999999999%', '≥≥≥', '$\\geq$', '\\', '.', ',', '/', '-', '−', '…', '1..2', '1,,2', '٣٠٪', '８０％', '\u0000', '\uffff', '\ud800', 'Tháng 13/2026', 'T0', 'Quý V/2026', '31/02/2026', 'Trên', 'Đạt Đạt Đạt', '100% 100% 100%'];

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(...NASTY),
  fc.constantFrom(...SEED_TEXTS),
);

/** A seed text with characters inserted, deleted or replaced, or glued to something nasty. */
const mutated: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...SEED_TEXTS),
    fc.array(
      fc.tuple(
        fc.constantFrom('insert', 'delete', 'replace', 'append', 'prepend'),
        fc.nat(),
        fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }), fc.constantFrom(...NASTY), fc.constantFrom('%', '/', '.', ',', '0', '9', ' ', 'trên', 'dưới', '≥', '<')),
      ),
      { minLength: 1, maxLength: 5 },
    ),
  )
  .map(([text, edits]) => {
    let s = text;
    for (const [op, at, piece] of edits) {
      const i = s.length ? at % (s.length + 1) : 0;
      if (op === 'insert') s = s.slice(0, i) + piece + s.slice(i);
      else if (op === 'delete') s = s.slice(0, i) + s.slice(i + piece.length);
      else if (op === 'replace') s = s.slice(0, i) + piece + s.slice(i + piece.length);
      else if (op === 'append') s += piece;
      else s = piece + s;
    }
    return s;
  });

const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  anyText,
  mutated,
  // Numbers a cell can hold and a person can mean (up to a trillion; see the report for 1e308).
  fc.double({ noNaN: true, min: -1e12, max: 1e12 }),
  fc.integer({ min: -1e9, max: 1e9 }),
  fc.constantFrom(0, -0, 1e12, -1e12, 5e-324, 0.7, 80, 100, 1000, 46387, 2958465),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('#REF!', '#N/A', '#DIV/0!', '#VALUE!').map((error) => ({ error })),
);

const context = fc.record(
  {
    unit: fc.oneof(fc.constantFrom('%', 'Đạt', 'Dân số', 'Người', 'Chỉ số', 'Tỷ lệ', ''), anyText),
    name: fc.oneof(fc.constantFrom(...SEED_TEXTS), anyText),
    format: fc.constantFrom('0%', '0.0%', 'General', '@', 'dd/mm/yyyy', '0.00', '"%"0', '[Red]0%'),
  },
  { requiredKeys: [] },
);

function wellFormedTarget(t: TargetParse): void {
  if (t.ok) {
    expect(['percent', 'number', 'count', 'rate', 'boolean', 'qualitative']).toContain(t.kind);
    expect(['>=', '>', '<=', '<', '=']).toContain(t.op);
    if (typeof t.value === 'number') expect(Number.isFinite(t.value)).toBe(true);
    else expect(typeof t.value).toBe('boolean');
    if (t.of !== undefined) expect(Number.isFinite(t.of) && t.of > 0).toBe(true);
    if (t.per !== undefined) expect(Number.isFinite(t.per) && t.per > 0).toBe(true);
    expect(typeof t.text).toBe('string');
  } else {
    expect(typeof t.code).toBe('string');
    expect(t.reason.vi.trim().length).toBeGreaterThan(0);
    expect(t.reason.en.trim().length).toBeGreaterThan(0);
  }
}

const TARGETS: Target[] = ['≥ 80%', 'Trên 80%', 'Đạt trên 1%', 'Không quá 5%', '9/9 nền tảng', '01 doanh nghiệp/1.000 dân', '0.70', 'Tối thiểu 1.000 người'].map((s) => {
  const t = parseTarget(s);
  if (!t.ok) throw new Error(s);
  return t;
});
TARGETS.push(parseTarget('Đạt', { unit: 'Đạt' }) as Target, parseTarget('Có ứng dụng AI phục vụ người dân') as Target);

describe('never throws, always well-formed', () => {
  it('parseTarget on any cell value and row context', () => {
    fc.assert(fc.property(cellValue, context, (v, ctx) => wellFormedTarget(parseTarget(v, ctx))), RUNS);
  });

  it('parseTarget on mutated seed targets', () => {
    fc.assert(fc.property(mutated, (s) => wellFormedTarget(parseTarget(s, { unit: '%' }))), RUNS);
  });

  it('findTargetInName on random and mutated names', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, mutated), (name) => {
        const found = findTargetInName(name, { unit: null });
        if (found === null) return;
        expect(found.target.ok).toBe(true);
        wellFormedTarget(found.target);
        if (found.horizon) wellFormedTarget(found.horizon);
        expect(typeof found.name).toBe('string');
        expect(found.name.length).toBeGreaterThan(0);
      }),
      RUNS,
    );
  });

  it('readActual and evaluate on any result against every kind of target', () => {
    fc.assert(
      fc.property(cellValue, fc.constantFrom(...TARGETS), fc.option(fc.constantFrom('0%', '0.0%', 'General', '@'), { nil: undefined }), (v, t, format) => {
        const read = readActual(v, t, format ? { format } : {});
        expect(['empty', 'number', 'boolean', 'short', 'invalid']).toContain(read.kind);
        if (read.kind === 'number') expect(Number.isFinite(read.value)).toBe(true);
        if (read.kind === 'invalid') {
          expect(read.reason.vi.trim().length).toBeGreaterThan(0);
          expect(read.reason.en.trim().length).toBeGreaterThan(0);
        }
        const e = evaluate(t, read);
        expect(['met', 'not_met', 'no_data', 'invalid']).toContain(e.status);
        if (e.gap !== null) expect(Number.isFinite(e.gap)).toBe(true);
        if (e.score !== null) expect(e.score >= 0 && e.score <= 1).toBe(true);
      }),
      RUNS,
    );
  });

  it('parseDeadline on any cell value and format (dates up to 31/12/9999, the last Excel has)', () => {
    const deadlineValue = cellValue.filter((v) => typeof v !== 'number' || v <= 2958465);
    fc.assert(
      fc.property(deadlineValue, fc.option(fc.constantFrom('dd/mm/yyyy', 'mm/yyyy', 'General', '0%', 'h:mm'), { nil: undefined }), (v, format) => {
        const d = parseDeadline(v, format);
        if (d === null) return;
        expect(['month', 'ongoing', 'on-request']).toContain(d.kind);
        if (d.kind === 'month') {
          expect(d.due.month >= 1 && d.due.month <= 12).toBe(true);
          expect(Number.isInteger(d.due.year)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('parseMonthHeader on any header text', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, mutated, fc.constantFrom('Tháng 11/2026', 'T11', 'T13/2026', 'Tháng 0', '2026-11', 'Kế hoạch tháng 11')), (h) => {
        const m = parseMonthHeader(h);
        if (m === null) return;
        expect(m.month >= 1 && m.month <= 12).toBe(true);
        if (m.year !== null) expect(m.year >= 1900 && m.year <= 2099).toBe(true);
      }),
      RUNS,
    );
  });
});
