import { Button, FluentProvider, Text } from '@fluentui/react-components';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Lang } from '../core/i18n';
import { userMessage } from '../excel/errors';
import type { HostTheme } from '../excel/host';
import type { ForeignCell, FormulaMode } from '../core/writing/status-columns';
import { ActivityBar } from './ActivityBar';
import { defaultMonth, monthChoices } from './actions';
import { LOCAL_COMMANDS, type PaneCommands } from './pane-commands';
import { offerDownload } from './download';
import { Notices } from './Notices';
import { PaneTabs, type TabId } from './PaneTabs';
import { EMPTY_FORM, formComplete, formInput, type ReportForm, reportFormOf } from './report-form';
import { CycleView, MappingView, OverwriteDialog, ProblemsView, ReportView, StatusView } from './screens';
import { SheetsView } from './SheetsView';
import { t } from './strings';
import { paneTheme } from './theme';
import { type Notice, useWorkbook } from './use-workbook';
import type { Steps } from './commands';
import { useNoticePerTab } from './notice-per-tab';
import type { TaskpanePort } from './workbook-session';

export function Shell({ lang, onLang, theme, children }: { lang: Lang; onLang(lang: Lang): void; theme?: HostTheme | null; children: React.ReactNode }) {
  return (
    <FluentProvider theme={paneTheme(theme)} className="dti-root" lang={lang} data-theme={theme?.dark ? 'dark' : 'light'}>
      <header className="dti-header">
        <Text as="h1" size={500} weight="semibold">
          {t(lang, 'appTitle')}
        </Text>
        <Button size="small" appearance="subtle" onClick={() => onLang(lang === 'vi' ? 'en' : 'vi')} data-testid="lang">
          {t(lang, 'switchLang')}
        </Button>
      </header>
      {children}
    </FluentProvider>
  );
}

interface AppProps {
  port: TaskpanePort;
  /** Where the commands run (the web page: in its worker); here by default. */
  commands?: PaneCommands;
  /** Shown above the tabs (the web page's file bar), told the language, the month chosen and whether the pane is busy. */
  header?: (view: { lang: Lang; month: string; busy: boolean }) => React.ReactNode;
  initialLang?: Lang;
}

