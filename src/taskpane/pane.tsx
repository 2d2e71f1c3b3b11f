/**
 * The task pane itself (React and Fluent UI), a chunk of its own: boot.ts loads
 * it only once the pane is shown, so the DTI.* functions never wait for it.
 * Outside Excel (host null) it says so plainly.
 */
import { createRoot } from 'react-dom/client';
import { Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { Lang } from '../core/i18n';
import type { ExcelHost } from '../excel/host';
import { OfficeWorkbook } from '../excel/office-workbook';
import { App, Shell } from './App';
import { t } from './strings';

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

export function mountPane(container: HTMLElement, host: ExcelHost | null): void {
  createRoot(container).render(host ? <App port={new OfficeWorkbook(host)} /> : <NotInExcel />);
}
