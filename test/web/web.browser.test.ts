/**
 * The built web page (dist/web/index.html, issue 11) in headless Chromium, as an
 * official without the add-in uses it: opened from file:// (and from a static
 * host), a workbook chosen, mapped, a problem fixed by choosing the edited file
 * again, status columns and the November report made, the result downloaded and
 * checked with ExcelJS, jszip and LibreOffice against `dti summary --json`.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import type { Server } from 'http';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { pathToFileURL } from 'url';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { type Browser, chromium, type Page } from 'playwright-core';
import { NOTES_SHEET, seedXlsx } from '../../kit/fake-excel/seed-xlsx';
import { SEED_SHEET, XSS_NAME } from '../../kit/fake-excel/seed-sheet';
import { PLAN_SHEET, writePlan } from '../../kit/plans/large-plan';
import { CHROMIUM, CHROMIUM_FLAGS, runWebpack, serveStatic } from '../../kit/browser';
import { dti } from '../helpers/run-dti';
import { recalcToCsv, withoutCachedValues } from '../plain/libreoffice-recalc';

const ROOT = resolve(__dirname, '../..');
const BUILD = join(ROOT, 'test-artifacts', 'web-build');
const PAGE = join(BUILD, 'web', 'index.html');
const SHOTS = join(ROOT, 'test-artifacts', 'web');
const SAMPLE = join(ROOT, 'samples', 'dti-sample.xlsx');
const FILE_URL = pathToFileURL(PAGE).href;
const XSS_SHEET = '<img src=x onerror=alert(2)>';
const LABEL = { met: 'Đạt', not_met: 'Chưa đạt', no_data: 'Chưa có số liệu', invalid: 'Không đọc được' } as const;

jest.setTimeout(300_000);

let browser: Browser;
let server: Server;
let base: string;
let work: string;
const dialogs: string[] = [];

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  work = mkdtempSync(join(tmpdir(), 'dti-web-'));
  // The production build of the page alone, into a folder of its own.
  process.env.DTI_OUTPUT_DIR = BUILD;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configure = require('../../webpack.web.config.js') as (env: unknown, argv: { mode: string }) => import('webpack').Configuration;
  await runWebpack(configure({}, { mode: 'production' }));
  ({ server, base } = await serveStatic(join(BUILD, 'web')));
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
  if (work) rmSync(work, { recursive: true, force: true });
});

/** A page with every request it makes recorded, and any dialog recorded and dismissed. */
async function open(url: string, width = 1280, init?: () => void): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  if (init) await page.addInitScript(init);
  await page.goto(url);
  await page.getByTestId('choose-file').waitFor({ timeout: 30_000 });
  return { page, requests };
}

