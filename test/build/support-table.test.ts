/**
 * The support table in README.md (Vietnamese and English) against what decides it:
 * the requirements manifest.xml declares (base and <VersionOverrides>), the pane's
 * minimum ExcelApi (PANE_EXCEL_API) and the <Runtimes> element, which makes Office use
 * Internet Explorer instead of EdgeHTML. The facts of each Excel are Microsoft's
 * requirement-set and web view tables, written here by hand.
 */
import * as fs from 'fs';
import * as path from 'path';
import { PANE_EXCEL_API } from '../../src/excel/features';

const ROOT = path.resolve(__dirname, '..', '..');
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const manifest = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8').replace(/<!--[\s\S]*?-->/g, '');

/** What an Excel has: its highest ExcelApi, shared runtime, custom functions, the web view Office gives add-ins without <Runtimes>. */
interface Excel {
  excelApi: string | null;
  sharedRuntime: boolean;
  customFunctions: boolean;
  webview: 'webview2' | 'edgehtml' | 'ie' | 'safari' | 'browser' | null;
}

const ROWS: Array<[vi: string, en: string, Excel]> = [
  ['Microsoft 365 trên Windows (bản 2002 trở lên, có WebView2)', 'Microsoft 365 on Windows (version 2002 or later, with WebView2)', { excelApi: '1.20', sharedRuntime: true, customFunctions: true, webview: 'webview2' }],
  ['Microsoft 365 trên Mac', 'Microsoft 365 on Mac', { excelApi: '1.20', sharedRuntime: true, customFunctions: true, webview: 'safari' }],
  ['Excel trên web', 'Excel on the web', { excelApi: '1.20', sharedRuntime: true, customFunctions: true, webview: 'browser' }],
  ['Excel 2024', 'Excel 2024', { excelApi: '1.17', sharedRuntime: true, customFunctions: true, webview: 'webview2' }],
  ['Excel 2021 (bản 2108 trở lên)', 'Excel 2021 (version 2108 or later)', { excelApi: '1.14', sharedRuntime: true, customFunctions: true, webview: 'webview2' }],
  ['Excel 2016/2019 bán lẻ, cập nhật từ bản 2311, có WebView2', 'Retail Excel 2016/2019, updated to 2311 or later, with WebView2', { excelApi: '1.17', sharedRuntime: true, customFunctions: true, webview: 'webview2' }],
  ['Excel 2016/2019 bán lẻ, bản 2002 đến trước 2311, có WebView2', 'Retail Excel 2016/2019, version 2002 to before 2311, with WebView2', { excelApi: '1.11', sharedRuntime: true, customFunctions: false, webview: 'webview2' }],
  ['Excel 2016/2019 bán lẻ, không có WebView2', 'Retail Excel 2016/2019 without WebView2', { excelApi: '1.11', sharedRuntime: true, customFunctions: false, webview: 'edgehtml' }],
  ['Excel 2019 cấp phép số lượng lớn (bản 1808)', 'Volume-licensed Excel 2019 (version 1808)', { excelApi: '1.7', sharedRuntime: false, customFunctions: false, webview: 'ie' }],
  ['Excel 2016 cấp phép số lượng lớn (MSI, chỉ có ExcelApi 1.1)', 'Volume-licensed Excel 2016 (MSI, ExcelApi 1.1 only)', { excelApi: '1.1', sharedRuntime: false, customFunctions: false, webview: 'ie' }],
  ['WPS Office, LibreOffice Calc', 'WPS Office, LibreOffice Calc', { excelApi: null, sharedRuntime: false, customFunctions: false, webview: null }],
];

const atLeast = (a: string, b: string): boolean => {
  const [a1 = 0, a2 = 0] = a.split('.').map(Number);
  const [b1 = 0, b2 = 0] = b.split('.').map(Number);
  return a1 - b1 > 0 || (a1 === b1 && a2 >= b2);
};

/** ✔/✘ for the pane, the functions and plain formulas, as the manifest and the pane decide. */
function expected(excel: Excel): string[] {
  const base = /<Requirements>\s*<Sets[^>]*>\s*<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/.exec(manifest)![1]!;
  const overridesNeedShared = /<VersionOverrides[\s\S]*<Requirements>[\s\S]*<bt:Set Name="SharedRuntime" MinVersion="1.1"\/>/.test(manifest);
  const listed = excel.excelApi !== null && atLeast(excel.excelApi, base);
  const overrides = listed && (!overridesNeedShared || excel.sharedRuntime);
  // With <Runtimes> in force, Office never uses EdgeHTML: Internet Explorer instead.
  const webview = overrides && manifest.includes('<Runtimes>') && excel.webview === 'edgehtml' ? 'ie' : excel.webview;
  const pane = listed && webview !== 'ie' && atLeast(excel.excelApi!, PANE_EXCEL_API);
  const functions = overrides && excel.customFunctions && webview !== 'ie';
  return [pane, functions, true].map((ok) => (ok ? '✔' : '✘'));
}

function table(heading: string): Map<string, string[]> {
  const start = readme.indexOf(heading);
  expect(start).toBeGreaterThan(-1);
  const lines = readme.slice(start).split('\n');
  const first = lines.findIndex((l) => l.startsWith('|'));
  const rows = lines.slice(first + 2).filter((_, i, all) => all.slice(0, i + 1).every((l) => l.startsWith('|')));
  return new Map(rows.map((row) => {
    const cells = row.split('|').slice(1, -1).map((c) => c.trim());
    return [cells[0]!, cells.slice(1).map((c) => c.charAt(0))];
  }));
}

test.each([
  ['## Phiên bản Excel nào dùng được', 0],
  ['## Which Excel works', 1],
] as const)('README "%s": every Excel, and what works there as the manifest and the pane decide', (heading, lang) => {
  const rows = table(heading);
  expect([...rows.keys()]).toEqual(ROWS.map((r) => r[lang]));
  for (const row of ROWS) expect([row[lang], rows.get(row[lang])]).toEqual([row[lang], expected(row[2])]);
});

test('the table is not all ticks: the old Excels and WPS/LibreOffice have neither pane nor functions', () => {
  const marks = ROWS.map((r) => expected(r[2]).join(''));
  expect(marks.filter((m) => m === '✔✔✔')).toHaveLength(6);
  expect(marks.filter((m) => m === '✘✘✔')).toHaveLength(4);
});
