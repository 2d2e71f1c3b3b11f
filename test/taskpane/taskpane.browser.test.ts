/**
 * The real task pane in Chromium over a fake Excel: build once with webpack
 * (the test build swaps where the page finds its host for a fake Excel, see
 * webpack.test.config.js), serve over http on 127.0.0.1 (office.js from
 * node_modules/@microsoft/office-js/dist), then do what an official does and
 * check what they would see, at the pane's real widths (320–450 px), with
 * axe-core on every screen.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import type { Server } from 'http';
import { tmpdir } from 'os';
import { join, normalize, resolve } from 'path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type webpack from 'webpack';
import { CHROMIUM, CHROMIUM_FLAGS, runWebpack, serveStatic } from '../../kit/browser';
import type { FakeWorkbook } from '../../kit/fake-excel/fake-workbook';
import { SEED_SHEET, XSS_NAME } from '../../kit/fake-excel/seed-sheet';
import { DTI_FORMULA_CELLS, statusWorkbookBytes } from '../../kit/fake-excel/xlsx-bytes';
import { axeViolations, overflowing } from './page-checks';

const ROOT = resolve(__dirname, '../..');
const BUILD = join(ROOT, 'test-artifacts', 'taskpane-build');
const SHOTS = join(ROOT, 'test-artifacts', 'taskpane');
const OFFICE_DIST = join(ROOT, 'node_modules', '@microsoft', 'office-js', 'dist');
const CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_TELEMETRY = 'https://telemetryservice.firstpartyapps.oaspapps.com/telemetryservice/telemetryproxy.html';

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
  await runWebpack(await configure());
}

async function serve(): Promise<string> {
  const served = await serveStatic(BUILD, {
    index: 'taskpane.html',
    route: (path) => {
      if (!path.startsWith('/office-js/')) return null;
      const file = join(OFFICE_DIST, normalize(path.slice('/office-js/'.length)));
      return file.startsWith(OFFICE_DIST) ? file : '/nonexistent';
    },
    // The one change to the built page: office.js from the local copy instead of the CDN.
    rewrite: (file, body) => (file.endsWith('taskpane.html') ? body.toString('utf8').replace(CDN, '/office-js/office.js') : body),
  });
  server = served.server;
  return served.base;
}

function fake<T>(page: Page, read: (workbook: FakeWorkbook) => T): Promise<T> {
  return page.evaluate(`(${read.toString()})(window.__DTI_FAKE__)`) as Promise<T>;
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  await build();
  base = await serve();
  profile = mkdtempSync(join(tmpdir(), 'dti-chromium-'));
  context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS, viewport: { width: 420, height: 900 } });
  context.on('request', (request) => requests.push(request.url()));
  // office.js itself (not the pane) opens Microsoft's telemetry frame 3 s after it loads outside Office
  // (ULSEndpointProxy in o15apptofilemappingtable.js): it is stopped here, so nothing leaves the machine.
  await context.route(OFFICE_TELEMETRY, (route) => route.abort());
}, 240_000);

afterAll(async () => {
  await context?.close();
  await new Promise((done) => server?.close(done));
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function open(query = '', init?: () => void): Promise<Page> {
  const page = await context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  if (init) await page.addInitScript(init);
  await page.goto(`${base}/taskpane.html${query}`);
  return page;
}

/**
 * Excel's CustomFunctions, faked before any script runs: each registration with its time on the page's clock.
 * office.js outside Excel puts its own `associate` on the object it finds; that assignment is ignored.
 */
function fakeCustomFunctions(): void {
  const w = window as unknown as { CustomFunctions: unknown; __DTI_ASSOCIATED__: Array<[string, number]> };
  w.__DTI_ASSOCIATED__ = [];
  const associate = (id: string): number => w.__DTI_ASSOCIATED__.push([id, performance.now()]);
  w.CustomFunctions = Object.defineProperty({}, 'associate', { get: () => associate, set: () => undefined });
}

/** A runtime Excel started hidden, for the functions alone: the document reports 'hidden' until __DTI_SHOW__(). */
function hiddenRuntime(): void {
  const w = window as unknown as { __DTI_VISIBILITY__: string; __DTI_SHOW__: () => void };
  w.__DTI_VISIBILITY__ = 'hidden';
  Object.defineProperty(Document.prototype, 'visibilityState', { configurable: true, get: () => w.__DTI_VISIBILITY__ });
  w.__DTI_SHOW__ = () => {
    w.__DTI_VISIBILITY__ = 'visible';
    document.dispatchEvent(new Event('visibilitychange'));
  };
}

