/**
 * The page's own script, run after functions.js (which registers the DTI.*
 * functions first, see webpack.config.js). It waits for Office, then for the
 * pane to be shown (visibility.ts), and only then loads the pane's chunk
 * (pane.tsx): a runtime Excel keeps hidden for the functions loads no React and
 * reads no sheet. An Excel below the pane's minimum gets a plain message
 * instead. In Internet Explorer nothing here runs: old-webview.js has said
 * which Excel is needed. Where the page runs is find-host.ts's answer (the
 * browser test's build swaps that module for one giving a fake Excel).
 */
import { bi, type Lang, say } from '../core/i18n';
import { paneSupported, PANE_EXCEL_API } from '../excel/features';
import { findHost } from './find-host';
import { whenShown } from './visibility';

declare global {
  interface Window {
    __DTI_OLD_WEBVIEW__?: boolean;
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
  const found = await findHost();
  await whenShown(document, window, found.addin);
  if (found.kind === 'excel' && !paneSupported(found.host)) return showOldExcel(root);
  const { mountPane } = await import(/* webpackChunkName: "pane" */ './pane');
  await mountPane(root, found);
}

void boot();