async function choose(page: Page, file: string): Promise<void> {
  await page.getByTestId('file-input').setInputFiles(file);
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

async function download(page: Page, as: string): Promise<{ name: string; path: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
  const path = join(work, as);
  await file.saveAs(path);
  return { name: file.suggestedFilename(), path };
}

async function readXlsx(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return wb;
}

const cellText = (v: ExcelJS.CellValue): string => JSON.stringify(v ?? null);

test('from file://: choose, map, fix a problem by choosing the edited file, status columns, the November report, download', async () => {
  const sampleBefore = readFileSync(SAMPLE);
  const { page, requests } = await open(FILE_URL);
  await expect(page.getByTestId('privacy').textContent()).resolves.toContain('Tệp của bạn không rời khỏi máy tính này');

  // (1) The sample opens: its sheets and indicators, no worker warning (the worker runs from file:// too).
  await choose(page, SAMPLE);
  const row = page.getByTestId('sheet-row-Phụ lục 1');
  await row.waitFor({ timeout: 60_000 });
  await expect(row.textContent()).resolves.toContain('19');
  await expect(page.getByTestId('file-name').textContent()).resolves.toBe('dti-sample.xlsx');
  expect(await page.getByText('Trình duyệt này không cho chạy bộ xử lý nền').count()).toBe(0);
  await expect(page.getByTestId('save-state').getAttribute('data-changed')).resolves.toBe('false');

  // (2) Mapping saved into the in-memory file: the page now has changes not downloaded.
  await row.getByRole('button', { name: 'Ánh xạ' }).click();
  await page.getByTestId('save-mapping').waitFor();
  await page.getByTestId('save-mapping').click();
  await page.getByText('Đã lưu ánh xạ vào sổ làm việc.').waitFor({ timeout: 60_000 });
  await expect(page.getByTestId('save-state').getAttribute('data-changed')).resolves.toBe('true');

  // (3) A problem: its cell cannot be selected in a file, so its address is said.
  await page.getByTestId('tab-problems').click();
  const problem = page.getByTestId('problem').filter({ hasText: 'K19' });
  await problem.click();
  await page.getByText(/^Ô Phụ lục 1!K19 — mở tệp trong chương trình bảng tính/).waitFor();

  // The mapped file, downloaded under a new name with the month; the mapping is in it as the add-in keeps it.
  const mapped = await download(page, 'mapped.xlsx');
  expect(mapped.name).toBe('dti-sample - DTI T11-2026.xlsx');
  const mappedZip = await JSZip.loadAsync(readFileSync(mapped.path));
  const records = await Promise.all(Object.keys(mappedZip.files).filter((n) => /^customXml\/item\d+\.xml$/.test(n)).map((n) => mappedZip.file(n)!.async('string')));
  expect(records.join('')).toContain('urn:dti-excel:mapping:v1');
  await expect(page.getByTestId('save-state').getAttribute('data-changed')).resolves.toBe('false');

  // (4) The official fixes K19 ("khoảng 70" → 70) in their spreadsheet program and chooses the file again.
  const edited = await readXlsx(mapped.path);
  edited.getWorksheet('Phụ lục 1')!.getCell('K19').value = 70;
  const fixed = join(work, 'dti-sample - DTI T11-2026.xlsx');
  await edited.xlsx.writeFile(fixed);
  // Unsaved changes first (the sheet choice saved again): asked before they are dropped; "keep" keeps them.
  await page.getByTestId('tab-sheets').click();
  await page.getByRole('button', { name: 'Lưu lựa chọn trang' }).click();
  await page.getByText('Đã lưu lựa chọn trang tính.').waitFor();
  await choose(page, fixed);
  await page.getByTestId('replace-ask').waitFor();
  await page.getByTestId('replace-cancel').click();
  await expect(page.getByTestId('file-name').textContent()).resolves.toBe('dti-sample.xlsx');
  await choose(page, fixed);
  await page.getByTestId('replace-confirm').click();
  await page.getByTestId('file-name').filter({ hasText: 'dti-sample - DTI T11-2026.xlsx' }).waitFor({ timeout: 60_000 });
  await page.getByTestId('tab-problems').click();
  await page.getByTestId('problem').first().waitFor();
  expect(await page.getByTestId('problem').filter({ hasText: 'K19' }).count()).toBe(0);
  expect(await page.getByTestId('problem').filter({ hasText: 'K24' }).count()).toBe(1);

  // (5) Status columns for 11/2026: plain formulas are the default here.
  await page.getByTestId('tab-status').click();
  await page.getByTestId('month').selectOption('2026-11');
  expect(await page.getByTestId('formulas-plain').isChecked()).toBe(true);
  await page.getByTestId('add-status').click();
  await page.getByText(/Đã ghi cột tình trạng cho \d+ chỉ tiêu/).waitFor({ timeout: 60_000 });

  // (6) The November report.
  await page.getByTestId('tab-report').click();
  await page.getByTestId('make-report').waitFor();
  if (await page.getByTestId('commune').count()) {
    await page.getByTestId('report-number').fill('5');
    await page.getByTestId('commune').fill('xã An Bình');
    await page.getByTestId('province').fill('Đồng Nai');
    await page.getByTestId('signerTitle').fill('Phó Chủ tịch');
    await page.getByTestId('signerName').fill('Nguyễn Văn An');
  }
  await page.getByTestId('make-report').click();
  await page.getByText('Đã ghi báo cáo vào trang "Báo cáo T11-2026" và phụ lục vào trang "Phụ lục BC T11-2026".').waitFor({ timeout: 60_000 });
  await shot(page, '1280-report-made');
  const result = await download(page, 'result.xlsx');
  expect(result.name).toBe('dti-sample - DTI T11-2026.xlsx');
  await page.getByText('Đã tải về "dti-sample - DTI T11-2026.xlsx". Tệp gốc không bị thay đổi.').waitFor();

  // English switch: the page's own words too.
  await page.getByTestId('lang').click();
  await page.getByText('Your file never leaves this computer').first().waitFor();
  await page.getByRole('button', { name: 'Download' }).waitFor();

  // The downloaded workbook: report and history present, the input's cells and parts all kept.
  const input = await readXlsx(fixed);
  const output = await readXlsx(result.path);
  const names = output.worksheets.map((w) => w.name);
  expect(names).toEqual(expect.arrayContaining(['Phụ lục 1', 'Phụ lục 2', 'Hướng dẫn', 'Báo cáo T11-2026', 'Phụ lục BC T11-2026', 'DTI_LichSu']));
  const changedCells: string[] = [];
  for (const sheet of input.worksheets) {
    const out = output.getWorksheet(sheet.name)!;
    sheet.eachRow({ includeEmpty: false }, (line, r) =>
      line.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cellText(cell.value) !== cellText(out.getCell(r, c).value)) changedCells.push(`${sheet.name}!${cell.address}`);
      }),
    );
  }
  expect(changedCells).toEqual([]);
  const inParts = Object.keys((await JSZip.loadAsync(readFileSync(fixed))).files);
  const outParts = new Set(Object.keys((await JSZip.loadAsync(readFileSync(result.path))).files));
  expect(inParts.filter((p) => !outParts.has(p))).toEqual([]);

  // LibreOffice recalculates the plain status formulas: each indicator's status equals dti summary --json on the same input.
  const summary = await dti('summary', fixed, '--month', '2026-11', '--json');
  expect(summary.code).toBe(0);
  const indicators = (JSON.parse(summary.out) as { indicators: Array<{ sheet: string; row: number; status: keyof typeof LABEL }> }).indicators;
  expect(indicators.length).toBeGreaterThan(30);
  const bare = join(work, 'web-result.xlsx');
  await withoutCachedValues(result.path, bare);
  const csv = recalcToCsv(bare, mkdtempSync(join(work, 'lo-')));
  const wrong: string[] = [];
  for (const i of indicators) {
    // The status column of the indicator's table: on the nearest header row above it.
    const rows = csv.get(i.sheet)!;
    let header = i.row - 2;
    while (header >= 0 && !rows[header]!.includes('Tình trạng')) header--;
    const shown = header >= 0 ? rows[i.row - 1]![rows[header]!.indexOf('Tình trạng')] : 'no status column';
    if (shown !== LABEL[i.status]) wrong.push(`${i.sheet}!${i.row}: ${shown} vs ${i.status}`);
  }
  expect(wrong).toEqual([]);

  // Nothing but the page itself (and the blobs it makes) was requested.
  expect(requests.filter((u) => u !== FILE_URL && !u.startsWith('blob:') && !u.startsWith('data:'))).toEqual([]);
  expect(readFileSync(SAMPLE).equals(sampleBefore)).toBe(true);
  expect(dialogs).toEqual([]);
  await page.context().close();
});

