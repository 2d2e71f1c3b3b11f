import { Button, Field, Input, Text } from '@fluentui/react-components';
import type { Lang } from '../core/i18n';
import { MonthPicker } from './MonthPicker';
import { t } from './strings';

interface Props {
  lang: Lang;
  months: string[];
  month: string;
  disabled: boolean;
  /** Asked only when the commune is neither saved nor found in the sheets. */
  askCommune: boolean;
  commune: string;
  onCommune(name: string): void;
  onMonth(month: string): void;
  onMake(): void;
  onSendCopy(): void;
}

/** "Tạo báo cáo tháng": the monthly summary sheet and the history; "Bản gửi đi": the copy with values only. */
export function ReportView({ lang, months, month, disabled, askCommune, commune, onCommune, onMonth, onMake, onSendCopy }: Props) {
  return (
    <section aria-label={t(lang, 'tabReport')}>
      <Text block>{t(lang, 'reportHelp')}</Text>
      <MonthPicker lang={lang} months={months} value={month} onChange={onMonth} />
      {askCommune && (
        <Field label={t(lang, 'commune')} hint={t(lang, 'communeHelp')}>
          <Input value={commune} onChange={(_, d) => onCommune(d.value)} data-testid="commune" placeholder="xã …" />
        </Field>
      )}
      <Button appearance="primary" disabled={disabled} onClick={onMake} data-testid="make-report">
        {t(lang, 'makeReport')}
      </Button>
      <Text block size={200}>{t(lang, 'sendCopyHelp')}</Text>
      <Button disabled={disabled} onClick={onSendCopy} data-testid="send-copy">
        {t(lang, 'sendCopy')}
      </Button>
    </section>
  );
}
