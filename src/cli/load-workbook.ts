import { analyzeWorkbook } from '../core/analyze';
import type { Grid } from '../core/grid';
import { bi, type Bilingual } from '../core/i18n';
import { savedHeadersFor } from '../core/mapping/saved-mapping';
import type { Analysis } from '../core/model';
import { openWorkbookFile, type OpenedWorkbook } from '../xlsx/open-workbook';
import { worksheetToGrid } from '../xlsx/read-grid';

export interface LoadedWorkbook {
  opened: OpenedWorkbook;
  grids: Grid[];
  analysis: Analysis;
  /** A note about the stored mapping (damaged, or used). */
  mappingNote: Bilingual | null;
}

export class CliError extends Error {
  constructor(
    readonly text: Bilingual,
    readonly exitCode = 2,
  ) {
    super(text.en);
  }
}

/** Opens a workbook and reads its sheets (or one sheet) with the mapping kept in it, if any. */
export async function loadWorkbook(path: string, sheet?: string): Promise<LoadedWorkbook> {
  const opened = await openWorkbookFile(path);
  const all = opened.workbook.worksheets;
  const chosen = sheet === undefined ? all : all.filter((ws) => ws.name === sheet);
  if (sheet !== undefined && chosen.length === 0) {
    const names = all.map((ws) => `"${ws.name}"`).join(', ');
    throw new CliError(bi(`Không có trang tính "${sheet}". Các trang tính: ${names}.`, `No sheet named "${sheet}". Sheets: ${names}.`));
  }
  const grids = chosen.map(worksheetToGrid);
  let mappingNote: Bilingual | null = null;
  let savedHeaders;
  if (opened.mapping.found && 'mapping' in opened.mapping) {
    savedHeaders = savedHeadersFor(grids, opened.mapping.mapping.sheets);
    mappingNote = bi('Dùng ánh xạ cột đã lưu trong sổ làm việc.', 'Using the column mapping saved in the workbook.');
  } else if (opened.mapping.found) {
    mappingNote = bi(`Bỏ qua ánh xạ đã lưu: ${opened.mapping.error}`, `Ignoring the saved mapping: ${opened.mapping.error}`);
  }
  const analysis = analyzeWorkbook(grids, savedHeaders ? { savedHeaders } : {});
  return { opened, grids, analysis, mappingNote };
}
