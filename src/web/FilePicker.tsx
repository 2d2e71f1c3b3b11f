import { Button, Text } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { Lang } from '../core/i18n';
import { WEB } from './web-strings';

interface Props {
  lang: Lang;
  disabled: boolean;
  /** Compact: one button (a file is open already). */
  compact?: boolean;
  onFile(file: File): void;
}

/** The browser's own file dialog, and a zone a file can be dropped on. */
export function FilePicker({ lang, disabled, compact = false, onFile }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const take = (files: FileList | null | undefined): void => {
    const file = files?.[0];
    if (file && !disabled) onFile(file);
  };
  return (
    <div
      className={compact ? 'dti-drop dti-drop-compact' : 'dti-drop'}
      data-over={over || undefined}
      data-testid="drop-zone"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        take(e.dataTransfer?.files);
      }}
    >
      <Button appearance={compact ? 'secondary' : 'primary'} disabled={disabled} onClick={() => input.current?.click()} data-testid="choose-file">
        {(compact ? WEB.chooseAgain : WEB.choose)[lang]}
      </Button>
      <Text size={200}>{WEB.drop[lang]}</Text>
      <input
        ref={input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        style={{ display: 'none' }}
        data-testid="file-input"
        onChange={(e) => {
          const files = e.target.files;
          take(files);
          e.target.value = '';
        }}
      />
    </div>
  );
}
