/**
 * The real task pane in Chromium over a fake Excel: build once with webpack,
 * serve over http on 127.0.0.1 (office.js from node_modules/@microsoft/office-js/dist),
 * then do what an official does and check what they would see.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'fs';
import { createServer, type Server } from 'http';
import type { AddressInfo } from 'net';
import { tmpdir } from 'os';
import { extname, join, normalize, resolve } from 'path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import webpack from 'webpack';
import type { FakeWorkbook } from '../../kit/fake-excel/fake-workbook';
import { SEED_SHEET, XSS_NAME } from '../../kit/fake-excel/seed-sheet';
import { DTI_FORMULA_CELLS, statusWorkbookBytes } from '../../kit/fake-excel/xlsx-bytes';

const ROOT = resolve(__dirname, '../..');
const BUILD = join(ROOT, 'test-artifacts', 'taskpane-build');
const SHOTS = join(ROOT, 'test-artifacts', 'taskpane');
const OFFICE_DIST = join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_TELEMETRY = 'https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.png': 'image/png', '.css': 'text/css', '.xml': 'application/xml' };

let server: Server;
let base: string;
let context: BrowserContext;
let profile: string;
const requests: string[] = [];
const dialogs: string[] = [];

async function build(): Promise<void> {
  process.env.DTI_TEST_BUILD_DIR = BUILD;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configure = require('./webpack.test.config.js') as () => Promise<webpack.Configuration>;
  const config = await configure();
  await new Promise<void>((done, fail) =>
    webpack(config, (error, stats) => {
      if (error) return fail(error);
      if (stats?.hasErrors()) return fail(new Error(stats.toString({ all: false, errors: true })));
      done();
    }),
  );
}

function serve(): Promise<string> {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let file: string;
    if (url.pathname.startsWith('/office-js/')) file = join(OFFICE_DIST, normalize(decodeURIComponent(url.pathname.slice('/office-js/'.length))));
    else file = join(BUILD, normalize(decodeURIComponent(url.pathname === '/' ? '/taskpane.html' : url.pathname)));
    if (!file.startsWith(OFFICE_DIST) && !file.startsWith(BUILD)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
      let body: Buffer | string = readFileSync(file);
      // The one change to the built page: office.js from the local copy instead of the CDN.
      if (file.endsWith('taskpane.html')) body = body.toString('utf8').replace(CDN, '/office-js/office.js');
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));
}

function fake<T>(page: Page, read: (workbook: FakeWorkbook) => T): Promise<T> {
  return page.evaluate(`(${read.toString()})(window.__DTI_FAKE__)`) as Promise<T>;
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  await build();
  base = await serve();
  profile = mkdtempSync(join(tmpdir(), 'dti-chromium-'));
  context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, args: FLAGS, viewport: { width: 420, height: 900 } });
  context.on('request', (request) => requests.push(request.url()));
  // office.js itself (not the pane) opens Microsoft's telemetry frame 3 s after it loads outside Office
  // (ULSEndpointProxy in o15apptofilemappingtable.js): it is stopped here, so nothing leaves the machine.
  await context.route(OFFICE_TELEMETRY, (route) => route.abort());
  await context.addInitScript({ path: join(BUILD, 'fakehost.js') });
}, 240_000);

afterAll(async () => {
  await context?.close();
  await new Promise((done) => server?.close(done));
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function open(query = ''): Promise<Page> {
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${base}/taskpane.html${query}`);
  return page;
}

test('an official maps a sheet, finds a problem, adds status columns and makes the report', async () => {
  const page = await open();

  // (1) Sheets: the plan sheet is found with its indicators and month columns.
  const row = page.getByTestId(`sheet-row-${SEED_SHEET}`);
  await row.waitFor({ timeout: 30_000 });
  await expect(row.textContent()).resolves.toContain('T11/2026');
  await expect(row.textContent()).resolves.toContain('5');
  await page.screenshot({ path: join(SHOTS, '1-sheets.png'), fullPage: true });

  // (2) Mapping: pick the sheet, correct the owner column (E → F), save.
  await row.getByRole('button', { name: 'Ánh xạ' }).click();
  await page.getByTestId('field-owner').waitFor();
  expect(await page.getByTestId('field-owner').inputValue()).toBe('E');
  await page.getByTestId('field-owner').selectOption('F');
  await expect(page.getByTestId('preview').textContent()).resolves.toContain(XSS_NAME);
  // Results read as shares show as percentages (0.85 under "%" → 85%), counts out of their total.
  const firstRow = page.getByTestId('preview').locator('tbody tr').first();
  await expect(firstRow.locator('td').last().textContent()).resolves.toBe('85%');
  await page.screenshot({ path: join(SHOTS, '2-mapping.png'), fullPage: true });
  await page.getByTestId('save-mapping').click();
  await page.getByText('Đã lưu ánh xạ vào sổ làm việc.').waitFor();
  const parts = await fake(page, (w) => w.customXmlParts.map((p) => p.xml));
  expect(parts).toHaveLength(1);
  expect(parts[0]).toContain('urn:dti-excel:mapping:v1');
  expect(parts[0]).toContain('"owner":"F"');

  // The indicator name that looks like HTML is shown as text, and nothing ran.
  expect(await page.getByText(XSS_NAME, { exact: true }).count()).toBeGreaterThan(0);
  expect(await page.locator('img[src="x"]').count()).toBe(0);

  // (3) Problems: grouped by sheet; clicking one selects its cell in Excel.
  await page.getByTestId('tab-problems').click();
  const problem = page.getByTestId('problem').filter({ hasText: 'D10' });
  await problem.waitFor();
  await problem.click();
  await page.waitForFunction(() => (window as unknown as { __DTI_FAKE__: FakeWorkbook }).__DTI_FAKE__.selection !== null);
  expect(await fake(page, (w) => w.selection)).toEqual({ sheet: 'Phụ lục CĐS', address: 'D10' });
  await page.screenshot({ path: join(SHOTS, '3-problems.png'), fullPage: true });

  // (4) Status columns for 11/2026.
  await page.getByTestId('tab-status').click();
  await page.getByTestId('month').selectOption('2026-11');
  await page.getByTestId('add-status').click();
  await page.getByText(/Đã ghi cột tình trạng cho 5 chỉ tiêu/).waitFor();
  const formulas = await fake(page, (w) => {
    const sheet = w.sheets.find((s) => s.name === 'Phụ lục CĐS')!;
    return [sheet.cell(2, 9).value, sheet.cell(4, 8).formula, sheet.cell(4, 9).formula, sheet.cell(4, 10).formula];
  });
  expect(formulas).toEqual(['Tình trạng', '=DTI.GAP(H5,D5,C5)', '=DTI.STATUS(H5,D5,C5)', '=DTI.PROGRESS(H5,D5,C5)']);
  await page.screenshot({ path: join(SHOTS, '4-status.png'), fullPage: true });

  // (5) The monthly report; the document details (no commune name in the sheets) are asked once, in one small form,
  // and kept in the file.
  await page.getByTestId('tab-report').click();
  await page.getByTestId('doc-parts').waitFor();
  await page.getByTestId('report-number').fill('5');
  await page.getByTestId('commune').fill('xã An Bình');
  await page.getByTestId('province').fill('Đồng Nai');
  await page.getByTestId('signerTitle').fill('Phó Chủ tịch');
  await page.getByTestId('signerName').fill('Nguyễn Văn An');
  await page.screenshot({ path: join(SHOTS, '5a-document-details.png'), fullPage: true });
  await page.getByTestId('make-report').click();
  await page.getByText('Đã ghi báo cáo vào trang "Báo cáo T11-2026" và phụ lục vào trang "Phụ lục BC T11-2026".').waitFor();
  expect(await fake(page, (w) => w.sheets.map((s) => [s.name, s.visibility]))).toEqual([
    ['Phụ lục CĐS', 'Visible'],
    ['Ghi chú', 'Visible'],
    ['Báo cáo T11-2026', 'Visible'],
    ['Phụ lục BC T11-2026', 'Visible'],
    ['DTI_LichSu', 'Hidden'],
  ]);
  expect(await fake(page, (w) => w.activeSheet)).toBe('Báo cáo T11-2026');
  expect(await fake(page, (w) => [0, 1, 3].map((r) => w.sheets.find((s) => s.name === 'Báo cáo T11-2026')!.cell(r, 0).value))).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ AN BÌNH', 'Số: 05/BC-UBND']);
  const record = await fake(page, (w) => w.customXmlParts.map((p) => p.xml).join(''));
  expect(record).toContain('"commune":"xã An Bình"');
  expect(record).toContain('"signerName":"Nguyễn Văn An"');
  // Once known, the details fold behind one button; the number of this month's report stays at hand.
  await page.getByTestId('make-report').waitFor();
  expect(await page.getByTestId('commune').count()).toBe(0);
  await page.getByTestId('doc-parts-summary').waitFor();
  expect(await page.getByTestId('report-number').inputValue()).toBe('05');
  await page.getByText('2 đạt, 1 chưa đạt, 1 chưa có số liệu, 1 không đọc được.').waitFor();
  await page.getByText(/Tệp → Xuất → Tạo tài liệu PDF\/XPS/).first().waitFor();
  await page.screenshot({ path: join(SHOTS, '5-report.png'), fullPage: true });

  // (5b) With the pane still open, the official corrects a result in Excel (fibre, November: 85% → 50%) and makes
  // the report again: it is made from the cells as they are now, not as the pane read them before.
  const fibreInReport = () =>
    fake(page, (w) => {
      const sheet = w.sheets.find((s) => s.name === 'Phụ lục BC T11-2026')!;
      let row = -1;
      for (const [key, cell] of sheet.cells) if (cell.value === 'Tỷ lệ hộ gia đình có cáp quang') row = Math.max(row, Math.floor(key / 16384));
      return [sheet.cell(row, 4).value, sheet.cell(row, 8).value];
    });
  expect(await fibreInReport()).toEqual([0.85, 'Đạt']);
  await page.evaluate('window.__DTI_FAKE__.sheets[0].own(4, 7).value = 0.5');
  await page.getByTestId('make-report').click();
  await page.getByText('1 đạt, 2 chưa đạt, 1 chưa có số liệu, 1 không đọc được.').waitFor();
  expect(await fibreInReport()).toEqual([0.5, 'Chưa đạt']);

  // (6) "Bản gửi đi": a download of the file with DTI formulas replaced by their values.
  const xlsx = Buffer.from(await statusWorkbookBytes()).toString('base64');
  await page.evaluate(`window.__DTI_FAKE_FILE__ = ${JSON.stringify(xlsx)}`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('send-copy').click()]);
  expect(download.suggestedFilename()).toBe('Ke hoach CDS 2026-ban-gui.xlsx');
  await page.getByText(`Đã thay ${DTI_FORMULA_CELLS} ô công thức DTI bằng giá trị.`).waitFor();
  const zip = await JSZip.loadAsync(readFileSync(await download.path()));
  const sheetXml = await Promise.all(Object.keys(zip.files).filter((n) => n.startsWith('xl/worksheets/sheet')).map((n) => zip.file(n)!.async('string')));
  expect(sheetXml.length).toBeGreaterThan(0);
  expect(sheetXml.join('')).not.toMatch(/<f[^>]*>[^<]*DTI/i);
  expect(sheetXml.join('')).toContain('SUM(E2:E2)');
  expect(await fake(page, (w) => w.openFiles)).toBe(0);
  await page.screenshot({ path: join(SHOTS, '6-send-copy.png'), fullPage: true });

  // English switch.
  await page.getByTestId('lang').click();
  await page.getByText('Monthly report').first().waitFor();

  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
  await page.close();
}, 120_000);

test('a cell the official wrote where the status column goes: the dialog lists it; cancel changes nothing, confirm writes', async () => {
  // A hand-made "Tình trạng" column (I3) with the official's own word in I5.
  const page = await open('?handmade-status');
  await page.getByTestId(`sheet-row-${SEED_SHEET}`).waitFor({ timeout: 30_000 });
  expect(await fake(page, (w) => w.sheets[0]!.cell(4, 8).value)).toBe('Đạt (tự ghi)');
  await page.getByTestId('tab-status').click();
  await page.getByTestId('month').selectOption('2026-11');
  const sheetState = () => fake(page, (w) => JSON.stringify(w.sheets.map((s) => [s.name, [...s.snapshot()]])));
  const before = await sheetState();

  await page.getByTestId('add-status').click();
  const dialog = page.getByTestId('overwrite-dialog');
  await dialog.waitFor();
  await expect(dialog.textContent()).resolves.toContain('Phụ lục CĐS!I5');
  await expect(dialog.textContent()).resolves.toContain('Đạt (tự ghi)');
  // Once its opening animation is over, for the screenshot.
  await page.waitForFunction(() => getComputedStyle(document.querySelector('[data-testid="overwrite-dialog"]')!).opacity === '1');
  await page.screenshot({ path: join(SHOTS, '7-overwrite-dialog.png'), fullPage: true });
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await dialog.waitFor({ state: 'detached' });
  expect(await sheetState()).toBe(before);

  await page.getByTestId('add-status').click();
  await page.getByTestId('confirm-overwrite').click();
  await page.getByText(/Đã ghi cột tình trạng cho 5 chỉ tiêu/).waitFor();
  expect(await fake(page, (w) => w.sheets.find((s) => s.name === 'Phụ lục CĐS')!.cell(4, 8).formula)).toBe('=DTI.STATUS(H5,D5,C5)');
  await page.close();
}, 120_000);

test('before a report the workbook is read again, and the pane says so with a progress bar', async () => {
  // Every sync of this fake host takes 400 ms, as on a large workbook or a slow connection.
  const page = await open('?slow');
  await page.getByTestId(`sheet-row-${SEED_SHEET}`).waitFor({ timeout: 30_000 });
  await page.getByTestId('tab-report').click();
  await page.getByTestId('commune').fill('xã An Bình');
  await page.getByTestId('make-report').click();
  const reading = page.locator('[data-testid="progress"][data-phase="reading"]');
  await reading.waitFor();
  await expect(reading.textContent()).resolves.toContain('Đang đọc lại sổ làm việc');
  expect(await reading.getByRole('progressbar').count()).toBe(1);
  await page.screenshot({ path: join(SHOTS, '8-rereading.png'), fullPage: true });
  await page.locator('[data-testid="progress"][data-phase="writing"]').waitFor();
  await page.getByText('Đã ghi báo cáo vào trang "Báo cáo T11-2026" và phụ lục vào trang "Phụ lục BC T11-2026".').waitFor({ timeout: 30_000 });
  expect(await page.getByTestId('progress').count()).toBe(0);
  await page.close();
}, 120_000);

test('a doubtful mapping is shown on the mapping tab in the words dti check uses, with what to fix', async () => {
  const page = await open('?doubtful');
  await page.getByTestId(`sheet-row-${SEED_SHEET}`).waitFor({ timeout: 30_000 });
  await page.getByTestId('tab-mapping').click();
  await page.getByTestId('mapping-sheet').selectOption('Kế hoạch 2');
  const warning = page.getByTestId('mapping-doubtful');
  await warning.waitFor();
  await expect(warning.textContent()).resolves.toBe(
    'Cột C ("Mục tiêu") được hiểu là cột chỉ tiêu năm nhưng chỉ 0/3 ô đọc được thành mức chỉ tiêu: ánh xạ có thể sai. Hãy kiểm tra mục Ánh xạ cột (hoặc "dti check") và chọn đúng cột chỉ tiêu.',
  );
  await page.getByTestId('mapping-sheet').selectOption(SEED_SHEET);
  expect(await page.getByTestId('mapping-doubtful').count()).toBe(0);
  await page.close();
}, 60_000);

test('the units\' forms: made as one .zip, one filled and picked back, merged into the open workbook', async () => {
  const page = await open();
  await page.getByTestId('tab-report').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('make-forms').click()]);
  expect(download.suggestedFilename()).toBe('Phieu-T11-2026.zip');
  const zip = await JSZip.loadAsync(readFileSync(await download.path()));
  expect(Object.keys(zip.files).sort()).toEqual(['Phieu-T11-2026-Cong-an-xa.xlsx', 'Phieu-T11-2026-Phong-kinh-te.xlsx', 'Phieu-T11-2026-Trung-tam-phuc-vu-hanh-chinh-cong.xlsx', 'Phieu-T11-2026-Van-phong-hdnd-ubnd.xlsx']);
  const form = new ExcelJS.Workbook();
  await form.xlsx.load((await zip.file('Phieu-T11-2026-Van-phong-hdnd-ubnd.xlsx')!.async('uint8array')) as unknown as ArrayBuffer);
  form.worksheets[0]!.getCell('F6').value = 8;
  form.worksheets[0]!.getCell('I6').value = 'Biên bản kiểm tra 02/BB';
  const filled = join(mkdtempSync(join(tmpdir(), 'dti-form-')), 'Phieu-T11-2026-Van-phong-hdnd-ubnd.xlsx');
  await form.xlsx.writeFile(filled);
  await page.getByTestId('form-files').setInputFiles(filled);
  await page.getByText('Đã nhập 2 ô từ 1 phiếu').waitFor();
  // Indicator 3 (sheet row 7): its November result and, right of the table, its evidence.
  expect(await fake(page, (w) => [w.sheets[0]!.cell(6, 7).value, w.sheets[0]!.cell(2, 8).value, w.sheets[0]!.cell(6, 8).value])).toEqual([8, 'Minh chứng 11/2026', 'Biên bản kiểm tra 02/BB']);
  await page.screenshot({ path: join(SHOTS, '7-unit-forms.png'), fullPage: true });
  expect(dialogs).toEqual([]);
  await page.close();
}, 120_000);

test('outside Excel the page says to open it in Excel', async () => {
  const page = await open('?nohost');
  await page.getByTestId('not-in-excel').waitFor({ timeout: 30_000 });
  await expect(page.getByTestId('not-in-excel').textContent()).resolves.toContain('Hãy mở phần bổ trợ này trong Excel');
  await page.screenshot({ path: join(SHOTS, '0-not-in-excel.png') });
  await page.close();
}, 60_000);

test('no request went anywhere but 127.0.0.1 (office.js\'s own telemetry frame aside, stopped above)', () => {
  expect(requests.length).toBeGreaterThan(0);
  const outside = requests.filter((url) => !url.startsWith('http://127.0.0.1:') && !url.startsWith('data:') && !url.startsWith('blob:') && url !== OFFICE_TELEMETRY);
  expect(outside).toEqual([]);
});
