import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Select, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { useEffect, useId, useMemo, useState } from 'react';
import { columnIndex } from '../core/grid';
import type { Lang } from '../core/i18n';
import { FIELD_LABELS, type FieldKey } from '../core/mapping/fields';
import { tableToMapping } from '../core/mapping/saved-mapping';
import type { TableMapping } from '../core/schema';
import { EDITABLE_FIELDS, columnOptions, draftAtRow, draftProblem, monthOptions, previewActual, previewIndicators, setField, setMonths, sharedColumns } from '../core/mapping/mapping-draft';
import { t } from './strings';
import type { Snapshot } from '../core/workbook/snapshot';

interface Props {
  lang: Lang;
  snapshot: Snapshot;
  sheet: string;
  disabled: boolean;
  onSheet(sheet: string): void;
  onSave(sheet: string, drafts: TableMapping[]): void;
}

/** The detected header row and one choice per field, with a preview of the rows as they will be read. */
export function MappingView({ lang, snapshot, sheet, disabled, onSheet, onSave }: Props) {
  const grid = snapshot.grids.find((g) => g.sheet === sheet);
  const info = snapshot.sheets.find((s) => s.sheet === sheet);
  const initial = useMemo(() => (info?.tables.length ? info.tables.map(tableToMapping) : grid ? [draftAtRow(grid, (grid.origin.row ?? 0) + 1)] : []), [info, grid]);
  const [drafts, setDrafts] = useState<TableMapping[]>(initial);
  const [index, setIndex] = useState(0);
  useEffect(() => {
    setDrafts(initial);
    setIndex(0);
  }, [initial]);

  const userSheets = snapshot.sheets.filter((s) => s.own === null);
  const draft = drafts[index];
  const update = (next: TableMapping): void => setDrafts(drafts.map((d, i) => (i === index ? next : d)));
  const problem = draft ? draftProblem(draft) : 'name-missing';

  return (
    <section aria-label={t(lang, 'tabMapping')}>
      <Field label={t(lang, 'chooseSheet')}>
        <Select value={sheet} onChange={(_, d) => onSheet(d.value)} data-testid="mapping-sheet">
          {userSheets.map((s) => (
            <option key={s.sheet} value={s.sheet}>
              {s.sheet}
            </option>
          ))}
        </Select>
      </Field>
      {!info?.tables.length && <Text block>{t(lang, 'noTableOnSheet')}</Text>}
      {/* The same sentence as "dti check": which column is doubtful, and what to fix. */}
      {snapshot.everySheet.problems
        .filter((p) => p.sheet === sheet && p.code === 'mapping-doubtful')
        .map((p) => (
          <MessageBar key={p.cell} intent="warning" data-testid="mapping-doubtful">
            <MessageBarBody>{p.message[lang]}</MessageBarBody>
          </MessageBar>
        ))}
      {drafts.length > 1 && (
        <Field label={t(lang, 'table')}>
          <Select value={String(index)} onChange={(_, d) => setIndex(Number(d.value))}>
            {drafts.map((d, i) => (
              <option key={i} value={i}>{`${t(lang, 'table')} ${i + 1} (${t(lang, 'headerRow').toLowerCase()} ${d.headerTop})`}</option>
            ))}
          </Select>
        </Field>
      )}
      {grid && draft && (
        <>
          <Field label={t(lang, 'headerRow')}>
            <Input type="number" min={1} value={String(draft.headerTop)} data-testid="header-row" onChange={(_, d) => {
              const row = Number(d.value);
              if (Number.isInteger(row) && row >= 1) update(draftAtRow(grid, row));
            }} />
          </Field>
          <FieldChoices lang={lang} draft={draft} options={columnOptions(grid, draft).map((o) => ({ value: o.letters, label: o.header ? `${o.letters} – ${o.header}` : o.letters }))} onChange={(field, letters) => update(setField(draft, field, letters))} />
          <SharedColumns lang={lang} draft={draft} />
          <MonthColumns lang={lang} options={monthOptions(grid, draft)} chosen={draft.months.map((m) => m.column)} onChange={(letters) => update(setMonths(grid, draft, letters))} />
          <Preview lang={lang} draft={draft} sheetGrid={grid} />
        </>
      )}
      {problem && <Text block className="dti-warning">{t(lang, 'nameRequired')}</Text>}
      <Button appearance="primary" disabled={disabled || problem !== null || drafts.length === 0} onClick={() => onSave(sheet, drafts)} data-testid="save-mapping">
        {t(lang, 'save')}
      </Button>
    </section>
  );
}

