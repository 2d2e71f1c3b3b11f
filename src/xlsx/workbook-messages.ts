import { message } from '../core/messages';
import { FileError, shortName } from '../files/file-error';
import type { ZipProblem } from '../files/zip-limits';
import type { SheetDamage } from './read/read-package';

/** A file that is there and readable but is not a workbook dti can open. */
export class WorkbookFileError extends FileError {}

export const workbookMessages = {
  notXlsx: (p: string) => new WorkbookFileError(message('workbook.not-xlsx', { file: shortName(p) })),
  oldXls: (p: string) => new WorkbookFileError(message('workbook.old-xls', { file: shortName(p) })),
  encrypted: (p: string) => new WorkbookFileError(message('workbook.encrypted', { file: shortName(p) })),
  damaged: (p: string, detail?: string) => new WorkbookFileError(message('workbook.damaged', { file: shortName(p) }), detail),
  sizeMismatch: (p: string, part: string) => new WorkbookFileError(message('workbook.size-mismatch', { file: shortName(p) }), part),
  checksum: (p: string, part: string) => new WorkbookFileError(message('workbook.checksum', { file: shortName(p) }), part),
  duplicate: (p: string, part: string, other: string) =>
    new WorkbookFileError(message('workbook.duplicate', { file: shortName(p) }), part === other ? part : `${part}, ${other}`),
  damagedSheet: (p: string, sheet: string, damage: SheetDamage, detail?: string) =>
    new WorkbookFileError(message('workbook.damaged-sheet', { file: shortName(p), sheet, damage }), detail),
  unsupported: (p: string, part: string) => new WorkbookFileError(message('workbook.unsupported', { file: shortName(p) }), part),
  tooManyParts: (p: string, count: number, limit: number) => new WorkbookFileError(message('workbook.too-many-parts', { file: shortName(p), count, limit })),
  tooLarge: (p: string, size: number, limit: number) => new WorkbookFileError(message('workbook.too-large', { file: shortName(p), size, limit })),
  partTooLarge: (p: string, part: string, size: number, limit: number) =>
    new WorkbookFileError(message('workbook.part-too-large', { file: shortName(p), size, limit }), part),
};

export function zipProblemError(path: string, problem: ZipProblem): WorkbookFileError {
  switch (problem.kind) {
    case 'damaged':
      return workbookMessages.damaged(path, problem.part);
    case 'too-many-parts':
      return workbookMessages.tooManyParts(path, problem.count, problem.limit);
    case 'too-large':
      return workbookMessages.tooLarge(path, problem.size, problem.limit);
    case 'part-too-large':
      return workbookMessages.partTooLarge(path, problem.part, problem.size, problem.limit);
    case 'size-mismatch':
      return workbookMessages.sizeMismatch(path, problem.part);
    case 'unsupported':
      return workbookMessages.unsupported(path, problem.part);
    case 'checksum':
      return workbookMessages.checksum(path, problem.part);
    case 'duplicate':
      return workbookMessages.duplicate(path, problem.part, problem.other);
  }
}
