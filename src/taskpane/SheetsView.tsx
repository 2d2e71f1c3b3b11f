import { Badge, Button, Checkbox, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Lang } from '../core/i18n';
import { t } from './strings';
import type { SheetInfo } from '../core/workbook/snapshot';

interface Props {
  lang: Lang;
  sheets: SheetInfo[];
  disabled: boolean;
  onSave(included: Set<string>): void;
  onMap(sheet: string): void;
}

/**
 * Each sheet as a card (a six-column table does not fit 320 px): whether it is
 * an indicator sheet, how many indicators, which month columns, how sure the
 * detection is, and its "Ánh xạ" button.
 */
export function SheetsView({ lang, sheets, disabled, onSave, onMap }: Props) {
  const [included, setIncluded] = useState(() => new Set(sheets.filter((s) => s.included).map((s) => s.sheet)));
  useEffect(() => setIncluded(new Set(sheets.filter((s) => s.included).map((s) => s.sheet))), [sheets]);
  const toggle = (sheet: string, on: boolean): void => {
    const next = new Set(included);
    if (on) next.add(sheet);
    else next.delete(sheet);
    setIncluded(next);
  };
  return (
    <section aria-label={t(lang, 'tabSheets')}>
      {!sheets.some((s) => s.included) && <Text block>{t(lang, 'noSheets')}</Text>}
      <ul className="dti-cards" aria-label={t(lang, 'tabSheets')}>
        {sheets.map((s) => (
          <li key={s.sheet} className="dti-card" data-testid={`sheet-row-${s.sheet}`}>
            <div className="dti-card-head">
              <Text weight="semibold" className="dti-card-title">
                {s.sheet}
              </Text>
              {s.own !== null && (
                <Badge appearance="outline" className="dti-badge-text">
                  {t(lang, 'ownSheet')}
                </Badge>
              )}
            </div>
            {s.own === null && (
              <>
                <dl className="dti-facts">
                  <dt>{t(lang, 'indicators')}</dt>
                  <dd>{s.indicators}</dd>
                  <dt>{t(lang, 'months')}</dt>
                  <dd>{s.months.length ? s.months.join(', ') : t(lang, 'none')}</dd>
                  <dt>{t(lang, 'confidence')}</dt>
                  <dd>{s.tables.length ? <Badge color={s.confidence >= 0.8 ? 'success' : s.confidence >= 0.5 ? 'warning' : 'danger'}>{Math.round(s.confidence * 100)}%</Badge> : t(lang, 'none')}</dd>
                </dl>
                <div className="dti-card-actions">
                  <Checkbox checked={included.has(s.sheet)} disabled={disabled} onChange={(_, d) => toggle(s.sheet, Boolean(d.checked))} label={t(lang, 'include')} aria-label={`${t(lang, 'include')}: ${s.sheet}`} />
                  <Button size="small" disabled={disabled} onClick={() => onMap(s.sheet)} aria-label={`${t(lang, 'editMapping')}: ${s.sheet}`}>
                    {t(lang, 'editMapping')}
                  </Button>
                </div>
              </>
            )}
          </li>
        ))}
      </ul>
      <Button appearance="primary" disabled={disabled} onClick={() => onSave(included)}>
        {t(lang, 'saveSheets')}
      </Button>
    </section>
  );
}
