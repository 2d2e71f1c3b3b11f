/** Part names inside a package ("xl/worksheets/sheet1.xml", no leading slash) and relationship targets between them. */

/** The relationships part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels ('' is the package itself). */
export function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

function dirOf(part: string): string {
  return part.slice(0, part.lastIndexOf('/') + 1);
}

/**
 * The part a relationship of `source` points at (targets are relative to the source's
 * folder, or absolute from the package root); null when the target is not a part of
 * this package: a URI with a scheme ("file:///etc/x", "http://…"), a network path, a
 * name with backslashes, or one that climbs above the package root ("../../etc/x").
 */
export function resolveTarget(source: string, target: string): string | null {
  let path = target;
  try {
    path = decodeURI(target);
  } catch {
    // A malformed escape: use the target as written.
  }
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(path) || path.startsWith('//') || path.includes('\\')) return null;
  const joined = path.startsWith('/') ? path.slice(1) : dirOf(source) + path;
  const out: string[] = [];
  for (const segment of joined.split('/')) {
    if (segment === '..') {
      if (out.length === 0) return null;
      out.pop();
    } else if (segment !== '.' && segment !== '') out.push(segment);
  }
  return out.length === 0 ? null : out.join('/');
}

/** A relative target from `source` to `part`, as Excel writes them ("worksheets/sheet2.xml", "../customXml/item1.xml"). */
export function relativeTarget(source: string, part: string): string {
  const from = dirOf(source).split('/').filter(Boolean);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

/** "/xl/worksheets/sheet1.xml", as [Content_Types].xml names parts. */
export function partName(part: string): string {
  return `/${part}`;
}
