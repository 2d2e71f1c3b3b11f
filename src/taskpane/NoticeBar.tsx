import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Lang } from '../core/i18n';
import type { Notice } from './use-workbook';

/** A message for the user; every text is React text (never HTML). */
export function NoticeBar({ notice, lang }: { notice: Notice; lang: Lang }) {
  return (
    <MessageBar intent={notice.intent} data-testid="notice">
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
    </MessageBar>
  );
}
