import { runCli } from '../../src/cli/main';

export interface DtiRun {
  code: number;
  out: string;
  err: string;
}

/** Runs a `dti` command in-process and collects what it prints. */
export async function dti(...args: string[]): Promise<DtiRun> {
  return dtiAt(new Date(), ...args);
}

/** The same, with the clock set to `now` (the monthly cycle's deadlines depend on the day). */
export async function dtiAt(now: Date, ...args: string[]): Promise<DtiRun> {
  let out = '';
  let err = '';
  const code = await runCli(args, {
    out: (t) => (out += t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => (err += t.endsWith('\n') ? t : `${t}\n`),
    cwd: process.cwd(),
    now: () => now,
  });
  return { code, out, err };
}
