/**
 * LibreOffice as a second reader of the files the add-in writes: a file it
 * converts without error opens for officials who do not use Excel, and its
 * PDF shows what prints. Each run has a profile of its own (parallel tests).
 * Needs the Debian packages libreoffice-calc and poppler-utils.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { basename, join } from 'path';

export function requireLibreOffice(): void {
  for (const command of ['libreoffice', 'pdftotext', 'pdftoppm']) {
    try {
      execFileSync('sh', ['-c', `command -v ${command}`]);
    } catch {
      throw new Error('Cần cài libreoffice-calc và poppler-utils (apt-get install -y libreoffice-calc poppler-utils) để kiểm tra tệp trong LibreOffice.');
    }
  }
}

/** Converts `file` into `outDir` (`to`: "pdf", or a csv filter string); returns the path written. */
export function convert(file: string, outDir: string, to = 'pdf'): string {
  const profile = mkdtempSync(join(tmpdir(), 'dti-lo-'));
  try {
    execFileSync('libreoffice', ['--headless', `-env:UserInstallation=file://${profile}`, '--convert-to', to, '--outdir', outDir, file], { timeout: 120_000, stdio: 'pipe' });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const ext = to.split(':')[0]!;
  const base = basename(file).replace(/\.xlsx$/, '');
  const out = join(outDir, `${base}.${ext}`);
  if (existsSync(out)) return out;
  // One sheet of a CSV export is written as "name-Sheet.csv".
  const sheet = readdirSync(outDir).find((f) => f.startsWith(`${base}-`) && f.endsWith(`.${ext}`));
  // LibreOffice exits 0 even when it cannot load a file: no output is the failure.
  if (!sheet) throw new Error(`LibreOffice could not convert ${file}`);
  return join(outDir, sheet);
}

/** The text of a PDF, page by page. */
export function pdfPages(pdf: string): string[] {
  return execFileSync('pdftotext', ['-layout', pdf, '-']).toString().split('\f').filter((p) => p.trim());
}
