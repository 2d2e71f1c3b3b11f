/** An element's name without its namespace prefix: `x:row` → `row` (the OpenXML SDK writes prefixed SpreadsheetML). */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An attribute by its local name (`r:id` and `id` are told apart by the caller where it matters). */
export function attr(attributes: Record<string, string>, local: string): string | undefined {
  if (local in attributes) return attributes[local];
  for (const [name, value] of Object.entries(attributes)) if (localName(name) === local && !name.startsWith('xmlns')) return value;
  return undefined;
}
