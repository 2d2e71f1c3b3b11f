/**
 * The sample's November report rendered as LibreOffice prints it (PDF, then PNG):
 * test-artifacts/summary/ holds the pages for a reviewer to look at. Needs the
 * Debian packages libreoffice-calc and poppler-utils (.ci/run installs them).
 */
import { execFileSync } from 'child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { analyzeWorkbook } from '../../src/core/analyze';
import { planMonthlySummary } from '../../src/core/summary/plan-summary';
import { applyPlansToPackage } from '../../src/xlsx/package/apply-plans';
import { XlsxPackage } from '../../src/xlsx/package/opc-package';
import { worksheetToGrid } from '../../src/xlsx/read-grid';
import { blankPackage } from '../helpers/blank-package';
import { SAMPLE_PATH } from '../../scripts/make-sample';

const OUT = join(__dirname, '..', '..', 'test-artifacts', 'summary');

function has(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`]);
    return true;
  } catch {
    return false;
  }
}

it('renders the November report of the sample on A4 landscape pages with the header block, the tables and the signature', async () => {
  if (!has('libreoffice') || !has('pdftoppm') || !has('pdftotext')) {
    throw new Error('Cần cài libreoffice-calc và poppler-utils (apt-get install -y libreoffice-calc poppler-utils) để kiểm tra bản in báo cáo.');
  }
  const source = new ExcelJS.Workbook();
  await source.xlsx.readFile(SAMPLE_PATH);
  const grids = source.worksheets.map(worksheetToGrid);
  const result = planMonthlySummary({
    analysis: analyzeWorkbook(grids),
    month: { year: 2026, month: 11 },
    commune: 'xã Lộc Tấn',
    history: [],
    existingSheets: [],
    generatedAt: new Date(Date.UTC(2026, 10, 25, 9, 0)),
  });
  // Only the report sheet, written by the package writer the CLI uses, so the PDF holds the pages that are sent.
  const report = await XlsxPackage.load(await blankPackage());
  expect((await applyPlansToPackage(report, [result.plans[0]!], null)).result.ok).toBe(true);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  const xlsx = join(OUT, 'bao-cao-T11-2026.xlsx');
  writeFileSync(xlsx, await report.toBytes());

  execFileSync('libreoffice', ['--headless', `-env:UserInstallation=file://${OUT}/lo-profile`, '--convert-to', 'pdf', '--outdir', OUT, xlsx], { timeout: 120_000, stdio: 'ignore' });
  rmSync(join(OUT, 'lo-profile'), { recursive: true, force: true });
  const pdf = join(OUT, 'bao-cao-T11-2026.pdf');
  const info = execFileSync('pdfinfo', [pdf]).toString();
  const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!;
  expect(Number(w)).toBeGreaterThan(Number(h)); // landscape
  expect(Math.round(Number(w))).toBe(842); // A4: 842 × 595 pt

  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  for (const line of [
    'ỦY BAN NHÂN DÂN XÃ LỘC TẤN',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU CHUYỂN ĐỔI SỐ THÁNG 11/2026',
    'Lộc Tấn, ngày 25 tháng 11 năm 2026',
    'TM. ỦY BAN NHÂN DÂN',
  ]) {
    expect(text).toContain(line);
  }
  // The detail table header is repeated on every page after the first one it appears on.
  const pages = text.split('\f').filter((p) => p.trim());
  const first = pages.findIndex((p) => p.includes('VI. CHI TIẾT'));
  for (const page of pages.slice(first + 1)) {
    if (page.includes('Tình trạng')) continue;
    throw new Error(`A page after the detail table starts has no repeated header:\n${page.slice(0, 200)}`);
  }

  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(OUT, 'page')]);
  expect(readdirSync(OUT).filter((f) => f.endsWith('.png')).length).toBe(pages.length);
}, 180_000);
