import { Badge, Button, Checkbox, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
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

/** Each sheet: how many indicators, which month columns, how sure the detection is; choose the indicator sheets. */
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
      <Table size="small" aria-label={t(lang, 'tabSheets')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{t(lang, 'include')}</TableHeaderCell>
            <TableHeaderCell>{t(lang, 'sheet')}</TableHeaderCell>
            <TableHeaderCell>{t(lang, 'indicators')}</TableHeaderCell>
            <TableHeaderCell>{t(lang, 'months')}</TableHeaderCell>
            <TableHeaderCell>{t(lang, 'confidence')}</TableHeaderCell>
            <TableHeaderCell />
          </TableRow>
        </TableHeader>
        <TableBody>
          {sheets.map((s) => (
            <TableRow key={s.sheet} data-testid={`sheet-row-${s.sheet}`}>
              <TableCell>
                {s.own === null ? (
                  <Checkbox checked={included.has(s.sheet)} disabled={disabled} onChange={(_, d) => toggle(s.sheet, Boolean(d.checked))} aria-label={`${t(lang, 'include')}: ${s.sheet}`} />
                ) : (
                  <Badge appearance="outline">{t(lang, 'ownSheet')}</Badge>
                )}
              </TableCell>
              <TableCell>{s.sheet}</TableCell>
              <TableCell>{s.indicators}</TableCell>
              <TableCell>{s.months.length ? s.months.join(', ') : t(lang, 'none')}</TableCell>
              <TableCell>{s.tables.length ? <Badge color={s.confidence >= 0.8 ? 'success' : s.confidence >= 0.5 ? 'warning' : 'danger'}>{Math.round(s.confidence * 100)}%</Badge> : t(lang, 'none')}</TableCell>
              <TableCell>
                {s.own === null && (
                  <Button size="small" disabled={disabled} onClick={() => onMap(s.sheet)}>
                    {t(lang, 'editMapping')}
                  </Button>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Button appearance="primary" disabled={disabled} onClick={() => onSave(included)}>
        {t(lang, 'saveSheets')}
      </Button>
    </section>
  );
}
