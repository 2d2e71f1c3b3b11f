/**
 * LibreOffice as a second formula engine: the cached values of every formula
 * cell are removed (so it calculates them all), then the file is converted to
 * CSV (one file per sheet, what a person sees) and to .xlsx (the values as
 * numbers). Each run has its own profile. Needs the Debian package libreoffice-calc.
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import { tmpdir } from 'os';
import { basename, join } from 'path';

export async function withoutCachedValues(file: string, out: string): Promise<number> {
  const zip = await JSZip.loadAsync(readFileSync(file));
  let removed = 0;
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    const xml = await zip.file(name)!.async('string');
    const next = xml.replace(/(<c\b[^>]*>\s*<f\b[^>]*(?:\/>|>[\s\S]*?<\/f>))\s*<v>[\s\S]*?<\/v>/g, (_, head: string) => {
      removed++;
      return head;
    });
    zip.file(name, next);
  }
  writeFileSync(out, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return removed;
}

function soffice(args: string[]): void {
  const profile = mkdtempSync(join(tmpdir(), 'lo-plain-'));
  try {
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${profile}`, ...args], { timeout: 300_000, stdio: 'pipe' });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Every sheet as CSV rows (UTF-8), by sheet name. */
export function recalcToCsv(file: string, outDir: string): Map<string, string[][]> {
  soffice(['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', '--outdir', outDir, file]);
  const base = basename(file).replace(/\.xlsx$/, '');
  const sheets = new Map<string, string[][]>();
  for (const f of readdirSync(outDir).filter((x) => x.startsWith(`${base}-`) && x.endsWith('.csv'))) {
    sheets.set(f.slice(base.length + 1, -4), parseCsv(readFileSync(join(outDir, f), 'utf8')));
  }
  if (sheets.size === 0) throw new Error(`LibreOffice could not convert ${file}`);
  return sheets;
}

/** The file recalculated and saved again as .xlsx (the values as numbers). */
export function recalcToXlsx(file: string, outDir: string): string {
  soffice(['--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', outDir, file]);
  return join(outDir, basename(file));
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (ch !== '\r') field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
