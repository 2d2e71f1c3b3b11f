/**
 * How soon the DTI.* functions register on the shared page, in Chromium with the CPU
 * slowed down (CDP Emulation.setCPUThrottlingRate), for two builds of the same code:
 * - now: functions.js first, the pane's chunk loaded only when the pane is shown;
 * - before issue 10: the whole pane in the page's first script, functions.js after it
 *   (webpack.config.js with DTI_BENCH_PANE_FIRST=1).
 * A fake CustomFunctions records the time of each registration on the page's clock.
 * Goal: at 4× slowdown the median is at most half of the former layout's.
 * Run: npx tsx bench/registration.bench.ts  (two production builds first: a few minutes)
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'fs';
import { createServer, type Server } from 'http';
import type { AddressInfo } from 'net';
import { tmpdir } from 'os';
import { extname, join, normalize, resolve } from 'path';
import { chromium } from 'playwright-core';

const ROOT = resolve(__dirname, '..');
const OFFICE_DIST = join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const RUNS = 7;
const RATES = [1, 4];

function build(out: string, paneFirst: boolean): void {
  const webpack = join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
  const env = { ...process.env, DTI_OUTPUT_DIR: out, DTI_URL_PROD: 'https://bench.test/', DTI_BENCH_PANE_FIRST: paneFirst ? '1' : '0' };
  const r = spawnSync(process.execPath, [webpack, '--mode', 'production'], { cwd: ROOT, env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
}

/** dist folders by name (/now/…, /before/…), office.js from the package; nothing cached between runs. */
function serve(roots: Record<string, string>): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const [, first = '', ...rest] = path.split('/');
    const root = first === 'office-js' ? OFFICE_DIST : roots[first];
    const file = root ? join(root, normalize(rest.join('/'))) : '';
    try {
      if (!root || !file.startsWith(root) || !statSync(file).isFile()) throw new Error('not found');
      let body: Buffer | string = readFileSync(file);
      if (file.endsWith('.html')) body = body.toString('utf8').replace(CDN, '/office-js/office.js');
      const type = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' }[extname(file)] ?? 'application/octet-stream';
      res.writeHead(200, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

/** office.js outside Excel puts its own `associate` on the object it finds; that assignment is ignored. */
function fakeCustomFunctions(): void {
  const w = window as unknown as { CustomFunctions: unknown; __DTI_ASSOCIATED__: number[] };
  w.__DTI_ASSOCIATED__ = [];
  const associate = (): number => w.__DTI_ASSOCIATED__.push(performance.now());
  w.CustomFunctions = Object.defineProperty({}, 'associate', { get: () => associate, set: () => undefined });
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function main(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'dti-registration-'));
  const profile = mkdtempSync(join(tmpdir(), 'dti-bench-chromium-'));
  try {
    const roots = { now: join(tmp, 'now'), before: join(tmp, 'before') };
    console.log('building both layouts (production)…');
    build(roots.now, false);
    build(roots.before, true);
    const { server, base } = await serve(roots);
    const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args: FLAGS });
    await context.route('https://**/*', (route) => route.abort());
    let failed = false;
    for (const rate of RATES) {
      const times: Record<'now' | 'before', number[]> = { now: [], before: [] };
      for (let i = 0; i < RUNS + 1; i++) {
        for (const layout of ['now', 'before'] as const) {
          const page = await context.newPage();
          const cdp = await context.newCDPSession(page);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate });
          await page.addInitScript(fakeCustomFunctions);
          await page.goto(`${base}/${layout}/taskpane.html`);
          await page.waitForFunction('window.__DTI_ASSOCIATED__.length === 10', undefined, { timeout: 60_000 });
          const at = (await page.evaluate('Math.max(...window.__DTI_ASSOCIATED__)')) as number;
          if (i > 0) times[layout].push(at); // the first round warms up
          await page.close();
        }
      }
      const now = median(times.now);
      const before = median(times.before);
      const ok = rate < 4 || now <= before / 2;
      failed ||= !ok;
      console.log(`CPU ${rate}× slower: functions registered at ${now.toFixed(0)} ms (median of ${RUNS}), before issue 10 at ${before.toFixed(0)} ms; ratio ${(now / before).toFixed(2)}${rate >= 4 ? ` (goal ≤ 0.5) ${ok ? 'OK' : 'SLOWER THAN GOAL'}` : ''}`);
    }
    await context.close();
    await new Promise((done) => server.close(done));
    if (failed) process.exitCode = 1;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

if (require.main === module) void main();
