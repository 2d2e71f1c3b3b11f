/**
 * xl/calcChain.xml lists the formula cells in the order Excel last computed
 * them. An entry for a cell that no longer holds a formula makes Excel
 * "repair" the file, so the chain is dropped whenever a write removes or
 * replaces formulas; Excel rebuilds it silently on the next calculation.
 */
import type { ContentTypes } from './content-types';
import { REL_TYPE } from './namespaces';
import type { PackageEdit } from './opc-package';
import type { WorkbookPart } from './workbook-part';

export function dropCalcChain(edit: PackageEdit, workbook: WorkbookPart, types: ContentTypes): void {
  const why = 'the calculation chain would list cells whose formulas were replaced';
  for (const rel of workbook.rels.ofType(REL_TYPE.calcChain)) {
    if (rel.part) {
      edit.remove(rel.part, why);
      types.removeOverride(rel.part);
    }
    workbook.rels.remove(rel.id);
  }
  // A chain nothing links to is still read by some tools: remove it too.
  if (edit.has('xl/calcChain.xml')) {
    edit.remove('xl/calcChain.xml', why);
    types.removeOverride('xl/calcChain.xml');
  }
}
