/**
 * What OfficeWorkbook.apply needs and nothing else does: the checks before a
 * write, the writes, the notes and the own-sheet record. Loaded by apply on its
 * first call, so the task pane opens (and reads the workbook) without the
 * write path.
 */
export { writeNotes } from './notes';
export { registryAfter } from './own-sheet-record';
export { preflight } from './preflight';
export { prepareWrites, writePlans } from './write-plans';
