import { parseDeadline } from '../../src/core/deadline';
import { statusForMonth } from '../../src/core/status/month-status';
import { evaluate } from '../../src/core/status/evaluate';
import { readActual } from '../../src/core/status/read-actual';
import { parseTarget } from '../../src/core/target/parse-target';
import { findTargetInName } from '../../src/core/target/target-in-name';
import type { Target } from '../../src/core/target/types';
import { analyzeBuilt } from '../fixtures/analyze-layout';
import { buildLayout } from '../../kit/plans/layouts';
import { seed000 } from '../../kit/plans/seeds/seed000';
import { seed002 } from '../../kit/plans/seeds/seed002';

const pct = (text: string): Target => parseTarget(text) as Target;

describe('behaviours that were once wrong', () => {
  it('an STT cell merged over a wrapped row keeps its lines in one indicator (seed 002 pasted from Word)', async () => {
    const a = await analyzeBuilt(buildLayout(seed002, 'pasted'));
    expect(a.indicators).toHaveLength(18);
    expect(a.indicators[0]!.name).toBe('Tỷ lệ cung cấp DVCTT được cung cấp thành DVCTT toàn trình');
    expect(a.problems.filter((p) => p.code === 'target-missing')).toEqual([]);
  });

  it('a real date deadline is shown as a date, not as its serial number', async () => {
    const a = await analyzeBuilt(buildLayout(seed000, 'converted'));
    expect(statusForMonth(a, { year: 2026, month: 11 }).indicators[0]!.deadline).toMatch(/^\d{2}\/12\/2026$/);
  });

  it('"N/A" typed in capitals means nothing reported, like "n/a"', () => {
    expect(readActual('N/A', pct('≥ 80%'))).toEqual({ kind: 'empty' });
  });

  it('a huge result keeps a finite gap', () => {
    const count = parseTarget('≥ 80 điểm') as Target;
    expect(Number.isFinite(evaluate(count, readActual(1e308, count)).gap!)).toBe(true);
  });

  it('a share above 100% ("1.234%" typed for 12,34%) is unreadable, never met', () => {
    expect(evaluate(pct('≥ 80%'), readActual('1.234%', pct('≥ 80%')))).toMatchObject({ status: 'invalid', gap: null });
    expect(evaluate(pct('≥ 80%'), readActual(1e308, pct('≥ 80%')))).toMatchObject({ status: 'invalid' });
  });

  it('a serial beyond 31/12/9999 and an impossible day are no deadline', () => {
    expect(parseDeadline(100025570, 'dd/mm/yyyy')).toBeNull();
    expect(parseDeadline('31/02/2026')).toBeNull();
  });

  it('"… 70% đến năm 2030" written after the number is the horizon', () => {
    const f = findTargetInName('Nâng tỷ lệ chữ ký số cá nhân đạt 50% trong năm 2026 và 70% đến năm 2030');
    expect(f?.target).toMatchObject({ kind: 'percent', value: 0.5 });
    expect(f?.horizon).toMatchObject({ kind: 'percent', value: 0.7 });
  });

  it('a count cannot exceed its total, and a rate is not a percentage', () => {
    expect(readActual(12, pct('9/9 nền tảng'))).toMatchObject({ kind: 'invalid', code: 'over-total' });
    expect(readActual('80%', pct('01 doanh nghiệp/1.000 dân'))).toMatchObject({ kind: 'invalid', code: 'share-for-rate' });
  });
});
