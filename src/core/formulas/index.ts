/** What each DTI cell function computes, from raw cell arguments (no Office, no spreadsheet engine). */
export { gap, met, progress, score, status } from './measures';
export { targetOp, targetValue } from './target-info';
export { expected, onTrack } from './trajectory';
export { ratio } from './ratio';
export { clearTargetCache, TARGET_CACHE_LIMIT, targetCacheStats } from './target-cache';
export { ERROR_TEXT, type FormulaErrorKind, type FormulaResult } from './result';
