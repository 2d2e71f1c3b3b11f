/** An element's name without its namespace prefix: `x:row` → `row` (the OpenXML SDK writes prefixed SpreadsheetML). */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute by its local name (`r:id` and `id` are told apart by the caller where it matters). */
export function attr(attributes: Record<string, string>, local: string): string | undefined {
  if (local in attributes) return attributes[local];
  // Called for attributes most elements lack ("hidden" on every row): no arrays made on the way.
  for (const name in attributes) {
    const colon = name.indexOf(':');
    if (colon >= 0 && name.length - colon - 1 === local.length && name.endsWith(local) && !name.startsWith('xmlns')) return attributes[name];
  }
  return undefined;
}
