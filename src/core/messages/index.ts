/** Messages by code: core says what happened, one catalogue per language says it in words. */
export { message, sentence, said, type Message } from './message';
export type { ArgName, ExcelErrorCode, MessageCode, MessageParams, SchemaProblem } from './params';
export { schemaProblem } from './schema-problem';
export { dayMonthYear, formatSize } from './format';
