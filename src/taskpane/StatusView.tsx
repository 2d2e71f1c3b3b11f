import { Button, Text } from '@fluentui/react-components';
import type { Lang } from '../core/i18n';
import { MonthPicker } from './MonthPicker';
import { t } from './strings';

interface Props {
  lang: Lang;
  months: string[];
  month: string;
  disabled: boolean;
  onMonth(month: string): void;
  onAdd(): void;
}

/** One button that adds or refreshes the status columns for the chosen month. */
export function StatusView({ lang, months, month, disabled, onMonth, onAdd }: Props) {
  return (
    <section aria-label={t(lang, 'tabStatus')}>
      <Text block>{t(lang, 'statusHelp')}</Text>
      <MonthPicker lang={lang} months={months} value={month} onChange={onMonth} />
      <Button appearance="primary" disabled={disabled} onClick={onAdd} data-testid="add-status">
        {t(lang, 'addStatus')}
      </Button>
    </section>
  );
}
