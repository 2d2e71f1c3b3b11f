import { constants, crc32, deflateRawSync } from 'zlib';

export interface RawEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  /** The bytes as they lie in the archive. */
  data: Buffer;
  /** The size the archive declares once unpacked (may lie). */
  declaredSize: number;
  /** The CRC-32 the archive declares: by default the true one for a stored entry, 0 for a deflated one (a bomb is refused before). */
  crc?: number;
}

/** A zip archive written by hand, so that it can declare sizes (and CRCs) that are not true. */
export function zipOf(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.method, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.declaredSize, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.method, 10);
    central.writeUInt32LE(e.crc ?? (e.method === 0 ? crc32(e.data) : 0), 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.declaredSize, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * A raw deflate stream that unpacks to `megabytes` MB of zeros, built without holding
 * them: one MB compressed once with a full flush (so it stands alone), repeated, then
 * an empty final block. About 1 KB per MB.
 */
export function deflatedZeros(megabytes: number): Buffer {
  const chunk = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_FULL_FLUSH, level: 9 });
  const parts: Buffer[] = [];
  for (let i = 0; i < megabytes; i++) parts.push(chunk);
  parts.push(Buffer.from([0x03, 0x00])); // final, empty, fixed-Huffman block
  return Buffer.concat(parts);
}

/** The parts an .xlsx needs around the given sheet data. */
export function workbookParts(sheet: RawEntry): RawEntry[] {
  const stored = (name: string, text: string): RawEntry => {
    const data = Buffer.from(text, 'utf8');
    return { name, method: 0, data, declaredSize: data.length };
  };
  return [
    stored('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    stored('xl/workbook.xml', '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    sheet,
  ];
}