function FieldChoices({ lang, draft, options, onChange }: { lang: Lang; draft: TableMapping; options: Array<{ value: string; label: string }>; onChange(field: FieldKey, letters: string | null): void }) {
  return (
    <div className="dti-fields">
      {EDITABLE_FIELDS.map((field) => (
        <Field key={field} label={FIELD_LABELS[field][lang]}>
          <Select value={draft.columns[field] ?? ''} data-testid={`field-${field}`} onChange={(_, d) => onChange(field, d.value === '' ? null : d.value)}>
            <option value="">{t(lang, 'notMapped')}</option>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </Select>
        </Field>
      ))}
    </div>
  );
}

/** A warning for each column chosen for two fields (or a field and a month): the table would be read wrong. */
function SharedColumns({ lang, draft }: { lang: Lang; draft: TableMapping }) {
  return (
    <>
      {sharedColumns(draft).map(({ letters, fields }) => (
        <MessageBar key={letters} intent="warning" data-testid="shared-column" layout="multiline">
          <MessageBarBody>{t(lang, 'sharedColumn', { column: letters, fields: fields.map((f) => (f === 'month' ? t(lang, 'monthColumn') : `"${FIELD_LABELS[f][lang]}"`)).join(', ') })}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}

/**
 * The month columns as a group of checkboxes, each with its own id (a Field
 * would give all of them its one id, so that clicking one ticked another).
 */
function MonthColumns({ lang, options, chosen, onChange }: { lang: Lang; options: Array<{ letters: string; header: string }>; chosen: string[]; onChange(letters: string[]): void }) {
  const labelId = useId();
  return (
    <div role="group" aria-labelledby={labelId} className="dti-month-group">
      <Text id={labelId} block weight="semibold" size={300}>
        {t(lang, 'monthColumns')}
      </Text>
      <div className="dti-months">
        {options.map((o) => (
          <Checkbox key={o.letters} label={`${o.letters} – ${o.header}`} checked={chosen.includes(o.letters)} data-testid={`month-${o.letters}`} onChange={(_, d) => onChange(d.checked ? [...chosen, o.letters] : chosen.filter((c) => c !== o.letters))} />
        ))}
      </div>
    </div>
  );
}

function Preview({ lang, draft, sheetGrid }: { lang: Lang; draft: TableMapping; sheetGrid: Snapshot['grids'][number] }) {
  const rows = previewIndicators(sheetGrid, draft);
  const actualCol = draft.months.length ? draft.months[draft.months.length - 1]!.column : draft.columns.actual;
  return (
    <div>
      <Text weight="semibold" block>{t(lang, 'preview')}</Text>
      {/* Wider than the pane when names are long: it scrolls sideways inside its own box (focusable, for the keyboard). */}
      <div className="dti-scroll" role="region" aria-label={t(lang, 'preview')} tabIndex={0}>
        <Table size="extra-small" aria-label={t(lang, 'preview')} data-testid="preview" className="dti-preview">
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t(lang, 'colId')}</TableHeaderCell>
              <TableHeaderCell>{t(lang, 'colName')}</TableHeaderCell>
              <TableHeaderCell>{t(lang, 'colUnit')}</TableHeaderCell>
              <TableHeaderCell>{t(lang, 'colTarget')}</TableHeaderCell>
              <TableHeaderCell>{t(lang, 'colActual')}{actualCol ? ` (${actualCol})` : ''}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((i) => {
              const cell = draft.months.length ? i.monthValues[columnIndex(draft.months[draft.months.length - 1]!.column)] : i.cells.actual;
              const actual = previewActual(i, cell, lang);
              return (
                <TableRow key={i.key}>
                  <TableCell>{i.id ?? ''}</TableCell>
                  <TableCell>{i.name}</TableCell>
                  <TableCell>{i.unit ?? ''}</TableCell>
                  <TableCell>{i.target.ok ? i.target.text : `${i.target.text} (${t(lang, 'targetUnreadable')})`}</TableCell>
                  <TableCell>{actual ?? ''}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}
