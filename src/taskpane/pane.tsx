/**
 * The task pane itself (React and Fluent UI), a chunk of its own: boot.ts loads
 * it only once the pane is shown, so the DTI.* functions never wait for it.
 * Outside Excel it says so plainly: office.js did not load (with a retry), or
 * this is not Excel.
 */
import { createRoot } from 'react-dom/client';
import { Button, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { Lang } from '../core/i18n';
import { OfficeWorkbook } from '../excel/office-workbook';
import { App, Shell } from './App';
import type { HostSearch } from './find-host';
import { t } from './strings';
import { loadPaneTheme } from './theme';

function NotInExcel({ officeMissing }: { officeMissing: boolean }) {
  const [lang, setLang] = useState<Lang>('vi');
  return (
    <Shell lang={lang} onLang={setLang}>
      <main className="dti-main">
        <Text block role="alert" data-testid={officeMissing ? 'office-missing' : 'not-in-excel'}>
          {t(lang, officeMissing ? 'officeMissing' : 'openInExcel')}
        </Text>
        {officeMissing && (
          <Button appearance="primary" onClick={() => location.reload()} data-testid="reload-page">
            {t(lang, 'retry')}
          </Button>
        )}
      </main>
    </Shell>
  );
}

export async function mountPane(container: HTMLElement, found: HostSearch): Promise<void> {
  if (found.kind === 'excel') await loadPaneTheme(found.host.theme);
  createRoot(container).render(found.kind === 'excel' ? <App port={new OfficeWorkbook(found.host)} /> : <NotInExcel officeMissing={found.kind === 'no-office'} />);
}
