import { Badge, Button } from '@fluentui/react-components';
import { useState } from 'react';
import type { Lang } from '../core/i18n';
import type { Problem } from '../core/model';
import { t } from './strings';

/** How many problems of one group are shown at first, and how many more each "Xem thêm" shows. */
export const PROBLEMS_SHOWN = 50;

interface Props {
  lang: Lang;
  problems: Problem[];
  disabled: boolean;
  onSelect(problem: Problem): void;
}

/** Problems of one sheet and one kind: the first 50 as buttons, then "Xem thêm" for 50 more. */
export function ProblemGroup({ lang, problems, disabled, onSelect }: Props) {
  const [shown, setShown] = useState(PROBLEMS_SHOWN);
  const severity = problems[0]!.severity;
  const rest = problems.length - shown;
  return (
    <div data-testid="problem-group">
      <Badge color={severity === 'error' ? 'danger' : severity === 'warning' ? 'warning' : 'informative'}>
        {t(lang, `severity_${severity}`)} · {problems.length}
      </Badge>
      <ul className="dti-list">
        {problems.slice(0, shown).map((p, i) => (
          <li key={`${p.cell}-${i}`}>
            <Button appearance="subtle" size="small" className="dti-problem" disabled={disabled} onClick={() => onSelect(p)} data-testid="problem">
              <span className="dti-cell">{p.cell}</span> {p.message[lang]}
            </Button>
          </li>
        ))}
      </ul>
      {rest > 0 && (
        <Button size="small" appearance="secondary" onClick={() => setShown(shown + PROBLEMS_SHOWN)} data-testid="show-more">
          {t(lang, 'showMore', { n: rest })}
        </Button>
      )}
    </div>
  );
}
