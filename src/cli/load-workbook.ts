import type { Bilingual } from '../core/i18n';
import { message } from '../core/messages';
import type { Analysis } from '../core/model';
import type { Snapshot } from '../core/workbook/snapshot';
import { loadSnapshot } from '../ports/load-snapshot';
import { XlsxWorkbook } from '../xlsx/xlsx-workbook';
import { CliError } from './cli-error';

export interface LoadedWorkbook {
  port: XlsxWorkbook;
  /** The workbook as the task pane would see it: same detection, same saved mapping. */
  snapshot: Snapshot;
  /** Every sheet the saved mapping does not exclude (or the one `--sheet` names). */
  analysis: Analysis;
  /** A note about the stored mapping (damaged, or used). */
  mappingNote: Bilingual | null;
}

/** Opens a workbook and reads it through the same port logic as the task pane. */
export async function loadWorkbook(path: string, sheet?: string): Promise<LoadedWorkbook> {
  const port = await XlsxWorkbook.open(path);
  const names = await port.sheetNames();
  if (sheet !== undefined && !names.includes(sheet)) {
    const list = names.map((n) => `"${n}"`).join(', ');
    throw new CliError(message('cli.no-such-sheet', { sheet, sheets: list }));
  }
  const snapshot = await loadSnapshot(port);
  const analysis = sheet === undefined ? snapshot.everySheet : onlySheet(snapshot.everySheet, sheet);
  const mappingNote = snapshot.mappingError
    ? message('mapping.ignored', { reason: snapshot.mappingError })
    : snapshot.mapping && Object.keys(snapshot.mapping.sheets).length > 0
      ? message('cli.using-saved-mapping')
      : null;
  return { port, snapshot, analysis, mappingNote };
}

function onlySheet(analysis: Analysis, sheet: string): Analysis {
  const only = <T extends { sheet: string }>(list: T[]): T[] => list.filter((x) => x.sheet === sheet);
  return { tables: only(analysis.tables), indicators: only(analysis.indicators), problems: only(analysis.problems), sheets: only(analysis.sheets) };
}
