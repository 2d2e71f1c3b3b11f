import type { ExcelHost } from './host';

/**
 * What this Excel supports, checked once through requirement sets. Each
 * missing feature degrades (the add-in does less), never throws.
 * The add-in itself needs ExcelApi 1.4 (the *OrNullObject methods).
 */
export interface Features {
  /** Worksheet.names (1.4): the hidden mark on the add-in's own sheets; without it reports are never replaced. */
  sheetNames: boolean;
  /** Range.getMergedAreasOrNullObject (1.13): without it merged areas are not read. */
  mergedAreas: boolean;
  /** Range.getSpecialCellsOrNullObject (1.9): hidden rows are found as the rows with no visible cell. */
  visibleCells: boolean;
  /** Range.getTables (1.9): without it the tables of a sheet are read in one more sync. */
  rangeTables: boolean;
  /** Worksheet.autoFilter (1.9). */
  autoFilter: boolean;
  /** Workbook.customXmlParts (1.5): without it the mapping goes to the document settings. */
  customXml: boolean;
  /** Range.conditionalFormats (1.6). */
  conditionalFormats: boolean;
  /** Worksheet.protection (1.2). */
  protection: boolean;
  /** Workbook.protection (1.7). */
  workbookProtection: boolean;
  /** Worksheet.freezePanes (1.7). */
  freezePanes: boolean;
  /** Worksheet.pageLayout (1.9): paper, margins, headers and footers (page numbers), print titles; Worksheet.horizontalPageBreaks (1.9). */
  pageLayout: boolean;
  /** Worksheet.shapes (1.9): the rules drawn under a report's heading. */
  shapes: boolean;
  /** Worksheet.showGridlines (1.8). */
  gridlines: boolean;
  /** Worksheet.charts (1.1). */
  charts: boolean;
  /** Worksheet.notes (1.18): without it the plain-formula rows get no note. */
  notes: boolean;
}

export function detectFeatures(host: ExcelHost): Features {
  const has = (version: string): boolean => {
    try {
      return host.isSetSupported('ExcelApi', version);
    } catch {
      return false;
    }
  };
  return {
    sheetNames: has('1.4'),
    mergedAreas: has('1.13'),
    visibleCells: has('1.9'),
    rangeTables: has('1.9'),
    autoFilter: has('1.9'),
    customXml: has('1.5'),
    conditionalFormats: has('1.6'),
    protection: has('1.2'),
    workbookProtection: has('1.7'),
    freezePanes: has('1.7'),
    pageLayout: has('1.9'),
    shapes: has('1.9'),
    gridlines: has('1.8'),
    charts: has('1.1'),
    notes: has('1.18'),
  };
}
