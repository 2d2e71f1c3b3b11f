import { execFileSync } from 'child_process';
import { join } from 'path';
import { dti } from '../helpers/run-dti';

describe('dti target', () => {
  it.each([
    ['Đạt tối thiểu 70%', { ok: true, kind: 'percent', op: '>=', value: 0.7 }],
    ['Trên 80%', { ok: true, kind: 'percent', op: '>', value: 0.8 }],
    ['9/9 nền tảng', { ok: true, kind: 'count', op: '>=', value: 9, of: 9 }],
    ['01 doanh nghiệp/1.000 dân', { ok: true, kind: 'rate', op: '>=', value: 1, per: 1000 }],
    ['Đạt', { ok: true, kind: 'boolean', op: '=', value: true }],
    ['Không quá 5%', { ok: true, kind: 'percent', op: '<=', value: 0.05 }],
  ])('prints the JSON contract for "%s"', async (text, expected) => {
    const run = await dti('target', text, '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out)).toEqual(expect.objectContaining({ ...expected, text }));
  });

  it('explains an unreadable target with ok:false and exit code 1', async () => {
    const run = await dti('target', 'tăng cường', '--json');
    expect(run.code).toBe(1);
    const json = JSON.parse(run.out);
    expect(json.ok).toBe(false);
    expect(json.error.length).toBeGreaterThan(10);
  });

  it('says how it reads a target in words, in Vietnamese and in English', async () => {
    expect((await dti('target', 'Đạt tối thiểu 70%')).out).toBe('Hiểu là: tối thiểu 70% (tỷ lệ)\n');
    expect((await dti('target', 'Trên 80%', '--lang', 'en')).out).toBe('Read as: above 80% (share)\n');
  });

  it('reads a plain number as a share when the unit is %', async () => {
    const run = await dti('target', '80', '--unit', '%', '--json');
    expect(JSON.parse(run.out)).toMatchObject({ kind: 'percent', value: 0.8 });
  });

  it('rejects an unknown language and an unknown command with the usage', async () => {
    expect((await dti('target', 'Đạt', '--lang', 'fr')).code).toBe(2);
    const run = await dti('frobnicate');
    expect(run.code).toBe(2);
    expect(run.err).toContain('dti summary');
  });

  it('starts without any workbook library: the only packages the process loads are the TypeScript runner\'s', () => {
    // `dti target` in a process of its own (run from source: tsx and esbuild are its loader), then the packages in require.cache.
    const script = `require('./src/cli/main').runCli(['target', '≥ 80%'], { out() {}, err() {}, cwd: process.cwd() }).then(() => {
      const names = Object.keys(require.cache).filter((k) => k.includes('node_modules')).map((k) => k.split('node_modules/').pop().split('/')[0]);
      process.stdout.write(JSON.stringify([...new Set(names)].sort()));
    });`;
    const loaded = JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: join(__dirname, '..', '..'), encoding: 'utf8' })) as string[];
    expect(loaded).toEqual(['esbuild', 'tsx']);
  });
});
