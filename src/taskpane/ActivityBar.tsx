import { ProgressBar, Text } from '@fluentui/react-components';
import type { Lang } from '../core/i18n';
import { t } from './strings';
import type { Activity, WorkbookState } from './use-workbook';

/**
 * What the pane is doing, as a named progress bar: moving (indeterminate)
 * until the first round trip tells how far it is, then the real share.
 */
export function ActivityBar({ lang, busy, progress }: { lang: Lang; busy: WorkbookState['busy']; progress: Activity | null }) {
  if (busy === null) return null;
  const label = t(lang, busy === 'loading' ? 'loading' : progress?.phase === 'reading' ? 'rereading' : 'working');
  return (
    <div data-testid={busy === 'loading' ? 'loading' : 'progress'} data-phase={progress?.phase}>
      <Text block className="dti-activity-label" aria-hidden>
        {label}
      </Text>
      <ProgressBar value={progress?.value ?? undefined} aria-label={label} />
    </div>
  );
}
