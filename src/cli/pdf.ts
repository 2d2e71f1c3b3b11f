/**
 * The report as a PDF for signing, rendered by LibreOffice when it is
 * installed: provincial systems take a digitally signed PDF. LibreOffice runs
 * headless with a profile of its own (a folder removed afterwards, so runs in
 * parallel never share one) set to the Vietnamese locale, so numbers print
 * with decimal commas as in a Vietnamese Excel.
 */
import { execFile } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { delimiter, join } from 'path';
import { pathToFileURL } from 'url';

const NAMES = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
const USUAL_PLACES = [
  'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
  '/Applications/LibreOffice.app/Contents/MacOS/soffice',
  '/usr/bin/soffice',
  '/usr/local/bin/soffice',
  '/opt/libreoffice/program/soffice',
];

/**
 * LibreOffice's program: DTI_SOFFICE when set (the path itself, or nothing
 * when it does not exist), else `soffice`/`libreoffice` on the PATH, else
 * where installers put it. Null when there is none.
 */
export function findLibreOffice(env: NodeJS.ProcessEnv = process.env): string | null {
  const given = env.DTI_SOFFICE;
  if (given !== undefined) return given && existsSync(given) ? given : null;
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of NAMES) {
      const path = join(dir, name);
      if (existsSync(path)) return path;
    }
  }
  return USUAL_PLACES.find((p) => existsSync(p)) ?? null;
}

const VIETNAMESE_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse"><value>vi-VN</value></prop></item>
</oor:items>
`;

/** The PDF of an .xlsx, every visible sheet in order, as LibreOffice prints it. */
export async function renderPdf(soffice: string, xlsx: Uint8Array, timeoutMs = 180_000): Promise<Uint8Array> {
  const work = mkdtempSync(join(tmpdir(), 'dti-pdf-'));
  try {
    const profile = join(work, 'profile');
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), VIETNAMESE_PROFILE);
    const input = join(work, 'bao-cao.xlsx');
    writeFileSync(input, xlsx);
    const out = join(work, 'out');
    mkdirSync(out);
    await new Promise<void>((done, fail) => {
      execFile(
        soffice,
        ['--headless', '--norestore', `-env:UserInstallation=${pathToFileURL(profile).href}`, '--convert-to', 'pdf', '--outdir', out, input],
        { timeout: timeoutMs, windowsHide: true },
        (error) => (error ? fail(error) : done()),
      );
    });
    // LibreOffice exits 0 even when it could not convert: no PDF is the failure.
    const pdf = readdirSync(out).find((f) => f.toLowerCase().endsWith('.pdf'));
    if (!pdf) throw new Error('LibreOffice wrote no PDF');
    return new Uint8Array(readFileSync(join(out, pdf)));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
