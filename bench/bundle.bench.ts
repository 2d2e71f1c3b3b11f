/**
 * What the task pane downloads and parses when it opens, from a production
 * build's own statistics (webpack --json): boot.js plus every chunk of the
 * group boot.ts loads for the pane (import('./pane')). Goal: at most 400 KiB
 * minified; what loads later, on demand (the screens after the first, the
 * commands, the report, the copy for sending, the monthly forms), is listed
 * beside it. functions.js is not counted: it runs for the DTI.* functions
 * before the pane exists. No source map may be in dist/.
 * Run: npx tsx bench/bundle.bench.ts  (one production build: about a minute)
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { type BuildStats, paneLoad } from '../kit/bundle-stats';
import { runBench } from './paired';

const ROOT = resolve(__dirname, '..');
export const PANE_OPEN_GOAL_KIB = 400;

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KiB`;

export async function main(): Promise<boolean> {
  const tmp = mkdtempSync(join(tmpdir(), 'dti-bundle-'));
  try {
    const out = join(tmp, 'dist');
    const statsFile = join(tmp, 'stats.json');
    const webpack = join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
    const env = { ...process.env, DTI_OUTPUT_DIR: out, DTI_URL_PROD: 'https://bench.test/' };
    // The add-in alone (the web page is a compilation of its own): one set of statistics.
    const r = spawnSync(process.execPath, [webpack, '--mode', 'production', '--env', 'addinOnly', `--json=${statsFile}`], { cwd: ROOT, env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
    const load = paneLoad(JSON.parse(readFileSync(statsFile, 'utf8')) as BuildStats, out);
    const total = load.openingBytes;
    console.log('Scripts run when the pane opens (minified):');
    for (const o of load.opening) console.log(`  ${o.file.padEnd(28)} ${kib(o.bytes)}`);
    console.log('Loaded later, when used (prefetched in idle time: the screens, the commands, the write path):');
    for (const l of load.later) console.log(`  ${l.name.padEnd(28)} ${kib(l.bytes)} (${l.files.join(', ')})`);
    const pass = total <= PANE_OPEN_GOAL_KIB * 1024;
    console.log(`${pass ? 'PASS' : 'FAIL'} pane opening scripts ${kib(total)} ÷ ${PANE_OPEN_GOAL_KIB} KiB = ${(total / (PANE_OPEN_GOAL_KIB * 1024)).toFixed(2)} (goal ≤ 1)`);
    const maps = readdirSync(out).filter((f) => f.endsWith('.map'));
    console.log(`${maps.length === 0 ? 'PASS' : 'FAIL'} no source map in dist/ (${maps.length} found)`);
    return pass && maps.length === 0;
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) runBench(main);
