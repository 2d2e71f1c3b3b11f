import type { Lang } from '../core/i18n';
import { NoticeBar } from './NoticeBar';
import type { Notice } from './use-workbook';

/**
 * Two live regions, always in the page so screen readers hear what appears in
 * them: errors at once (role=alert), everything else politely (role=status).
 */
export function Notices({ lang, notices, onRetry }: { lang: Lang; notices: Notice[]; onRetry(): void }) {
  const errors = notices.filter((n) => n.intent === 'error');
  const others = notices.filter((n) => n.intent !== 'error');
  return (
    <>
      <div role="alert" className="dti-live" data-testid="alerts">
        {errors.map((n, i) => (
          <NoticeBar key={i} notice={n} lang={lang} onRetry={n.retry ? onRetry : undefined} />
        ))}
      </div>
      <div role="status" aria-live="polite" className="dti-live" data-testid="statuses">
        {others.map((n, i) => (
          <NoticeBar key={i} notice={n} lang={lang} />
        ))}
      </div>
    </>
  );
}
