import { Button, Radio, RadioGroup, Text } from '@fluentui/react-components';
import type { Lang } from '../core/i18n';
import type { FormulaMode } from '../core/writing/status-columns';
import { MonthPicker } from './MonthPicker';
import { t } from './strings';

interface Props {
  lang: Lang;
  months: string[];
  month: string;
  disabled: boolean;
  /** Which formulas the columns get; `customFunctions` false: this Excel cannot run DTI.*. */
  mode: FormulaMode;
  customFunctions: boolean;
  onMonth(month: string): void;
  onMode(mode: FormulaMode): void;
  onAdd(): void;
}

/** One button that adds or refreshes the status columns for the chosen month, in the chosen kind of formulas. */
export function StatusView({ lang, months, month, disabled, mode, customFunctions, onMonth, onMode, onAdd }: Props) {
  return (
    <section aria-label={t(lang, 'tabStatus')}>
      <Text block>{t(lang, 'statusHelp')}</Text>
      <MonthPicker lang={lang} months={months} value={month} onChange={onMonth} />
      <RadioGroup aria-label={t(lang, 'formulasLabel')} value={mode} onChange={(_, d) => onMode(d.value as FormulaMode)} data-testid="formulas">
        <Radio value="dti" label={t(lang, 'formulasDti')} data-testid="formulas-dti" />
        <Radio value="plain" label={t(lang, 'formulasPlain')} data-testid="formulas-plain" />
      </RadioGroup>
      {!customFunctions && (
        <Text block size={200} data-testid="formulas-auto">
          {t(lang, 'formulasPlainAuto')}
        </Text>
      )}
      <Button appearance="primary" disabledFocusable={disabled} onClick={onAdd} data-testid="add-status">
        {t(lang, 'addStatus')}
      </Button>
    </section>
  );
}
