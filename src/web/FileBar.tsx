import { Button, MessageBar, MessageBarActions, MessageBarBody, Text } from '@fluentui/react-components';
import type { Lang } from '../core/i18n';
import { downloadName } from './file-names';
import { FilePicker } from './FilePicker';
import { fill, WEB } from './web-strings';

interface Props {
  lang: Lang;
  /** The open file's name. */
  name: string;
  month: string;
  changed: boolean;
  busy: boolean;
  onDownload(name: string): void;
  onFile(file: File): void;
}

/** Above the pane's tabs: the open file, "Tải về" (a new file named for the month chosen), another file. */
export function FileBar({ lang, name, month, changed, busy, onDownload, onFile }: Props) {
  const target = downloadName(name, month);
  return (
    <section className="dti-filebar" aria-label={WEB.open[lang]} data-testid="file-bar">
      <Text size={200} block data-testid="privacy">{WEB.privacy[lang]}</Text>
      <Text block>
        {WEB.open[lang]}: <strong data-testid="file-name">{name}</strong>
      </Text>
      <MessageBar intent={changed ? 'warning' : 'info'} data-testid="save-state" data-changed={changed}>
        <MessageBarBody>{fill(WEB.downloadAs[lang], { name: target })} {(changed ? WEB.unsaved : WEB.saved)[lang]}</MessageBarBody>
        <MessageBarActions>
          <Button appearance="primary" disabled={busy} onClick={() => onDownload(target)} data-testid="download">
            {WEB.download[lang]}
          </Button>
        </MessageBarActions>
      </MessageBar>
      <FilePicker lang={lang} disabled={busy} compact onFile={onFile} />
    </section>
  );
}
