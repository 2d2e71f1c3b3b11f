import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Lang } from '../core/i18n';
import { t } from './strings';
import type { Notice } from './use-workbook';

/** A message for the user; every text is React text (never HTML). With `onRetry`, a "Thử lại" button. */
export function NoticeBar({ notice, lang, onRetry }: { notice: Notice; lang: Lang; onRetry?: () => void }) {
  return (
    <MessageBar intent={notice.intent} data-testid="notice" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{notice.text[lang]}</MessageBarTitle>
        {notice.items && notice.items.length > 0 && (
          <ul className="dti-list">
            {notice.items.slice(0, 12).map((item, i) => (
              <li key={i}>{item[lang]}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button size="small" onClick={onRetry} data-testid="retry">
            {t(lang, 'retry')}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
