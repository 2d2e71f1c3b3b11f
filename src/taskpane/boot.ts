/**
 * The page's own script, run after functions.js (which registers the DTI.*
 * functions first, see webpack.config.js). It waits for Office, then for the
 * pane to be shown (visibility.ts), and only then loads the pane's chunk
 * (pane.tsx): a runtime Excel keeps hidden for the functions loads no React and
 * reads no sheet. An Excel below the pane's minimum gets a plain message
 * instead. In Internet Explorer nothing here runs: old-webview.js has said
 * which Excel is needed. A test may inject a host (window.__DTI_TEST_HOST__,
 * set by the browser test's fake before any script of the page runs).
 */
import { bi, type Lang, say } from '../core/i18n';
import { paneSupported, PANE_EXCEL_API } from '../excel/features';
import { type ExcelHost, officeExcelHost } from '../excel/host';
import { type AddinVisibility, whenShown } from './visibility';

declare global {
  interface Window {
    __DTI_TEST_HOST__?: ExcelHost;
    __DTI_OLD_WEBVIEW__?: boolean;
  }
}

async function officeHost(): Promise<{ host: ExcelHost | null; addin: AddinVisibility | null }> {
  try {
    if (typeof Office === 'undefined') return { host: null, addin: null };
    const info = await Office.onReady();
    const addin = (Office as unknown as { addin?: AddinVisibility }).addin ?? null;
    return { host: info.host === Office.HostType.Excel ? officeExcelHost() : null, addin };
  } catch {
    return { host: null, addin: null };
  }
}

/** Said in both languages, Vietnamese first: the pane has not loaded, so there is no language switch yet. */
const OLD_EXCEL = bi(
  `Excel này chưa có đủ giao diện lập trình cho ngăn DTI (cần ExcelApi ${PANE_EXCEL_API}: Microsoft 365, Excel 2021, Excel 2024 hoặc Excel trên web). Các cột tình trạng viết bằng công thức thông thường vẫn tính được trong Excel này.`,
  `This Excel lacks the programming interface the DTI pane needs (ExcelApi ${PANE_EXCEL_API}: Microsoft 365, Excel 2021, Excel 2024 or Excel on the web). Status columns written as plain formulas still calculate in this Excel.`,
);

function showOldExcel(root: HTMLElement): void {
  root.textContent = '';
  for (const lang of ['vi', 'en'] as const satisfies readonly Lang[]) {
    const p = document.createElement('p');
    p.className = 'dti-message';
    p.lang = lang;
    p.setAttribute('role', 'alert');
    p.setAttribute('data-testid', 'old-excel');
    p.textContent = say(OLD_EXCEL, lang);
    root.appendChild(p);
  }
}

async function boot(): Promise<void> {
  const root = document.getElementById('root');
  if (!root || window.__DTI_OLD_WEBVIEW__) return;
  const office = await officeHost();
  const host = office.host ?? window.__DTI_TEST_HOST__ ?? null;
  await whenShown(document, window, office.addin);
  if (host && !paneSupported(host)) return showOldExcel(root);
  const { mountPane } = await import(/* webpackChunkName: "pane" */ './pane');
  mountPane(root, host);
}

void boot();
