import { Tab, TabList } from '@fluentui/react-components';
import type { Lang } from '../core/i18n';
import { t, type StringKey } from './strings';

export type TabId = 'sheets' | 'mapping' | 'problems' | 'status' | 'report';

/** Each tab: its short label (five fit one row at 320 px) and its full name (the tooltip). */
const TABS: Array<[TabId, StringKey, StringKey]> = [
  ['sheets', 'tabShortSheets', 'tabSheets'],
  ['mapping', 'tabShortMapping', 'tabMapping'],
  ['problems', 'tabShortProblems', 'tabProblems'],
  ['status', 'tabShortStatus', 'tabStatus'],
  ['report', 'tabShortReport', 'tabReport'],
];

/** The five screens, in a navigation landmark; the row scrolls sideways rather than wrap if a label grows. */
export function PaneTabs({ lang, tab, problems, onTab }: { lang: Lang; tab: TabId; problems: number | null; onTab(tab: TabId): void }) {
  return (
    <nav aria-label={t(lang, 'tabsLabel')} className="dti-tabs">
      <TabList selectedValue={tab} onTabSelect={(_, d) => onTab(d.value as TabId)} size="small">
        {TABS.map(([id, short, full]) => (
          <Tab key={id} value={id} data-testid={`tab-${id}`} title={t(lang, full)}>
            {t(lang, short)}
            {id === 'problems' && problems !== null ? ` (${problems})` : ''}
          </Tab>
        ))}
      </TabList>
    </nav>
  );
}
