import { type ChildProcess, spawn } from 'child_process';
import { join } from 'path';

const ROOT = join(__dirname, '..', '..');

/**
 * The `dti` binary as its own process, run from the TypeScript sources (the same entry
 * file bin/dti.js loads compiled), so it never runs a stale lib/. One process: tsx is
 * loaded into node, not wrapped around it, so a signal reaches dti itself.
 */
export function spawnDti(args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'cli', 'bin.ts'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

export interface Finished {
  code: number | null;
  signal: NodeJS.Signals | null;
  out: string;
  err: string;
}

export function finished(child: ChildProcess): Promise<Finished> {
  let out = '';
  let err = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal, out, err })));
}