export function App({ port, commands = LOCAL_COMMANDS, header, initialLang = 'vi' }: AppProps) {
  const { makeMonthlyReport, makeSendCopy, saveMapping, saveSheetChoice, writeStatusColumns, makeUnitForms, mergeUnitForms } = commands;
  const [lang, setLang] = useState<Lang>(initialLang);
  const [tab, setTab] = useState<TabId>('sheets');
  const { state, shown } = useNoticePerTab(useWorkbook(port), tab);
  const { snapshot, busy } = state;
  const notices: Notice[] = shown ? [shown] : [];
  if (snapshot?.mappingError) notices.push({ intent: 'warning', text: { vi: t('vi', 'mappingDamaged', { detail: snapshot.mappingError.vi }), en: t('en', 'mappingDamaged', { detail: snapshot.mappingError.en }) } });
  // The button that asked a question, to give the focus back to once the dialog closes.
  const asker = useRef<HTMLElement | null>(null);
  const focused = (): HTMLElement | null => (document.activeElement instanceof HTMLElement ? document.activeElement : null);
  const months = useMemo(() => monthChoices(snapshot), [snapshot]);
  const [month, setMonth] = useState('');
  const [mapSheet, setMapSheet] = useState('');
  const [pending, setPending] = useState<ForeignCell[] | null>(null);
  const [pendingMerge, setPendingMerge] = useState<{ files: Array<{ name: string; bytes: Uint8Array }>; ask: ForeignCell[] } | null>(null);
  // Plain formulas where this Excel cannot run DTI.* (Excel 2016/2019); the choice is offered everywhere.
  const customFunctions = port.customFunctions !== false;
  const [formulas, setFormulas] = useState<FormulaMode>(customFunctions ? 'dti' : 'plain');
  // The document details, filled from the workbook's record each time it is read (and for the month chosen).
  const saved = useMemo(() => (snapshot ? reportFormOf(snapshot, month) : EMPTY_FORM), [snapshot, month]);
  const [form, setForm] = useState<ReportForm>(EMPTY_FORM);
  useEffect(() => setForm(saved), [saved]);

  useEffect(() => {
    if (!snapshot) return;
    if (!month || !months.includes(month)) setMonth(defaultMonth(snapshot));
    if (!mapSheet || !snapshot.sheets.some((s) => s.sheet === mapSheet)) {
      setMapSheet(snapshot.sheets.find((s) => s.included)?.sheet ?? snapshot.sheets.find((s) => s.own === null)?.sheet ?? '');
    }
  }, [snapshot, months, month, mapSheet]);

  const disabled = busy !== null || snapshot === null;
  /**
   * Runs a command that may first ask which cells it may overwrite: then the
   * dialog opens (`onAsk`), and focus goes back to the button pressed when it closes.
   */
  const workOrAsk = async (run: (steps: Steps) => Promise<{ notice: Notice } | { ask: ForeignCell[] }>, onAsk: (ask: ForeignCell[]) => void): Promise<void> => {
    const opener = focused();
    let ask: ForeignCell[] | null = null;
    await state.work(async (steps) => {
      const outcome = await run(steps);
      if ('notice' in outcome) return outcome.notice;
      ask = outcome.ask;
      return null;
    }, true);
    if (ask) {
      asker.current = opener;
      onAsk(ask);
    }
  };

  // Planned from the cells as they are when clicked (the command reads them again); the cells listed in the dialog are the consent.
  const addStatus = (consented?: ForeignCell[]): Promise<void> =>
    workOrAsk((steps) => writeStatusColumns(port, month, steps, consented, formulas), setPending);

  // The forms picked are read once; a conflict is asked about, and the merge planned again from the cells as they are then.
  const mergeForms = (files: Array<{ name: string; bytes: Uint8Array }>, consented?: ForeignCell[]): Promise<void> =>
    workOrAsk((steps) => mergeUnitForms(port, month, files, steps, consented), (ask) => setPendingMerge({ files, ask }));

  return (
    <Shell lang={lang} onLang={setLang} theme={port.theme}>
      {header?.({ lang, month, busy: disabled })}
      <PaneTabs lang={lang} tab={tab} problems={snapshot ? snapshot.analysis.problems.length : null} onTab={setTab} />
      <main className="dti-main">
        <ActivityBar lang={lang} busy={busy} progress={state.progress} />
        <Notices lang={lang} notices={notices} onRetry={() => void state.reload()} />
        {snapshot && tab === 'sheets' && (
          <SheetsView lang={lang} sheets={snapshot.sheets} disabled={disabled} onSave={(included) => void state.work((steps) => saveSheetChoice(port, snapshot.sheets.map((s) => s.sheet), included, steps), true)} onMap={(sheet) => { setMapSheet(sheet); setTab('mapping'); }} />
        )}
        {snapshot && tab === 'mapping' && mapSheet && (
          <MappingView lang={lang} snapshot={snapshot} sheet={mapSheet} disabled={disabled} onSheet={setMapSheet} onSave={(sheet, drafts) => void state.work((steps) => saveMapping(port, snapshot, sheet, drafts, steps), true)} />
        )}
        {snapshot && tab === 'problems' && (
          <ProblemsView
            lang={lang}
            problems={snapshot.analysis.problems}
            disabled={disabled}
            selectsCells={port.selectsCells !== false}
            onRecheck={() => void state.reload()}
            onSelect={(p) => port.select(p.sheet, p.cell).then((said) => said && state.setNotice({ intent: 'info', text: said }), (e: unknown) => state.setNotice({ intent: 'error', text: userMessage(e) }))}
          />
        )}
        {snapshot && tab === 'status' && <StatusView lang={lang} months={months} month={month} disabled={disabled} mode={formulas} customFunctions={customFunctions} onMonth={setMonth} onMode={setFormulas} onAdd={() => void addStatus()} />}
        {snapshot && tab === 'report' && (
          <ReportView
            lang={lang}
            months={months}
            month={month}
            disabled={disabled}
            form={form}
            known={formComplete(saved) && saved.commune === (snapshot.mapping?.commune ?? '')}
            onForm={setForm}
            onMonth={setMonth}
            onMake={() => void state.work((steps) => makeMonthlyReport(port, month, steps, formInput(form)), true)}
            onSendCopy={() => void state.work(() => makeSendCopy(port, (bytes, name) => offerDownload(bytes, name)))}
          />
        )}
        {snapshot && tab === 'report' && (
          <CycleView
            lang={lang}
            disabled={disabled}
            onMake={() => void state.work((steps) => makeUnitForms(port, month, steps, (bytes, name) => offerDownload(bytes, name, document, 'application/zip')))}
            onMerge={(files) => void Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))).then((read) => mergeForms(read))}
          />
        )}
      </main>
      {pendingMerge && (
        <OverwriteDialog
          lang={lang}
          cells={pendingMerge.ask}
          returnFocus={asker.current}
          onCancel={() => setPendingMerge(null)}
          onConfirm={() => {
            const { files, ask } = pendingMerge;
            setPendingMerge(null);
            void mergeForms(files, ask);
          }}
        />
      )}
      {pending && (
        <OverwriteDialog
          lang={lang}
          cells={pending}
          returnFocus={asker.current}
          onCancel={() => setPending(null)}
          onConfirm={() => {
            const consented = pending;
            setPending(null);
            void addStatus(consented);
          }}
        />
      )}
    </Shell>
  );
}
