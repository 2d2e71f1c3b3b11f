import { Button, Field, Input, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { Lang } from '../core/i18n';
import { MonthPicker } from './MonthPicker';
import type { ReportForm } from './report-form';
import { t } from './strings';

interface Props {
  lang: Lang;
  months: string[];
  month: string;
  disabled: boolean;
  /** The document details as typed (filled from the workbook's record). */
  form: ReportForm;
  /** The record already holds the details a report needs: the form is folded behind one button. */
  known: boolean;
  onForm(form: ReportForm): void;
  onMonth(month: string): void;
  onMake(): void;
  onSendCopy(): void;
}

type TextField = Exclude<keyof ReportForm, 'number'>;
const FIELDS: Array<{ key: TextField; label: Parameters<typeof t>[1]; hint?: Parameters<typeof t>[1]; placeholder?: string }> = [
  { key: 'commune', label: 'commune', hint: 'communeHelp', placeholder: 'xã …' },
  { key: 'province', label: 'province', hint: 'provinceHelp', placeholder: 'Đồng Nai' },
  { key: 'recipient', label: 'recipient', placeholder: 'Sở Khoa học và Công nghệ tỉnh …' },
  { key: 'signerTitle', label: 'signerTitle', hint: 'signerTitleHelp', placeholder: 'Chủ tịch' },
  { key: 'signerName', label: 'signerName', placeholder: 'Nguyễn Văn …' },
];

/**
 * "Tạo báo cáo tháng": the month, this month's number, the document details
 * (asked once: shown open until they are known, then folded behind one
 * button), the report, how to export the PDF for signing; "Bản gửi đi".
 */
export function ReportView({ lang, months, month, disabled, form, known, onForm, onMonth, onMake, onSendCopy }: Props) {
  const [editing, setEditing] = useState(false);
  // Folded only when the record knows the details (not while they are being typed).
  const open = editing || !known;
  const set = (key: keyof ReportForm, value: string): void => onForm({ ...form, [key]: value });
  return (
    <section aria-label={t(lang, 'tabReport')}>
      <Text block>{t(lang, 'reportHelp')}</Text>
      <MonthPicker lang={lang} months={months} value={month} onChange={onMonth} />
      <Field label={t(lang, 'reportNumber')} hint={t(lang, 'reportNumberHelp')}>
        <Input value={form.number} onChange={(_, d) => set('number', d.value)} data-testid="report-number" placeholder="05" inputMode="numeric" />
      </Field>
      {open ? (
        <fieldset className="dti-form" data-testid="doc-parts">
          <legend>{t(lang, 'docParts')}</legend>
          <Text block size={200}>{t(lang, 'docPartsHelp')}</Text>
          {FIELDS.map((f) => (
            <Field key={f.key} label={t(lang, f.label)} {...(f.hint ? { hint: t(lang, f.hint) } : {})}>
              <Input value={form[f.key]} onChange={(_, d) => set(f.key, d.value)} data-testid={f.key} placeholder={f.placeholder} />
            </Field>
          ))}
        </fieldset>
      ) : (
        <div data-testid="doc-parts-summary">
          <Text block size={200}>
            {[form.commune, form.recipient || (form.province && `Sở KH&CN ${form.province}`), [form.signerTitle, form.signerName].filter(Boolean).join(' ')].filter(Boolean).join(' · ')}
          </Text>
          <Button size="small" appearance="subtle" onClick={() => setEditing(true)} data-testid="edit-doc-parts">
            {t(lang, 'editDocParts')}
          </Button>
        </div>
      )}
      <Button
        appearance="primary"
        disabled={disabled}
        onClick={() => {
          setEditing(false);
          onMake();
        }}
        data-testid="make-report"
      >
        {t(lang, 'makeReport')}
      </Button>
      <Text block size={200} data-testid="pdf-help">
        {t(lang, 'pdfHelp')}
      </Text>
      <Text block size={200}>{t(lang, 'sendCopyHelp')}</Text>
      <Button disabled={disabled} onClick={onSendCopy} data-testid="send-copy">
        {t(lang, 'sendCopy')}
      </Button>
    </section>
  );
}