test('from a static host over http: nothing requested but the page; a sheet name or cell text that looks like HTML is shown as text', async () => {
  const seed = new ExcelJS.Workbook();
  await seed.xlsx.load((await seedXlsx()) as unknown as ArrayBuffer);
  seed.getWorksheet(NOTES_SHEET)!.name = XSS_SHEET;
  const file = join(work, 'xss.xlsx');
  await seed.xlsx.writeFile(file);

  const { page, requests } = await open(`${base}/`);
  await choose(page, file);
  const row = page.getByTestId(`sheet-row-${XSS_SHEET}`);
  await row.waitFor({ timeout: 60_000 });
  await expect(row.textContent()).resolves.toContain(XSS_SHEET);
  await page.getByTestId(`sheet-row-${SEED_SHEET}`).getByRole('button', { name: 'Ánh xạ' }).click();
  await expect(page.getByTestId('preview').textContent()).resolves.toContain(XSS_NAME);
  expect(await page.getByText(XSS_NAME, { exact: true }).count()).toBeGreaterThan(0);
  await page.getByTestId('tab-problems').click();
  await page.getByTestId('tab-sheets').click();
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
  // The page, and the worker it starts from its own text (a blob: of the page's origin).
  expect(requests.filter((u) => !u.startsWith(`blob:${base}/`))).toEqual([`${base}/`]);
  expect(requests.filter((u) => u.startsWith(`blob:${base}/`))).toHaveLength(1);
  await page.context().close();
});

