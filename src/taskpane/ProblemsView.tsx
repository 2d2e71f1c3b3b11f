import { Button, Text } from '@fluentui/react-components';
import type { Lang } from '../core/i18n';
import type { Problem, Severity } from '../core/model';
import { ProblemGroup } from './ProblemGroup';
import { t } from './strings';

const ORDER: Severity[] = ['error', 'warning', 'info'];

interface Props {
  lang: Lang;
  problems: Problem[];
  disabled: boolean;
  /** False: a click says the cell's address (no Excel to select it in). */
  selectsCells?: boolean;
  onSelect(problem: Problem): void;
  onRecheck(): void;
}

/** The problems of each sheet, grouped by kind (most severe first); a group of thousands shows 50 at a time. */
export function groupProblems(problems: readonly Problem[]): Array<{ sheet: string; groups: Problem[][] }> {
  const bySheet = new Map<string, Map<string, Problem[]>>();
  for (const p of problems) {
    const kinds = bySheet.get(p.sheet) ?? new Map<string, Problem[]>();
    bySheet.set(p.sheet, kinds);
    const key = `${p.severity}:${p.code}`;
    const group = kinds.get(key) ?? [];
    kinds.set(key, group);
    group.push(p);
  }
  return [...bySheet].map(([sheet, kinds]) => ({
    sheet,
    groups: [...kinds.values()].sort((a, b) => ORDER.indexOf(a[0]!.severity) - ORDER.indexOf(b[0]!.severity)),
  }));
}

/** Problems grouped by sheet, then kind; clicking one selects its cell in Excel. */
export function ProblemsView({ lang, problems, disabled, selectsCells = true, onSelect, onRecheck }: Props) {
  return (
    <section aria-label={t(lang, 'tabProblems')}>
      <Button onClick={onRecheck} disabled={disabled} data-testid="recheck">
        {t(lang, 'recheck')}
      </Button>
      {problems.length === 0 ? <Text block>{t(lang, 'problemsNone')}</Text> : <Text block size={200}>{t(lang, selectsCells ? 'clickToSelect' : 'clickToSay')}</Text>}
      {groupProblems(problems).map(({ sheet, groups }) => (
        <div key={sheet} className="dti-group">
          <Text as="h2" weight="semibold" block size={300} className="dti-heading">
            {sheet} · {t(lang, 'problemCount', { n: groups.reduce((n, g) => n + g.length, 0) })}
          </Text>
          {groups.map((group) => (
            <ProblemGroup key={`${group[0]!.severity}:${group[0]!.code}`} lang={lang} problems={group} disabled={disabled} onSelect={onSelect} />
          ))}
        </div>
      ))}
    </section>
  );
}
