/**
 * A unit that keeps its own workbook in the tracker's layout instead of filling
 * the form: its sheet is mapped the usual way, the month's result of each
 * indicator read where the tracker would read it, and each indicator matched to
 * the tracker's by id and name. Read as a form, merged the same way.
 */
import { cellOnSheet, type Grid } from '../grid';
import type { Analysis } from '../model';
import { formatYearMonth, type YearMonth } from '../months';
import type { WorkbookMapping } from '../schema';
import { monthView } from '../status/month-view';
import { historyKey } from '../summary/history';
import { ownerUnits } from '../summary/owners';
import { foldWords } from '../text';
import { analyzeGrids } from '../workbook/snapshot';
import { planFingerprint } from './fingerprint';
import { DEFAULT_DEADLINE_DAY } from './form-plan';
import type { FormEntry, ReturnedForm } from './returned-form';

const EVIDENCE_WORDS = /\b(minh chung|kiem chung|tai lieu)\b/;

export function ownWorkbookForm(file: string, grids: Grid[], mapping: WorkbookMapping | null, tracker: Analysis, month: YearMonth): ReturnedForm | null {
  const own = monthView(analyzeGrids(grids, mapping).analysis, month).reported.filter((r) => r.source.kind !== 'none' && r.source.col !== null);
  if (own.length === 0) return null;
  const trackerView = monthView(tracker, month);
  const byName = new Map<string, string[]>();
  for (const r of trackerView.reported) {
    const k = `${foldWords(r.indicator.id ?? '')}|${foldWords(r.indicator.name)}`;
    byName.set(k, [...(byName.get(k) ?? []), historyKey(r.identity)]);
  }
  const entries: FormEntry[] = own.map((r): FormEntry => {
    const { indicator, table } = r;
    const grid = grids.find((g) => g.sheet === indicator.sheet)!;
    const matches = byName.get(`${foldWords(indicator.id ?? '')}|${foldWords(indicator.name)}`) ?? [];
    const evidenceCol = Object.entries(table.headers).find(([, h]) => EVIDENCE_WORDS.test(foldWords(h)))?.[0];
    const evidence = evidenceCol === undefined ? null : cellOnSheet(grid, indicator.row, Number(evidenceCol)).value;
    const address = r.source.cell?.address ?? `${indicator.row}`;
    return {
      // Matched by id and name; an indicator the tracker lacks (or holds twice) keeps a key the merge will not find.
      key: matches.length === 1 ? matches[0]! : `unmatched:${indicator.key}`,
      id: indicator.id,
      name: indicator.name,
      resultAddress: `${indicator.sheet}!${address}`,
      result: r.source.cell ? { value: r.source.cell.value, ...(r.source.cell.format ? { format: r.source.cell.format } : {}) } : { value: null },
      evidence: typeof evidence === 'string' && evidence.trim() ? evidence.trim() : null,
      evidenceAddress: `${indicator.sheet}!${address}`,
      note: null,
      noteAddress: '',
    };
  });
  const units = [...new Set(own.flatMap((r) => ownerUnits(r.indicator.owner)))];
  return {
    file,
    meta: {
      version: 1,
      month: formatYearMonth(month),
      unit: units.length === 1 ? units[0]! : file.replace(/\.xlsx$/i, ''),
      fingerprint: planFingerprint(trackerView),
      deadlineDay: DEFAULT_DEADLINE_DAY,
      madeAt: '',
      rows: [],
    },
    entries,
    issues: [],
  };
}
