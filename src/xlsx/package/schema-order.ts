/**
 * SpreadsheetML requires the children of a worksheet, a workbook and a
 * stylesheet in a fixed order; Excel "repairs" a file that breaks it. A new
 * element goes before the first existing sibling that must follow it.
 */
import type { XmlElement } from './xml-index';
import type { XmlPatch } from './xml-patch';

export const WORKSHEET_ORDER = [
  'sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection',
  'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells',
  'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup',
  'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing',
  'legacyDrawing', 'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts',
  'extLst',
] as const;

export const WORKBOOK_ORDER = [
  'fileVersion', 'fileSharing', 'workbookPr', 'workbookProtection', 'bookViews', 'sheets', 'functionGroups',
  'externalReferences', 'definedNames', 'calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr',
  'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst',
] as const;

export const STYLESHEET_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'] as const;

/**
 * Inserts `text` (an element named `local`) among the children of `parent` in
 * schema order. Elements of other namespaces (mc:AlternateContent, x14…) are
 * stepped over: they never decide the place.
 */
export function insertInOrder(patch: XmlPatch, parent: XmlElement, order: readonly string[], local: string, text: string): void {
  const rank = order.indexOf(local);
  if (rank < 0) throw new Error(`${local} is not in the schema order`);
  const next = parent.children.find((c) => c.uri === parent.uri && order.indexOf(c.local) > rank);
  // Several elements inserted at one place still come in schema order.
  if (next) patch.insertBefore(next, text, rank);
  else patch.append(parent, text, rank);
}
