/**
 * The web page (dist/web/index.html) on a generated plan of 10,000 indicators, in
 * Chromium from file://: the time to open and analyse it, to make the November
 * report, and the longest stall of the page's main thread meanwhile (a 50 ms
 * timer's longest gap), with the worker and with the worker taken away (the
 * page's fallback). Goal: with the worker, the longest stall is at most 0.3 × the
 * one without it (medians of alternating pairs): the page stays responsive. The
 * times are printed for the record.
 * Run: npx tsx bench/web.bench.ts  (a production build of the page first: a minute or two;
 * DTI_BENCH_BUILDS=<folder> keeps it there and reuses it on the next run)
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { pathToFileURL } from 'url';
import { type Browser, chromium } from 'playwright-core';
import { PLAN_SHEET, writePlan } from '../kit/plans/large-plan';
import { CHROMIUM, CHROMIUM_FLAGS } from '../kit/browser';
import { median, runBench } from './paired';

const ROOT = resolve(__dirname, '..');
const PAIRS = 3;
const GOAL = 0.3;

interface Run {
  openMs: number;
  reportMs: number;
  stallMs: number;
}

async function once(browser: Browser, page: string, plan: string, worker: boolean): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const tab = await context.newPage();
  if (!worker) await tab.addInitScript(() => delete (window as { Worker?: unknown }).Worker);
  await tab.goto(page);
  await tab.getByTestId('choose-file').waitFor();
  await tab.evaluate(() => {
    const w = window as unknown as { __gaps: number[] };
    w.__gaps = [];
    let last = performance.now();
    setInterval(() => {
      const now = performance.now();
      w.__gaps.push(now - last);
      last = now;
    }, 50);
  });
  let started = Date.now();
  await tab.getByTestId('file-input').setInputFiles(plan);
  await tab.getByTestId(`sheet-row-${PLAN_SHEET}`).waitFor({ timeout: 600_000 });
  const openMs = Date.now() - started;
  await tab.getByTestId('tab-report').click();
  await tab.getByTestId('commune').fill('xã Lộc Tấn');
  started = Date.now();
  await tab.getByTestId('make-report').click();
  await tab.getByText('Đã ghi báo cáo vào trang').waitFor({ timeout: 600_000 });
  const reportMs = Date.now() - started;
  const stallMs = Math.max(...((await tab.evaluate('window.__gaps')) as number[]));
  await context.close();
  return { openMs, reportMs, stallMs };
}

export async function main(): Promise<boolean> {
  const kept = process.env.DTI_BENCH_BUILDS;
  const tmp = mkdtempSync(join(tmpdir(), 'dti-web-bench-'));
  const out = kept ? resolve(kept, 'web-page') : join(tmp, 'build');
  const page = join(out, 'web', 'index.html');
  let browser: Browser | null = null;
  try {
    if (!existsSync(page)) {
      const webpack = join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
      const r = spawnSync(process.execPath, [webpack, '--config', 'webpack.web.config.js', '--mode', 'production'], { cwd: ROOT, env: { ...process.env, DTI_OUTPUT_DIR: out }, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
    }
    const plan = join(tmp, 'ke-hoach-10000.xlsx');
    await writePlan(plan, 10_000);
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
    const url = pathToFileURL(page).href;
    const withWorker: Run[] = [];
    const onPage: Run[] = [];
    for (let i = 0; i < PAIRS; i++) {
      // Alternating which goes first.
      for (const worker of i % 2 === 0 ? [true, false] : [false, true]) (worker ? withWorker : onPage).push(await once(browser, url, plan, worker));
    }
    const m = (runs: Run[], key: keyof Run): number => Math.round(median(runs.map((r) => r[key])));
    for (const [name, runs] of [['worker', withWorker], ['page only', onPage]] as const) {
      console.log(`${name.padEnd(10)} open ${m(runs, 'openMs')} ms, report ${m(runs, 'reportMs')} ms, longest main-thread stall ${m(runs, 'stallMs')} ms`);
    }
    const ratio = median(withWorker.map((r, i) => r.stallMs / onPage[i]!.stallMs));
    const pass = ratio <= GOAL;
    console.log(`${pass ? 'PASS' : 'FAIL'} longest stall with the worker ÷ without = ${ratio.toFixed(2)} (goal ≤ ${GOAL})`);
    return pass;
  } finally {
    await browser?.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) runBench(main);
