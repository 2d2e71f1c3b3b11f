/**
 * How soon the DTI.* functions register on the shared page, in Chromium with the CPU
 * slowed down (CDP Emulation.setCPUThrottlingRate), for three pages:
 * - now: the built taskpane.html (functions.js first, the pane's chunk loaded only when
 *   the pane is shown);
 * - floor: the same page without boot.js (office.js and functions.js alone), what the
 *   functions would cost if there were no pane at all;
 * - before issue 10: a build with the whole pane in the page's first script and
 *   functions.js after it (webpack.config.js with DTI_BENCH_PANE_FIRST=1).
 * A fake CustomFunctions records the time of each registration on the page's clock.
 * Goal: at 4× slowdown, registration waits for nothing of the pane: now ≤ 1.2 × floor
 * (medians); the former layout is printed beside them.
 * Run: npx tsx bench/registration.bench.ts  (two production builds first: a few minutes;
 * DTI_BENCH_BUILDS=<folder> keeps them there and reuses them on the next run)
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'fs';
import { createServer, type Server } from 'http';
import type { AddressInfo } from 'net';
import { tmpdir } from 'os';
import { extname, join, normalize, resolve } from 'path';
import { chromium } from 'playwright-core';

const ROOT = resolve(__dirname, '..');
const OFFICE_DIST = join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const RUNS = 9;
const LAYOUTS = ['now', 'floor', 'before'] as const;
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
    // The floor page is the built page of now without boot.js.
    const root = first === 'office-js' ? OFFICE_DIST : first === 'floor' ? roots.now : roots[first];
    const file = root ? join(root, normalize(rest.join('/'))) : '';
    try {
      if (!root || !file.startsWith(root) || !statSync(file).isFile()) throw new Error('not found');
      let body: Buffer | string = readFileSync(file);
      if (file.endsWith('.html')) body = body.toString('utf8').replace(CDN, '/office-js/office.js');
      if (first === 'floor' && file.endsWith('.html')) body = body.toString().replace(/<script[^>]*boot\.js[^>]*><\/script>/, '');
      const type = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' }[extname(file)] ?? 'application/octet-stream';
      res.writeHead(200, { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': 'no-store' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

/**
 * office.js outside Excel puts its own `associate` on the object it finds; that assignment is ignored.
 * A string, not a function: tsx would add helpers to the function's text that the page does not have.
 */
const FAKE_CUSTOM_FUNCTIONS = `
  window.__DTI_ASSOCIATED__ = [];
  const associate = () => window.__DTI_ASSOCIATED__.push(performance.now());
  window.CustomFunctions = Object.defineProperty({}, 'associate', { get: () => associate, set: () => undefined });
`;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function main(): Promise<void> {
  const kept = process.env.DTI_BENCH_BUILDS;
  const tmp = kept ? resolve(kept) : mkdtempSync(join(tmpdir(), 'dti-registration-'));
  const profile = mkdtempSync(join(tmpdir(), 'dti-bench-chromium-'));
  try {
    const roots = { now: join(tmp, 'now'), before: join(tmp, 'before') };
    if (!existsSync(join(roots.now, 'taskpane.html')) || !existsSync(join(roots.before, 'taskpane.html'))) {
      console.log('building both layouts (production)…');
      build(roots.now, false);
      build(roots.before, true);
    }
    const { server, base } = await serve(roots);
    const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args: FLAGS });
    await context.route('https://**/*', (route) => route.abort());
    let failed = false;
    for (const rate of RATES) {
      const times: Record<(typeof LAYOUTS)[number], number[]> = { now: [], floor: [], before: [] };
      for (let i = 0; i < RUNS + 1; i++) {
        for (const layout of LAYOUTS) {
          const page = await context.newPage();
          const cdp = await context.newCDPSession(page);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate });
          await page.addInitScript(FAKE_CUSTOM_FUNCTIONS);
          page.on('pageerror', (e) => console.error(`${layout}: ${e.message}`));
          await page.goto(`${base}/${layout}/taskpane.html`);
          await page.waitForFunction('window.__DTI_ASSOCIATED__.length === 10', undefined, { timeout: 60_000 });
          const at = (await page.evaluate('Math.max(...window.__DTI_ASSOCIATED__)')) as number;
          if (i > 0) times[layout].push(at); // the first round warms up
          await page.close();
        }
      }
      const [now, floor, before] = LAYOUTS.map((l) => median(times[l]));
      const ok = rate < 4 || now! <= 1.2 * floor!;
      failed ||= !ok;
      console.log(
        `CPU ${rate}× slower (medians of ${RUNS}): functions registered at ${now!.toFixed(0)} ms; without any pane ${floor!.toFixed(0)} ms ` +
          `(ratio ${(now! / floor!).toFixed(2)}${rate >= 4 ? `, goal ≤ 1.2: ${ok ? 'PASS' : 'FAIL'}` : ''}); before issue 10 ${before!.toFixed(0)} ms`,
      );
    }
    await context.close();
    await new Promise((done) => server.close(done));
    if (failed) process.exitCode = 1;
  } finally {
    if (!kept) rmSync(tmp, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

if (require.main === module) void main();
