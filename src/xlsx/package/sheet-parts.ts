/**
 * Worksheet parts: a free name for a new one, and, when the add-in rewrites
 * its own sheet, the parts only the old sheet used (Excel's printer settings,
 * a comment or drawing a user added to the report): the rewritten sheet no
 * longer points at them, so they go with their relationships and content types,
 * as they would when Excel deletes the sheet. A part anything else still uses stays.
 */
import type { ContentTypes } from './content-types';
import type { PackageEdit } from './opc-package';
import { relsPathOf } from './part-paths';
import { Relationships } from './relationships';

/** "xl/worksheets/sheetN.xml" with N above every sheet part's number. */
export function nextWorksheetPart(edit: PackageEdit, workbookPath: string): string {
  const dir = `${workbookPath.slice(0, workbookPath.lastIndexOf('/') + 1)}worksheets/`;
  let n = 0;
  for (const path of edit.paths()) {
    const m = /sheet(\d+)\.xml$/i.exec(path);
    if (m && path.toLowerCase().startsWith(dir.toLowerCase())) n = Math.max(n, Number(m[1]));
  }
  let part = `${dir}sheet${n + 1}.xml`;
  while (edit.has(part)) part = `${dir}sheet${++n + 1}.xml`;
  return part;
}

/** Removes the relationships of `part` and the parts nothing else refers to. */
export async function pruneRelationshipsOf(edit: PackageEdit, types: ContentTypes, part: string, why: string): Promise<void> {
  const relsPath = relsPathOf(part);
  if (!edit.has(relsPath)) return;
  // How many relationships point at each part, over the whole package.
  const refs = new Map<string, number>();
  for (const path of edit.paths().filter((p) => p.toLowerCase().endsWith('.rels'))) {
    for (const rel of (await Relationships.load(edit, sourceOf(path))).list()) {
      if (rel.part) refs.set(rel.part.toLowerCase(), (refs.get(rel.part.toLowerCase()) ?? 0) + 1);
    }
  }
  const queue = [part];
  while (queue.length > 0) {
    const source = queue.shift()!;
    const rels = relsPathOf(source);
    if (!edit.has(rels)) continue;
    for (const rel of (await Relationships.load(edit, source)).list()) {
      if (!rel.part) continue;
      const key = rel.part.toLowerCase();
      const left = (refs.get(key) ?? 0) - 1;
      refs.set(key, left);
      if (left > 0 || !edit.has(rel.part)) continue;
      edit.remove(rel.part, why);
      types.removeOverride(rel.part);
      queue.push(rel.part);
    }
    edit.remove(rels, why);
  }
}

/** xl/worksheets/_rels/sheet1.xml.rels → xl/worksheets/sheet1.xml; _rels/.rels → '' (the package). */
function sourceOf(relsPath: string): string {
  const m = /^(.*?)_rels\/(.*)\.rels$/i.exec(relsPath);
  return m ? `${m[1]}${m[2]}` : '';
}
