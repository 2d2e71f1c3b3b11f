import { Badge, Button, Text } from '@fluentui/react-components';
import type { Lang } from '../core/i18n';
import type { Problem, Severity } from '../core/model';
import { t } from './strings';

const ORDER: Severity[] = ['error', 'warning', 'info'];

interface Props {
  lang: Lang;
  problems: Problem[];
  disabled: boolean;
  onSelect(problem: Problem): void;
  onRecheck(): void;
}

/** Problems grouped by sheet, then severity; clicking one selects its cell in Excel. */
export function ProblemsView({ lang, problems, disabled, onSelect, onRecheck }: Props) {
  const sheets = [...new Set(problems.map((p) => p.sheet))];
  return (
    <section aria-label={t(lang, 'tabProblems')}>
      <Button onClick={onRecheck} disabled={disabled} data-testid="recheck">
        {t(lang, 'recheck')}
      </Button>
      {problems.length === 0 ? (
        <Text block>{t(lang, 'problemsNone')}</Text>
      ) : (
        <Text block size={200}>{t(lang, 'clickToSelect')}</Text>
      )}
      {sheets.map((sheet) => (
        <div key={sheet} className="dti-group">
          <Text weight="semibold" block>
            {sheet} · {t(lang, 'problemCount', { n: problems.filter((p) => p.sheet === sheet).length })}
          </Text>
          {ORDER.map((severity) => {
            const list = problems.filter((p) => p.sheet === sheet && p.severity === severity);
            if (list.length === 0) return null;
            return (
              <div key={severity}>
                <Badge color={severity === 'error' ? 'danger' : severity === 'warning' ? 'warning' : 'informative'}>{t(lang, `severity_${severity}`)}</Badge>
                <ul className="dti-list">
                  {list.map((p, i) => (
                    <li key={`${p.cell}-${p.code}-${i}`}>
                      <Button appearance="subtle" size="small" className="dti-problem" disabled={disabled} onClick={() => onSelect(p)} data-testid="problem">
                        <span className="dti-cell">{p.cell}</span> {p.message[lang]}
                      </Button>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </div>
      ))}
    </section>
  );
}
