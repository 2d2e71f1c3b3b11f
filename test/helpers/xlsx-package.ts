/**
 * Looking into .xlsx packages in tests: every part's uncompressed bytes, the
 * part of a sheet, and small edits standing in for what a user does in Excel
 * (protect a sheet, protect the structure, type into a cell), made on the XML
 * so that nothing else in the file changes.
 */
import { createHash } from 'crypto';
import JSZip from 'jszip';

/** Every part (zip entry that is not a folder) → its uncompressed bytes. */
export async function partsOf(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir) out.set(name, await entry.async('nodebuffer'));
  return out;
}

/** The parts and a hash of each, sorted: equal when every part has the same bytes. */
export async function packageState(bytes: Uint8Array): Promise<string> {
  const parts = await partsOf(bytes);
  return [...parts]
    .sort((a, b) => a[0].localeCompare(b[0]))
    .map(([name, data]) => `${name} ${createHash('sha1').update(data).digest('hex')}`)
    .join('\n');
}

export async function partText(bytes: Uint8Array, name: string): Promise<string> {
  const text = await (await JSZip.loadAsync(bytes)).file(name)?.async('string');
  if (text === undefined) throw new Error(`no part ${name}`);
  return text;
}

/** The worksheet part of a sheet, by its name in workbook.xml. */
export async function sheetPart(bytes: Uint8Array, sheet: string): Promise<string> {
  const workbook = await partText(bytes, 'xl/workbook.xml');
  const rels = await partText(bytes, 'xl/_rels/workbook.xml.rels');
  const escaped = sheet.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const id = new RegExp(`<sheet [^>]*name="${escaped.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = id ? new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1] : undefined;
  if (!target) throw new Error(`no sheet ${sheet}`);
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** The package with one part's text changed (the other parts untouched). */
export async function editPart(bytes: Uint8Array, name: string, edit: (xml: string) => string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file(name)?.async('string');
  if (xml === undefined) throw new Error(`no part ${name}`);
  const changed = edit(xml);
  if (changed === xml) throw new Error(`the edit changed nothing in ${name}`);
  zip.file(name, changed, { createFolders: false });
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** Review → Protect Sheet. */
export async function protectSheet(bytes: Uint8Array, sheet: string): Promise<Uint8Array> {
  return editPart(bytes, await sheetPart(bytes, sheet), (xml) => xml.replace(/<\/sheetData>|<sheetData\/>/, (m) => `${m}<sheetProtection sheet="1" objects="1" scenarios="1"/>`));
}

/** Review → Protect Workbook (structure). */
export async function protectStructure(bytes: Uint8Array): Promise<Uint8Array> {
  return editPart(bytes, 'xl/workbook.xml', (xml) => xml.replace(/<bookViews>|<sheets>/, (m) => `<workbookProtection lockStructure="1"/>${m}`));
}

/** A text typed into a cell (an inline string), in row and column order. */
export async function typeInto(bytes: Uint8Array, sheet: string, address: string, text: string): Promise<Uint8Array> {
  const [, letters, digits] = /^([A-Z]+)(\d+)$/.exec(address)!;
  const row = Number(digits);
  const cell = `<c r="${address}" t="inlineStr"><is><t>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</t></is></c>`;
  const colOf = (ref: string): number => [...ref.replace(/\d+$/, '')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return editPart(bytes, await sheetPart(bytes, sheet), (xml) => {
    const rowMatch = new RegExp(`<row r="${row}"[^>]*?(?:/>|>([\\s\\S]*?)</row>)`).exec(xml);
    if (!rowMatch) {
      const later = [...xml.matchAll(/<row r="(\d+)"/g)].find((m) => Number(m[1]) > row);
      const line = `<row r="${row}">${cell}</row>`;
      return later ? xml.slice(0, later.index) + line + xml.slice(later.index) : xml.replace('</sheetData>', `${line}</sheetData>`);
    }
    const body = rowMatch[1] ?? '';
    const cells = [...body.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g)];
    const same = cells.find((m) => m[1] === address);
    let next: string;
    if (same) next = body.replace(same[0], cell);
    else {
      const after = cells.find((m) => colOf(m[1]!) > colOf(letters!));
      next = after ? body.replace(after[0], cell + after[0]) : body + cell;
    }
    const open = rowMatch[0].slice(0, rowMatch[0].indexOf('>') + 1).replace(/\/>$/, '>');
    return xml.replace(rowMatch[0], `${open}${next}</row>`);
  });
}

/**
 * Each entry's compressed bytes exactly as stored in the zip (read from the
 * central directory and the local headers), to tell a part copied as it was
 * from one compressed again.
 */
export function storedEntries(bytes: Uint8Array): Map<string, { method: number; crc: number; data: Buffer }> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = buf.length - 22;
  while (end >= 0 && buf.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip');
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const out = new Map<string, { method: number; crc: number; data: Buffer }>();
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(at + 10);
    const crc = buf.readUInt32LE(at + 16);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30);
    const comment = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    out.set(name, { method, crc, data: buf.subarray(dataStart, dataStart + size) });
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

/** Which parts an output added, removed and changed compared with its input (uncompressed bytes). */
export async function partChanges(input: Uint8Array, output: Uint8Array): Promise<{ added: string[]; removed: string[]; changed: string[]; same: string[] }> {
  const a = await partsOf(input);
  const b = await partsOf(output);
  const names = (list: Iterable<string>): string[] => [...list].sort();
  return {
    added: names([...b.keys()].filter((n) => !a.has(n))),
    removed: names([...a.keys()].filter((n) => !b.has(n))),
    changed: names([...a.keys()].filter((n) => b.has(n) && !a.get(n)!.equals(b.get(n)!))),
    same: names([...a.keys()].filter((n) => b.has(n) && a.get(n)!.equals(b.get(n)!))),
  };
}

function xmlAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

/** Right-click → Rename: only the sheet's name in workbook.xml changes (its names scoped to it stay with it). */
export async function renameSheet(bytes: Uint8Array, from: string, to: string): Promise<Uint8Array> {
  return editPart(bytes, 'xl/workbook.xml', (xml) => xml.replace(`name="${xmlAttr(from)}"`, `name="${xmlAttr(to)}"`));
}

/**
 * Right-click → Delete, as Excel saves it: the sheet leaves workbook.xml with
 * its relationship, the names scoped to it go, and the later sheets' scoped names
 * follow their sheets (localSheetId is a position).
 */
export async function deleteSheet(bytes: Uint8Array, sheet: string): Promise<Uint8Array> {
  const workbook = await partText(bytes, 'xl/workbook.xml');
  const tags = [...workbook.matchAll(/<sheet [^>]*?\/>/g)].map((m) => m[0]);
  const index = tags.findIndex((t) => t.includes(`name="${xmlAttr(sheet)}"`));
  if (index < 0) throw new Error(`no sheet ${sheet}`);
  const relId = /r:id="([^"]+)"/.exec(tags[index]!)![1]!;
  const edited = await editPart(bytes, 'xl/workbook.xml', (xml) =>
    xml
      .replace(tags[index]!, '')
      .replace(/<definedName [^>]*?localSheetId="(\d+)"[^>]*>[\s\S]*?<\/definedName>/g, (name, local: string) => {
        const at = Number(local);
        if (at === index) return '';
        return at > index ? name.replace(`localSheetId="${local}"`, `localSheetId="${at - 1}"`) : name;
      })
      .replace(/<definedNames><\/definedNames>/, ''),
  );
  return editPart(edited, 'xl/_rels/workbook.xml.rels', (xml) => xml.replace(new RegExp(`<Relationship [^>]*Id="${relId}"[^>]*/>`), ''));
}

/** Sets a sheet's sheetId in workbook.xml, as LibreOffice renumbers them on save (and Excel reuses a deleted sheet's id). */
export async function setSheetId(bytes: Uint8Array, sheet: string, id: number): Promise<Uint8Array> {
  return editPart(bytes, 'xl/workbook.xml', (xml) =>
    xml.replace(new RegExp(`<sheet [^>]*?name="${xmlAttr(sheet).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*?/>`), (tag) => tag.replace(/sheetId="\d+"/, `sheetId="${id}"`)),
  );
}
