/**
 * Bootstrap: waits for Office, then mounts the task pane. Nothing runs at
 * import time but this function. Outside Excel (host null) it says so plainly,
 * unless a test has injected a host (window.__DTI_TEST_HOST__, set by the
 * browser test's fake before any script of the page runs).
 */
import { createRoot } from 'react-dom/client';
import { Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { Lang } from '../core/i18n';
import type { ExcelHost } from '../excel/host';
import { officeExcelHost } from '../excel/host';
import { OfficeWorkbook } from '../excel/office-workbook';
import { App, Shell } from './App';
import { t } from './strings';

declare global {
  interface Window {
    __DTI_TEST_HOST__?: ExcelHost;
  }
}

function NotInExcel() {
  const [lang, setLang] = useState<Lang>('vi');
  return (
    <Shell lang={lang} onLang={setLang}>
      <Text block role="alert" data-testid="not-in-excel" className="dti-main">
        {t(lang, 'openInExcel')}
      </Text>
    </Shell>
  );
}

async function bootstrap(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) return;
  const root = createRoot(container);
  let host: ExcelHost | null = null;
  try {
    const info = typeof Office !== 'undefined' ? await Office.onReady() : { host: null };
    if (info.host === Office.HostType.Excel) host = officeExcelHost();
  } catch {
    host = null;
  }
  host ??= window.__DTI_TEST_HOST__ ?? null;
  root.render(host ? <App port={new OfficeWorkbook(host)} /> : <NotInExcel />);
}

void bootstrap();
