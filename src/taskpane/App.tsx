import { Button, FluentProvider, ProgressBar, Spinner, Tab, TabList, Text, webLightTheme } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { Lang } from '../core/i18n';
import { userMessage } from '../excel/errors';
import type { ForeignCell, FormulaMode } from '../core/plan/status-columns';
import { defaultMonth, monthChoices } from './actions';
import { makeMonthlyReport, makeSendCopy, saveMapping, saveSheetChoice, writeStatusColumns } from './commands';
import { makeUnitForms, mergeUnitForms } from './cycle-commands';
import { CycleView } from './CycleView';
import { offerDownload } from './download';
import { MappingView } from './MappingView';
import { NoticeBar } from './NoticeBar';
import { OverwriteDialog } from './OverwriteDialog';
import { EMPTY_FORM, formComplete, formInput, type ReportForm, reportFormOf } from './report-form';
import { ProblemsView } from './ProblemsView';
import { ReportView } from './ReportView';
import { SheetsView } from './SheetsView';
import { StatusView } from './StatusView';
import { t } from './strings';
import { useWorkbook } from './use-workbook';
import type { TaskpanePort } from './workbook-session';

type TabId = 'sheets' | 'mapping' | 'problems' | 'status' | 'report';
const TABS: Array<[TabId, Parameters<typeof t>[1]]> = [
  ['sheets', 'tabSheets'],
  ['mapping', 'tabMapping'],
  ['problems', 'tabProblems'],
  ['status', 'tabStatus'],
  ['report', 'tabReport'],
];

export function Shell({ lang, onLang, children }: { lang: Lang; onLang(lang: Lang): void; children: React.ReactNode }) {
  return (
    <FluentProvider theme={webLightTheme} className="dti-root" lang={lang}>
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

export function App({ port }: { port: TaskpanePort }) {
  const [lang, setLang] = useState<Lang>('vi');
  const [tab, setTab] = useState<TabId>('sheets');
  const state = useWorkbook(port);
  const { snapshot, busy } = state;
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
  // Planned from the cells as they are when clicked (the command reads them again); the cells listed in the dialog are the consent.
  const addStatus = async (consented?: ForeignCell[]): Promise<void> => {
    let ask: ForeignCell[] | null = null;
    await state.work(async (steps) => {
      const outcome = await writeStatusColumns(port, month, steps, consented, formulas);
      if ('notice' in outcome) return outcome.notice;
      ask = outcome.ask;
      return null;
    }, true);
    if (ask) setPending(ask);
  };

  // The forms picked are read once; a conflict is asked about, and the merge planned again from the cells as they are then.
  const mergeForms = async (files: Array<{ name: string; bytes: Uint8Array }>, consented?: ForeignCell[]): Promise<void> => {
    let ask: ForeignCell[] | null = null;
    await state.work(async (steps) => {
      const outcome = await mergeUnitForms(port, month, files, steps, consented);
      if ('notice' in outcome) return outcome.notice;
      ask = outcome.ask;
      return null;
    }, true);
    if (ask) setPendingMerge({ files, ask });
  };

  return (
    <Shell lang={lang} onLang={setLang}>
      <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabId)} size="small" style={{ flexWrap: "wrap" }}>
        {TABS.map(([id, key]) => (
          <Tab key={id} value={id} data-testid={`tab-${id}`}>
            {t(lang, key)}
            {id === 'problems' && snapshot ? ` (${snapshot.analysis.problems.length})` : ''}
          </Tab>
        ))}
      </TabList>
      <main className="dti-main">
        {busy === 'loading' && <Spinner size="small" label={t(lang, 'loading')} />}
        {busy === 'loading' && state.progress?.value != null && <ProgressBar value={state.progress.value} />}
        {busy === 'working' && (
          <div data-testid="progress" data-phase={state.progress?.phase}>
            <Text>{t(lang, state.progress?.phase === 'reading' ? 'rereading' : 'working')}</Text>
            <ProgressBar value={state.progress?.value ?? undefined} />
          </div>
        )}
        {state.notice && <NoticeBar notice={state.notice} lang={lang} />}
        {snapshot?.mappingError && <NoticeBar lang={lang} notice={{ intent: 'warning', text: { vi: t('vi', 'mappingDamaged', { detail: snapshot.mappingError.vi }), en: t('en', 'mappingDamaged', { detail: snapshot.mappingError.en }) } }} />}
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
            onRecheck={() => void state.reload()}
            onSelect={(p) => port.select(p.sheet, p.cell).catch((e: unknown) => state.setNotice({ intent: 'error', text: userMessage(e) }))}
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
