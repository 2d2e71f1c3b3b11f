/**
 * What the task pane downloads and parses when it opens, from a production
 * build's own statistics (webpack --json): boot.js plus every chunk of the
 * group boot.ts loads for the pane (import('./pane')). Goal: at most 400 KiB
 * minified; what loads later, on demand (the report, the copy for sending, the
 * monthly forms), is listed beside it. functions.js is not counted: it runs for
 * the DTI.* functions before the pane exists. No source map may be in dist/.
 * Run: npx tsx bench/bundle.bench.ts  (one production build: about a minute)
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { runBench } from './paired';

const ROOT = resolve(__dirname, '..');
export const PANE_OPEN_GOAL_KIB = 400;

interface ChunkGroup {
  chunks: Array<string | number>;
  assets?: Array<{ name: string }>;
}
interface Stats {
  chunks: Array<{ id: string | number; files: string[]; names: string[] }>;
  namedChunkGroups: Record<string, ChunkGroup>;
}

const kib = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KiB`;

export async function main(): Promise<boolean> {
  const tmp = mkdtempSync(join(tmpdir(), 'dti-bundle-'));
  try {
    const out = join(tmp, 'dist');
    const statsFile = join(tmp, 'stats.json');
    const webpack = join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
    const env = { ...process.env, DTI_OUTPUT_DIR: out, DTI_URL_PROD: 'https://bench.test/' };
    const r = spawnSync(process.execPath, [webpack, '--mode', 'production', `--json=${statsFile}`], { cwd: ROOT, env, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
    const stats = JSON.parse(readFileSync(statsFile, 'utf8')) as Stats;
    const size = (file: string): number => statSync(join(out, file)).size;
    const filesOf = (group: ChunkGroup): string[] => group.chunks.flatMap((id) => stats.chunks.find((c) => c.id === id)?.files ?? []).filter((f) => f.endsWith('.js'));
    const pane = stats.namedChunkGroups.pane;
    if (!pane) throw new Error('no "pane" chunk group: has boot.ts stopped loading ./pane on demand?');
    const opening = ['boot.js', ...filesOf(pane)];
    const total = opening.reduce((sum, f) => sum + size(f), 0);
    console.log('Scripts run when the pane opens (minified):');
    for (const f of opening) console.log(`  ${f.padEnd(28)} ${kib(size(f))}`);
    const later = Object.entries(stats.namedChunkGroups).filter(([name]) => name !== 'pane' && name !== 'boot' && name !== 'functions');
    console.log('Loaded later, when used:');
    for (const [name, group] of later) {
      const own = filesOf(group).filter((f) => !opening.includes(f));
      console.log(`  ${name.padEnd(28)} ${kib(own.reduce((s, f) => s + size(f), 0))} (${own.join(', ')})`);
    }
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
