import { columnLetters } from '../../core/grid';
import { say, type Lang } from '../../core/i18n';
import { sentence } from '../../core/messages';
import { FIELD_LABELS, type FieldKey } from '../../core/mapping/fields';
import type { SheetTable } from '../../core/model';
import { formatProblems, problemJson } from '../format-problems';
import type { CliIo, CommonOptions } from '../io';
import { loadWorkbook } from '../load-workbook';

/** `dti check FILE`: the mapping found on each sheet and every problem. Exit 1 when there are errors. */
export async function checkCommand(file: string, sheet: string | undefined, opts: CommonOptions, io: CliIo): Promise<number> {
  const { analysis, mappingNote } = await loadWorkbook(file, sheet);
  const errors = analysis.problems.filter((p) => p.severity === 'error').length;
  if (opts.json) {
    io.out(
      JSON.stringify(
        {
          file,
          sheets: analysis.sheets,
          tables: analysis.tables.map((t) => tableJson(t)),
          problems: analysis.problems.map((p) => problemJson(p, opts.lang)),
        },
        null,
        2,
      ),
    );
    return errors > 0 ? 1 : 0;
  }
  const lang = opts.lang;
  if (mappingNote) io.out(say(mappingNote, lang));
  for (const report of analysis.sheets) {
    io.out(`\n${sentence(lang, 'check.sheet-line', { sheet: report.sheet, indicators: report.indicators, tables: report.tables })}`);
    for (const table of analysis.tables.filter((t) => t.sheet === report.sheet)) io.out(describeTable(table, lang));
  }
  const lines = formatProblems(analysis.problems, lang);
  io.out(`\n${sentence(lang, 'check.problems-heading', { count: lines.length })}`);
  for (const line of lines) io.out(`  ${line}`);
  const warnings = analysis.problems.filter((p) => p.severity === 'warning').length;
  io.out(`\n${sentence(lang, 'check.totals', { errors, warnings })}`);
  return errors > 0 ? 1 : 0;
}

function describeTable(t: SheetTable, lang: Lang): string {
  const rows = t.headerTop === t.headerBottom ? `${t.headerTop}` : `${t.headerTop}–${t.headerBottom}`;
  const lines = [
    `  ${sentence(lang, 'check.table-line', { index: t.index + 1, ...(t.title ? { title: t.title } : {}), rows, confidence: t.confidence })}`,
  ];
  const byColumn = (Object.entries(t.columns) as Array<[FieldKey, number]>).sort((a, b) => a[1] - b[1]);
  for (const [field, col] of byColumn) {
    lines.push(`    ${columnLetters(col)}  ${say(FIELD_LABELS[field], lang)} ← "${t.headers[col] ?? ''}"`);
  }
  for (const m of t.months) lines.push(`    ${columnLetters(m.col)}  ${sentence(lang, 'check.month-column', { month: m.month, ...(m.year ? { year: m.year } : {}) })} ← "${m.label}"`);
  return lines.join('\n');
}

function tableJson(t: SheetTable): Record<string, unknown> {
  const columns: Record<string, string> = {};
  for (const [field, col] of Object.entries(t.columns) as Array<[FieldKey, number]>) columns[field] = columnLetters(col);
  return {
    sheet: t.sheet,
    index: t.index,
    title: t.title,
    headerRows: [t.headerTop, t.headerBottom],
    rows: [t.firstRow, t.lastRow],
    columns,
    months: t.months.map((m) => ({ column: columnLetters(m.col), year: m.year, month: m.month, label: m.label })),
    confidence: t.confidence,
  };
}