const paneChunk = (url: string): boolean => /\/pane\.[0-9a-f]{8}\.js$/.test(url);

test('the DTI.* functions register before the pane\'s code is even requested', async () => {
  const page = await open('', fakeCustomFunctions);
  await page.getByTestId(`sheet-row-${SEED_SHEET}`).waitFor({ timeout: 30_000 });
  const order = (await page.evaluate(`({
    associated: window.__DTI_ASSOCIATED__,
    pane: performance.getEntriesByType('resource').filter((e) => /\\/pane\\.[0-9a-f]{8}\\.js$/.test(e.name)).map((e) => e.startTime),
  })`)) as { associated: Array<[string, number]>; pane: number[] };
  expect(order.associated.map(([id]) => id)).toEqual(['GAP', 'STATUS', 'MET', 'PROGRESS', 'SCORE', 'TARGET', 'TARGETOP', 'EXPECTED', 'ONTRACK', 'RATIO']);
  expect(order.pane).toHaveLength(1);
  expect(Math.max(...order.associated.map(([, at]) => at))).toBeLessThan(order.pane[0]!);
  await page.close();
}, 60_000);

test('a hidden runtime registers the functions, loads no pane and reads no sheet, until the pane is shown', async () => {
  const seen: string[] = [];
  const page = await context.newPage();
  page.on('request', (r) => seen.push(r.url()));
  await page.addInitScript(fakeCustomFunctions);
  await page.addInitScript(hiddenRuntime);
  await page.goto(`${base}/taskpane.html`);
  await page.waitForFunction('window.__DTI_ASSOCIATED__.length === 10');
  // Office is ready (the page waits on the same promise before it looks at the visibility), and a little more.
  await page.evaluate('Office.onReady()');
  await page.waitForTimeout(500);
  expect(seen.filter(paneChunk)).toEqual([]);
  expect(await fake(page, (w) => w.syncs)).toBe(0);
  await expect(page.getByTestId('page-loading').textContent()).resolves.toContain('Đang tải DTI cho Excel');

  await page.evaluate('window.__DTI_SHOW__()');
  await page.getByTestId(`sheet-row-${SEED_SHEET}`).waitFor({ timeout: 30_000 });
  expect(seen.filter(paneChunk)).toHaveLength(1);
  expect(await fake(page, (w) => w.syncs)).toBeGreaterThan(0);
  await page.close();
}, 60_000);

test('an Excel below ExcelApi 1.4 gets a plain message saying which Excel is needed, not a blank pane', async () => {
  const page = await open('?excelapi=1.3');
  const message = page.getByTestId('old-excel').first();
  await message.waitFor({ timeout: 30_000 });
  await expect(message.textContent()).resolves.toContain('cần ExcelApi 1.4');
  expect(await page.getByTestId('old-excel').count()).toBe(2);
  expect(await fake(page, (w) => w.syncs)).toBe(0);
  await page.screenshot({ path: join(SHOTS, '0-old-excel.png') });
  await page.close();
}, 60_000);

