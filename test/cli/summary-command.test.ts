import { readFileSync } from 'fs';
import { planSheet } from '../helpers/plan-fixture';
import { dti } from '../helpers/run-dti';
import { writeWorkbook } from '../helpers/workbook';

interface Row {
  id: string;
  status: string;
  actual: number | boolean | null;
  previous: number | boolean | null;
  change: number | null;
  gap: number | null;
  progress: number | null;
  owner: string;
  deadline: string;
  row: number;
  sheet: string;
  target: { ok: boolean; kind?: string; op?: string; value?: unknown };
}

describe('dti summary --json on a typed plan with October and November results', () => {
  let json: { month: string; indicators: Row[]; totals: Record<string, number>; problems: Array<{ cell: string; severity: string }> };
  let byId: Map<string, Row>;

  beforeAll(async () => {
    const file = await writeWorkbook({ 'Kế hoạch': planSheet() });
    const run = await dti('summary', file, '--month', '2026-11', '--json');
    expect(run.code).toBe(0);
    json = JSON.parse(run.out);
    byId = new Map(json.indicators.map((i) => [i.id, i]));
  });

  it('reports the month and the totals', () => {
    expect(json.month).toBe('2026-11');
    expect(json.totals).toEqual({ met: 3, not_met: 3, no_data: 1, invalid: 1 });
  });

  it.each([
    // id, status, actual, previous, change, gap
    ['1', 'met', 0.72, 0.65, 0.07, 0.02],
    ['2', 'not_met', 0.8, 0.8, 0, 0], // "Trên 80%" is strict: 80% is not enough
    ['3', 'not_met', 7, 6, 1, -2], // 7 of 9 platforms
    ['4', 'met', 1.2, 0.8, 0.4, 0.2], // per 1,000 inhabitants, "1,2" typed as text
    ['6', 'not_met', 0.06, 0.07, -0.01, -0.01], // "Không quá 5%": 6% is one point too many
  ])('indicator %s is %s with actual %p, previous %p, change %p, gap %p', (id, status, actual, previous, change, gap) => {
    const row = byId.get(id)!;
    expect(row.status).toBe(status);
    expect(row.actual).toBeCloseTo(actual, 9);
    expect(row.previous).toBeCloseTo(previous, 9);
    expect(row.change).toBeCloseTo(change, 9);
    expect(row.gap).toBeCloseTo(gap, 9);
  });

  it('reads yes/no indicators as booleans and leaves their gap empty', () => {
    expect(byId.get('5')).toMatchObject({ status: 'met', actual: true, previous: false, change: null, gap: null, progress: 1 });
  });

  it('says "no data" for an empty month cell and "invalid" for an unreadable one, with the cell named', () => {
    expect(byId.get('7')).toMatchObject({ status: 'no_data', actual: null, gap: null });
    expect(byId.get('8')).toMatchObject({ status: 'invalid', actual: null });
    expect(json.problems).toContainEqual(expect.objectContaining({ cell: 'H10', severity: 'error' }));
  });

  it('keeps the contract fields: sheet, 1-based row, owner, deadline and the target object', () => {
    expect(byId.get('1')).toMatchObject({
      sheet: 'Kế hoạch',
      row: 3,
      owner: 'Trung tâm Phục vụ hành chính công',
      deadline: 'Tháng 12/2026',
      target: { ok: true, kind: 'percent', op: '>=', value: 0.7 },
    });
    expect(byId.get('3')!.target).toMatchObject({ kind: 'count', value: 9, of: 9 });
    expect(byId.get('4')!.target).toMatchObject({ kind: 'rate', value: 1, per: 1000 });
    expect(byId.get('5')!.target).toMatchObject({ kind: 'boolean', op: '=', value: true });
  });
});

describe('dti summary as text', () => {
  it('prints a table in Vietnamese with the totals line, and in English with --lang en', async () => {
    const file = await writeWorkbook({ 'Kế hoạch': planSheet() });
    const vi = await dti('summary', file, '--month', '2026-11');
    expect(vi.out).toContain('Tháng 11/2026: 3 đạt, 3 chưa đạt, 1 chưa có số liệu, 1 không đọc được (tổng 8).');
    expect(vi.out).toMatch(/6\s+Tỷ lệ hồ sơ trả kết quả trễ hạn\s+Không quá 5%\s+7%\s+6%\s+−1 điểm %\s+Chưa đạt/);
    const en = await dti('summary', file, '--month', '2026-11', '--lang', 'en');
    expect(en.out).toContain('2026-11: 3 met, 3 not met, 1 no data, 1 unreadable (8 in all).');
  });

  it('takes the month before from the previous month column (October for November)', async () => {
    const file = await writeWorkbook({ 'Kế hoạch': planSheet() });
    const run = await dti('summary', file, '--month', '2026-10', '--json');
    const rows: Row[] = JSON.parse(run.out).indicators;
    expect(rows.find((r) => r.id === '1')).toMatchObject({ actual: 0.65, previous: null, change: null, status: 'not_met' });
  });
});

describe('dti summary errors', () => {
  it('names the months the file has when the asked month has no column', async () => {
    const file = await writeWorkbook({ 'Kế hoạch': planSheet() });
    const run = await dti('summary', file, '--month', '2026-12');
    expect(run.code).toBe(1);
    expect(run.err).toContain('Không có cột kết quả cho tháng 12/2026. Các tháng có trong tệp: 10/2026, 11/2026.');
  });

  it('explains a missing or malformed month', async () => {
    const file = await writeWorkbook({ 'Kế hoạch': planSheet() });
    expect((await dti('summary', file)).err).toContain('--month YYYY-MM');
    const bad = await dti('summary', file, '--month', '11/2026', '--lang', 'en');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('Invalid month "11/2026"');
  });

  it('names the sheets when --sheet names none of them', async () => {
    const file = await writeWorkbook({ 'Kế hoạch': planSheet() });
    const run = await dti('summary', file, '--month', '2026-11', '--sheet', 'Không có');
    expect(run.code).toBe(2);
    expect(run.err).toContain('Các trang tính: "Kế hoạch"');
  });

  it('leaves the input file byte-identical', async () => {
    const file = await writeWorkbook({ 'Kế hoạch': planSheet() });
    const before = readFileSync(file);
    await dti('summary', file, '--month', '2026-11', '--json');
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
