import { Field, Select } from '@fluentui/react-components';
import type { Lang } from '../core/i18n';
import { parseYearMonth } from '../core/months';
import { t } from './strings';

export function MonthPicker({ lang, months, value, onChange }: { lang: Lang; months: string[]; value: string; onChange: (month: string) => void }) {
  return (
    <Field label={t(lang, 'month')}>
      <Select value={value} onChange={(_, data) => onChange(data.value)} data-testid="month">
        {months.map((m) => {
          const ym = parseYearMonth(m);
          return (
            <option key={m} value={m}>
              {ym ? `${String(ym.month).padStart(2, '0')}/${ym.year}` : m}
            </option>
          );
        })}
      </Select>
    </Field>
  );
}
