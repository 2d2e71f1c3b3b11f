/**
 * What OfficeWorkbook.apply needs and nothing else does: the checks before a
 * write, the writes and the notes. Loaded by apply on its first call, so the
 * task pane opens (and reads the workbook) without the write path.
 */
export { writeNotes } from './notes';
export { preflight } from './preflight';
export { prepareWrites, writePlans } from './write-plans';
