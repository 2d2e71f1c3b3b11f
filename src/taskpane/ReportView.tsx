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
  onMake(): void;
}

/** "Tạo báo cáo tháng": the monthly summary sheet and the history. */
export function ReportView({ lang, months, month, disabled, onMonth, onMake }: Props) {
  return (
    <section aria-label={t(lang, 'tabReport')}>
      <Text block>{t(lang, 'reportHelp')}</Text>
      <MonthPicker lang={lang} months={months} value={month} onChange={onMonth} />
      <Button appearance="primary" disabled={disabled} onClick={onMake} data-testid="make-report">
        {t(lang, 'makeReport')}
      </Button>
    </section>
  );
}
