/**
 * Every target form of DOMAIN.md, driven by test/fixtures/targets.json: a target cell read with
 * its row's unit, name and number format (parseTarget), or a target written inside the
 * indicator's name (findTargetInName), with the traps names are full of.
 */
import { parseTarget } from '../../src/core/target/parse-target';
import { findTargetInName } from '../../src/core/target/target-in-name';
import type { CellValue } from '../../src/core/grid';
import type { TargetParse } from '../../src/core/target/types';
import fixtures from '../fixtures/targets.json';

interface Expected {
  ok: boolean;
  kind?: string;
  op?: string;
  value?: number | boolean;
  of?: number;
  per?: number;
  perYear?: boolean;
  code?: string;
  horizon?: Expected;
  name?: string;
}
interface Case {
  where?: 'name';
  text: CellValue;
  unit?: string;
  name?: string;
  format?: string;
  expected: Expected;
  note: string;
}

const cases = fixtures as unknown as Case[];

/** The parts of a result the fixture names, so a diff shows only what matters. */
function shape(t: TargetParse, like: Expected): Expected {
  if (!t.ok) return { ok: false, code: t.code };
  const out: Expected = { ok: true, kind: t.kind, op: t.op, value: typeof t.value === 'number' ? Math.round(t.value * 1e9) / 1e9 : t.value };
  if (t.of !== undefined || like.of !== undefined) out.of = t.of as number;
  if (t.per !== undefined || like.per !== undefined) out.per = t.per as number;
  if (like.perYear !== undefined) out.perYear = t.perYear === true;
  return out;
}

const cellCases = cases.filter((c) => c.where !== 'name');
const nameCases = cases.filter((c) => c.where === 'name');

describe('parseTarget: a target cell', () => {
  it('covers the forms of the domain', () => {
    expect(cellCases.length).toBeGreaterThanOrEqual(60);
  });

  it.each(cellCases.map((c) => [`${JSON.stringify(c.text)}${c.unit ? ` (unit ${c.unit})` : ''}${c.format ? ` [${c.format}]` : ''} — ${c.note}`, c] as const))(
    '%s',
    (_, c) => {
      const got = parseTarget(c.text, {
        ...(c.unit !== undefined ? { unit: c.unit } : {}),
        ...(c.name !== undefined ? { name: c.name } : {}),
        ...(c.format !== undefined ? { format: c.format } : {}),
      });
      expect(shape(got, c.expected)).toEqual(c.expected);
      if (!got.ok) {
        // The user is told why, in both languages.
        expect(got.reason.vi.length).toBeGreaterThan(0);
        expect(got.reason.en.length).toBeGreaterThan(0);
      } else {
        if (typeof c.text === 'string') expect(got.text).toBe(c.text);
      }
    },
  );

  it('keeps the words after a percentage as its qualifier', () => {
    const t = parseTarget('100% hệ thống thông tin được phê duyệt cấp độ');
    expect(t).toMatchObject({ ok: true, qualifier: 'hệ thống thông tin được phê duyệt cấp độ' });
    expect(parseTarget('9/9 nền tảng theo hướng dẫn')).toMatchObject({ ok: true, unit: 'nền tảng' });
  });
});

describe('findTargetInName: a target written in the indicator name', () => {
  it.each(nameCases.map((c) => [`${String(c.text)} — ${c.note}`, c] as const))('%s', (_, c) => {
    const found = findTargetInName(String(c.text));
    if (!c.expected.ok) {
      expect(found).toBeNull();
      return;
    }
    expect(found).not.toBeNull();
    const { horizon, name, ...target } = c.expected;
    expect(shape(found!.target, target)).toEqual(target);
    if (horizon) expect(found!.horizon && shape(found!.horizon, horizon)).toEqual(horizon);
    else expect(found!.horizon).toBeUndefined();
    expect(found!.name).toBe(name);
  });
});
