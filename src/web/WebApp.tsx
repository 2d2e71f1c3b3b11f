/**
 * The page: before a file is open, what it is for, that the file stays on this
 * computer, and the file picker; once one is open, the task pane's own App over
 * it, with the file bar (download, another file) above its tabs.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, ProgressBar, Spinner, Text } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Bilingual, Lang } from '../core/i18n';
import { userMessage } from '../excel/errors';
import { LIMITS } from '../files/limits';
import { formatSize } from '../core/messages';
import { App, Shell } from '../taskpane/App';
import { offerDownload } from '../taskpane/download';
import { NoticeBar } from '../taskpane/NoticeBar';
import { FileBar } from './FileBar';
import { FilePicker } from './FilePicker';
import { RemotePort, remoteCommands, WorkbookClient } from './workbook-client';
import { fill, WEB } from './web-strings';

interface Opened {
  name: string;
  /** Remounts App for each file opened. */
  generation: number;
}

export function WebApp({ workerSource }: { workerSource: string | null }) {
  const [lang, setLang] = useState<Lang>('vi');
  const [changed, setChanged] = useState(false);
  const client = useMemo(() => new WorkbookClient(workerSource, setChanged), [workerSource]);
  const port = useMemo(() => new RemotePort(client), [client]);
  const commands = useMemo(() => remoteCommands(client), [client]);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [opening, setOpening] = useState<string | null>(null);
  const [error, setError] = useState<Bilingual | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [asking, setAsking] = useState<File | null>(null);
  const generation = useRef(0);

  // Leaving the page with changes not downloaded: the browser asks first.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent): void => {
      if (!client.changed) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [client]);

  const open = async (file: File): Promise<void> => {
    setError(null);
    setSaved(null);
    if (!/\.xlsx$/i.test(file.name)) return setError(fillBoth(WEB.notXlsxName, { name: file.name }));
    if (file.size > LIMITS.inputFileBytes) {
      return setError({
        vi: fill(WEB.tooLarge.vi, { name: file.name, size: formatSize(file.size, 'vi'), max: formatSize(LIMITS.inputFileBytes, 'vi') }),
        en: fill(WEB.tooLarge.en, { name: file.name, size: formatSize(file.size, 'en'), max: formatSize(LIMITS.inputFileBytes, 'en') }),
      });
    }
    setOpening(file.name);
    try {
      await client.open(await file.arrayBuffer(), file.name);
      generation.current += 1;
      setOpened({ name: file.name, generation: generation.current });
    } catch (e) {
      setError(userMessage(e));
    } finally {
      setOpening(null);
    }
  };
  const choose = (file: File): void => {
    if (client.changed) setAsking(file);
    else void open(file);
  };
  const download = async (name: string): Promise<void> => {
    setError(null);
    try {
      offerDownload(await client.save(), name);
      setSaved(name);
    } catch (e) {
      setError(userMessage(e));
    }
  };

  const notices = (now: Lang) => (
    <>
      {client.place === 'page' && <NoticeBar lang={now} notice={{ intent: 'warning', text: WEB.onPage }} />}
      {opening !== null && (
        <div data-testid="opening">
          <Spinner size="small" label={`${WEB.opening[now]} ${opening}`} />
          <ProgressBar />
        </div>
      )}
      {error && <NoticeBar lang={now} notice={{ intent: 'error', text: error }} />}
      {saved && <NoticeBar lang={now} notice={{ intent: 'success', text: fillBoth(WEB.downloaded, { name: saved }) }} />}
      {asking && (
        <MessageBar intent="warning" data-testid="replace-ask">
          <MessageBarBody>{fill(WEB.replaceAsk[now], { open: opened?.name ?? '', next: asking.name })}</MessageBarBody>
          <MessageBarActions>
            <Button
              data-testid="replace-confirm"
              onClick={() => {
                const file = asking;
                setAsking(null);
                void open(file);
              }}
            >
              {WEB.replaceConfirm[now]}
            </Button>
            <Button appearance="primary" data-testid="replace-cancel" onClick={() => setAsking(null)}>
              {WEB.replaceCancel[now]}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
    </>
  );

  if (!opened) {
    return (
      <Shell lang={lang} onLang={setLang}>
        <main className="dti-main" data-testid="start">
          <Text block>{WEB.intro[lang]}</Text>
          <Text block weight="semibold" data-testid="privacy">
            {WEB.privacy[lang]}
          </Text>
          <FilePicker lang={lang} disabled={opening !== null} onFile={choose} />
          {notices(lang)}
        </main>
      </Shell>
    );
  }
  return (
    <App
      key={opened.generation}
      port={port}
      commands={commands}
      initialLang={lang}
      header={(view) => (
        <>
          <LangEcho lang={view.lang} onLang={setLang} />
          <div className="dti-main">
            <FileBar lang={view.lang} name={opened.name} month={view.month} changed={changed} busy={view.busy || opening !== null} onDownload={(name) => void download(name)} onFile={choose} />
            {notices(view.lang)}
          </div>
        </>
      )}
    />
  );
}

/** Keeps the page's language as App's switch sets it, so a file opened next keeps it. */
function LangEcho({ lang, onLang }: { lang: Lang; onLang(lang: Lang): void }) {
  useEffect(() => onLang(lang), [lang, onLang]);
  return null;
}

function fillBoth(text: Bilingual, params: Record<string, string>): Bilingual {
  return { vi: fill(text.vi, params), en: fill(text.en, params) };
}