test('in Internet Explorer (Trident) the page itself says which Excel is needed', async () => {
  const page = await open('', () => {
    Object.defineProperty(Navigator.prototype, 'userAgent', { configurable: true, get: () => 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko' });
  });
  const lines = page.getByTestId('old-webview');
  await lines.first().waitFor({ timeout: 30_000 });
  const text = (await lines.allTextContents()).join('\n');
  expect(text).toContain('Microsoft 365, Excel 2021, Excel 2024, Excel trên web');
  expect(text).toContain('Microsoft Edge WebView2 Runtime');
  expect(text).toContain('It needs Microsoft 365, Excel 2021, Excel 2024 or Excel on the web');
  await page.waitForTimeout(500);
  expect(await page.getByTestId('old-webview').count()).toBe(6);
  expect(await fake(page, (w) => w.syncs)).toBe(0);
  await page.screenshot({ path: join(SHOTS, '0-internet-explorer.png') });
  await page.close();
}, 60_000);

test('an official maps a sheet, finds a problem, adds status columns and makes the report', async () => {
  const page = await open();

  // (1) Sheets: the plan sheet is found with its indicators and month columns.
  const row = page.getByTestId(`sheet-row-${SEED_SHEET}`);
  await row.waitFor({ timeout: 30_000 });
  await expect(row.textContent()).resolves.toContain('T11/2026');
  await expect(row.textContent()).resolves.toContain('5');
  // Its checkbox and its button are named after the sheet, not only "Là trang chỉ tiêu" and "Ánh xạ" on every card.
  expect(await row.getByRole('checkbox', { name: `Là trang chỉ tiêu: ${SEED_SHEET}`, exact: true }).isChecked()).toBe(true);
  expect(await row.getByRole('button', { name: `Ánh xạ: ${SEED_SHEET}`, exact: true }).count()).toBe(1);
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
  // Said in the polite live region (screen readers hear it), and only on the tab it belongs to.
  await page.getByRole('status').getByText('Đã lưu ánh xạ vào sổ làm việc.').waitFor();
  const parts = await fake(page, (w) => w.customXmlParts.map((p) => p.xml));
  expect(parts).toHaveLength(1);
  expect(parts[0]).toContain('urn:dti-excel:mapping:v1');
  expect(parts[0]).toContain('"owner":"F"');

  // The indicator name that looks like HTML is shown as text, and nothing ran.
  expect(await page.getByText(XSS_NAME, { exact: true }).count()).toBeGreaterThan(0);
  expect(await page.locator('img[src="x"]').count()).toBe(0);

  // (3) Problems: grouped by sheet; clicking one selects its cell in Excel. The mapping tab's notice stays there.
  await page.getByTestId('tab-problems').click();
  await page.getByTestId('recheck').waitFor();
  expect(await page.getByTestId('notice').count()).toBe(0);
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

  // The sheets the add-in made are marked "Trang do DTI tạo", and the words stay inside their pill at 320 and 450 px.
  await page.getByTestId('tab-sheets').click();
  const badge = page.getByTestId('sheet-row-Báo cáo T11-2026').getByText('Trang do DTI tạo', { exact: true });
  for (const width of [320, 450]) {
    await page.setViewportSize({ width, height: 900 });
    expect(await overflowing(page)).toEqual([]);
    expect(await badge.evaluate((pill) => [pill.scrollWidth <= pill.clientWidth, pill.scrollHeight <= pill.clientHeight])).toEqual([true, true]);
    await page.screenshot({ path: join(SHOTS, `w${width}-own-sheets.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 420, height: 900 });
  await page.getByTestId('tab-report').click();

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
  await page.setViewportSize({ width: 320, height: 700 });
  expect(await overflowing(page)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: join(SHOTS, '7-overwrite-dialog-320.png'), fullPage: true });
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await dialog.waitFor({ state: 'detached' });
  expect(await sheetState()).toBe(before);
  // The focus is back on the button that opened the dialog, not on the page's body.
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'add-status', undefined, { timeout: 5_000 });

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
  // Every state of the bar, as the page shows it (phase and value), whatever the machine's speed.
  await page.evaluate(`(() => {
    const seen = (window.__DTI_BAR__ = []);
    new MutationObserver(() => {
      const box = document.querySelector('[data-testid="progress"]');
      const bar = box && box.querySelector('[role="progressbar"]');
      const state = box ? box.getAttribute('data-phase') + ' ' + (bar && bar.getAttribute('aria-valuenow')) : null;
      if (state && seen[seen.length - 1] !== state) seen.push(state);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  })()`);
  await page.getByTestId('make-report').click();
  const reading = page.locator('[data-testid="progress"][data-phase="reading"]');
  await reading.waitFor();
  await expect(reading.textContent()).resolves.toContain('Đang đọc lại sổ làm việc');
  expect(await reading.getByRole('progressbar', { name: 'Đang đọc lại sổ làm việc để dùng số liệu mới nhất…' }).count()).toBe(1);
  await page.screenshot({ path: join(SHOTS, '8-rereading.png'), fullPage: true });
  await page.getByText('Đã ghi báo cáo vào trang "Báo cáo T11-2026" và phụ lục vào trang "Phụ lục BC T11-2026".').waitFor({ timeout: 30_000 });
  // Reading then writing (then reading again, to show what was written); each bar moves without a value
  // (indeterminate) until the first round trip says how far it is, then shows the real share: never 0 %.
  const states = (await page.evaluate('window.__DTI_BAR__')) as string[];
  expect([...new Set(states.map((s) => s.split(' ')[0]))]).toEqual(['reading', 'writing']);
  expect(states.slice(0, 3)).toEqual(['reading null', 'reading 0.5', 'reading 1']);
  expect(states.find((s) => s.startsWith('writing'))).toBe('writing null');
  expect(states.filter((s) => s.endsWith(' 0'))).toEqual([]);
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
  expect(await page.getByTestId('reload-page').count()).toBe(0);
  await page.setViewportSize({ width: 320, height: 600 });
  expect(await overflowing(page)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: join(SHOTS, '0-not-in-excel.png') });
  await page.close();
}, 60_000);

test('when office.js cannot be loaded the pane says so (not "open it in Excel"), and "Thử lại" loads the page again', async () => {
  const page = await context.newPage();
  await page.route('**/office-js/office.js', (route) => route.abort());
  await page.goto(`${base}/taskpane.html`);
  const message = page.getByTestId('office-missing');
  await message.waitFor({ timeout: 30_000 });
  await expect(message.textContent()).resolves.toContain('Không tải được office.js');
  expect(await page.getByTestId('not-in-excel').count()).toBe(0);
  await page.setViewportSize({ width: 320, height: 600 });
  expect(await overflowing(page)).toEqual([]);
  expect(await axeViolations(page)).toEqual([]);
  await page.screenshot({ path: join(SHOTS, '0-office-missing-320.png') });
  // The network is back: the retry reloads the page, office.js loads, and the pane reads the workbook.
  await page.unroute('**/office-js/office.js');
  await page.getByTestId('reload-page').click();
  await page.getByTestId(`sheet-row-${SEED_SHEET}`).waitFor({ timeout: 30_000 });
  await page.close();
}, 60_000);

const SCREENS = ['sheets', 'mapping', 'problems', 'status', 'report'] as const;

test('every screen fits the pane at 320, 360 and 450 px (nothing wider than the viewport) and axe finds no violation', async () => {
  const page = await open('?doubtful');
  await page.getByTestId(`sheet-row-${SEED_SHEET}`).waitFor({ timeout: 30_000 });
  const found: Record<string, unknown> = {};
  for (const lang of ['vi', 'en'] as const) {
    if (lang === 'en') await page.getByTestId('lang').click();
    for (const width of [320, 360, 450]) {
      await page.setViewportSize({ width, height: 800 });
      for (const screen of SCREENS) {
        await page.getByTestId(`tab-${screen}`).click();
        await page.locator(`[data-testid="tab-${screen}"][aria-selected="true"]`).waitFor();
        // Screens after the first load on demand: checked once they are there, not their "opening" line.
        await page.getByTestId('screen-loading').waitFor({ state: 'detached' });
        if (screen === 'report') await page.getByTestId('make-forms').waitFor();
        // The five tabs stay on one row, all in view (their row could scroll, but needs not).
        const tabs = await page.locator('[role="tab"]').evaluateAll((all) => ({
          rows: new Set(all.map((t) => Math.round(t.getBoundingClientRect().top))).size,
          inView: all.every((t) => t.getBoundingClientRect().right <= document.documentElement.clientWidth),
        }));
        const overflow = await overflowing(page);
        const axe = await axeViolations(page);
        if (overflow.length || axe.length || tabs.rows !== 1 || !tabs.inView) found[`${lang} ${width} ${screen}`] = { overflow, axe, tabs };
        if (lang === 'vi' && width !== 360) await page.screenshot({ path: join(SHOTS, `w${width}-${screen}.png`), fullPage: true });
      }
    }
  }
  expect(found).toEqual({});
  await page.close();
}, 180_000);

test('the month columns are separate checkboxes, each with its own name: unticking H leaves G ticked', async () => {
  const page = await open();
  await page.getByTestId(`sheet-row-${SEED_SHEET}`).waitFor({ timeout: 30_000 });
  await page.getByTestId('tab-mapping').click();
  const group = page.getByRole('group', { name: 'Các cột kết quả theo tháng' });
  const g = group.getByRole('checkbox', { name: 'G – T10/2026' });
  const h = group.getByRole('checkbox', { name: 'H – T11/2026' });
  expect([await g.isChecked(), await h.isChecked()]).toEqual([true, true]);
  expect(await g.getAttribute('id')).not.toBe(await h.getAttribute('id'));
  await group.getByText('H – T11/2026').click();
  expect([await g.isChecked(), await h.isChecked()]).toEqual([true, false]);
  // The preview now reads the last month ticked: G.
  await expect(page.getByTestId('preview').locator('th').last().textContent()).resolves.toBe('Kết quả (G)');
  await page.close();
}, 60_000);

test('two fields mapped to one column: the mapping screen warns, naming the column and both fields', async () => {
  const page = await open();
  await page.getByTestId(`sheet-row-${SEED_SHEET}`).waitFor({ timeout: 30_000 });
  await page.getByTestId('tab-mapping').click();
  await page.getByTestId('field-owner').waitFor();
  expect(await page.getByTestId('shared-column').count()).toBe(0);
  await page.getByTestId('field-owner').selectOption('B');
  await expect(page.getByTestId('shared-column').textContent()).resolves.toBe('Cột B đang được chọn cho nhiều mục: "Chỉ tiêu", "Đơn vị chủ trì (xã)". Mỗi cột chỉ dùng cho một mục; hãy chọn lại.');
  // A field on a month column is the same mistake.
  await page.getByTestId('field-owner').selectOption('H');
  await expect(page.getByTestId('shared-column').textContent()).resolves.toContain('Cột H đang được chọn cho nhiều mục: "Đơn vị chủ trì (xã)", một cột tháng.');
  await page.getByTestId('field-owner').selectOption('E');
  expect(await page.getByTestId('shared-column').count()).toBe(0);
  await page.close();
}, 60_000);

test('120 problems of one kind on one sheet: 50 buttons, then "Xem thêm" 50 at a time', async () => {
  const page = await open('?many-problems');
  await page.getByTestId(`sheet-row-${SEED_SHEET}`).waitFor({ timeout: 30_000 });
  await page.getByTestId('tab-problems').click();
  // The group's badge: its severity and how many.
  const group = page.getByTestId('problem-group').filter({ hasText: '· 120' });
  await group.waitFor();
  expect(await group.getByTestId('problem').count()).toBe(50);
  expect(await group.getByTestId('problem').first().textContent()).toMatch(/^D2 /);
  await expect(group.getByTestId('show-more').textContent()).resolves.toBe('Xem thêm (70 vấn đề nữa)');
  await group.getByTestId('show-more').click();
  expect(await group.getByTestId('problem').count()).toBe(100);
  await group.getByTestId('show-more').click();
  expect(await group.getByTestId('problem').count()).toBe(120);
  expect(await group.getByTestId('show-more').count()).toBe(0);
  // Every problem of that sheet is in one of its groups; the seed sheet's two stay apart.
  expect(await page.getByTestId('problem').count()).toBeGreaterThan(120);
  await page.close();
}, 60_000);

test('a read that fails with an error the add-in has no words for: a general message, the error logged, and "Thử lại" reads again', async () => {
  const logged: string[] = [];
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') logged.push(m.text());
  });
  await page.goto(`${base}/taskpane.html?load-fails`);
  const alert = page.getByRole('alert');
  await alert.getByText('Đã có lỗi khi làm việc với Excel. Hãy thử lại.').waitFor({ timeout: 30_000 });
  expect(logged.some((line) => line.includes('The fake Excel is unwell'))).toBe(true);
  expect(await page.getByTestId(`sheet-row-${SEED_SHEET}`).count()).toBe(0);
  await page.getByTestId('tab-report').click();
  await alert.getByTestId('retry').click();
  await page.getByTestId('make-report').waitFor({ timeout: 30_000 });
  expect(await page.getByTestId('notice').count()).toBe(0);
  await page.close();
}, 60_000);

test('under a dark Office theme the pane is dark', async () => {
  const background = async (query: string): Promise<string> => {
    const page = await open(query);
    await page.getByTestId(`sheet-row-${SEED_SHEET}`).waitFor({ timeout: 30_000 });
    const colour = await page.locator('.dti-root').evaluate((el) => getComputedStyle(el).backgroundColor);
    if (query) {
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(SHOTS, '9-dark.png') });
    }
    await page.close();
    return colour;
  };
  expect(await background('')).toBe('rgb(255, 255, 255)');
  expect(await background('?dark')).toBe('rgb(41, 41, 41)');
}, 60_000);

test('no request went anywhere but 127.0.0.1 (office.js\'s own telemetry frame aside, stopped above)', () => {
  expect(requests.length).toBeGreaterThan(0);
  const outside = requests.filter((url) => !url.startsWith('http://127.0.0.1:') && !url.startsWith('data:') && !url.startsWith('blob:') && url !== OFFICE_TELEMETRY);
  expect(outside).toEqual([]);
});
