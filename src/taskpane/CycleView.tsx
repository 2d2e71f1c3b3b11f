import { Button, Text } from '@fluentui/react-components';
import { useRef } from 'react';
import type { Lang } from '../core/i18n';
import { cycleText } from './cycle-strings';


interface Props {
  lang: Lang;
  disabled: boolean;
  onMake(): void;
  onMerge(files: File[]): void;
}

/** "Tạo phiếu cho các đơn vị" and "Nhập phiếu đơn vị" (the files picked with the browser's own file dialog). */
export function CycleView({ lang, disabled, onMake, onMerge }: Props) {
  const picker = useRef<HTMLInputElement>(null);
  return (
    <section aria-label={cycleText(lang, 'title')} data-testid="cycle">
      <Text block weight="semibold">{cycleText(lang, 'title')}</Text>
      <Text block size={200}>{cycleText(lang, 'help')}</Text>
      <Button disabled={disabled} onClick={onMake} data-testid="make-forms">
        {cycleText(lang, 'make')}
      </Button>
      <Button disabledFocusable={disabled} onClick={() => picker.current?.click()} data-testid="merge-forms">
        {cycleText(lang, 'merge')}
      </Button>
      <input
        ref={picker}
        type="file"
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        style={{ display: 'none' }}
        data-testid="form-files"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length > 0) onMerge(files);
        }}
      />
    </section>
  );
}