test('each screen at 320 px and at 1280 px (screenshots in test-artifacts/web)', async () => {
  for (const width of [320, 1280]) {
    const { page } = await open(FILE_URL, width);
    await shot(page, `${width}-start`);
    await choose(page, SAMPLE);
    await page.getByTestId('sheet-row-Phụ lục 1').waitFor({ timeout: 60_000 });
    for (const tab of ['sheets', 'mapping', 'problems', 'status', 'report']) {
      await page.getByTestId(`tab-${tab}`).click();
      await shot(page, `${width}-${tab}`);
    }
    // The page fits the width: nothing wider than the window.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.context().close();
  }
});

test('where no worker may start, the page says so and works on the page itself', async () => {
  const { page } = await open(FILE_URL, 1280, () => {
    delete (window as { Worker?: unknown }).Worker;
  });
  await choose(page, SAMPLE);
  await page.getByTestId('sheet-row-Phụ lục 1').waitFor({ timeout: 60_000 });
  await page.getByText('Trình duyệt này không cho chạy bộ xử lý nền (Web Worker), nên tệp được xử lý ngay trên trang').waitFor();
  await page.context().close();
});

test('a 10,000-indicator plan opens, is mapped and reported, with progress shown', async () => {
  const file = join(work, 'ke-hoach-10000.xlsx');
  await writePlan(file, 10_000);
  const { page } = await open(FILE_URL);
  await choose(page, file);
  await page.getByTestId('opening').waitFor();
  const row = page.getByTestId(`sheet-row-${PLAN_SHEET}`);
  await row.waitFor({ timeout: 120_000 });
  await expect(row.textContent()).resolves.toContain('10000');

  await row.getByRole('button', { name: 'Ánh xạ' }).click();
  await page.getByTestId('save-mapping').click();
  await page.getByTestId('progress').waitFor();
  await page.getByText('Đã lưu ánh xạ vào sổ làm việc.').waitFor({ timeout: 120_000 });

  await page.getByTestId('tab-report').click();
  await page.getByTestId('commune').fill('xã Lộc Tấn');
  await page.getByTestId('make-report').click();
  const progress = page.getByTestId('progress');
  await progress.waitFor();
  expect(await progress.getByRole('progressbar').count()).toBe(1);
  await shot(page, '1280-large-progress');
  await page.getByText('Đã ghi báo cáo vào trang "Báo cáo T11-2026" và phụ lục vào trang "Phụ lục BC T11-2026".').waitFor({ timeout: 180_000 });
  const result = await download(page, 'large.xlsx');
  expect(result.name).toBe('ke-hoach-10000 - DTI T11-2026.xlsx');
  const names = (await readXlsx(result.path)).worksheets.map((w) => w.name);
  expect(names).toEqual([PLAN_SHEET, 'Báo cáo T11-2026', 'Phụ lục BC T11-2026', 'DTI_LichSu']);
  await page.context().close();
});
