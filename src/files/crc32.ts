import * as zlib from 'zlib';

let table: Uint32Array | null = null;

/** CRC-32 of the zip format (zlib.crc32 where Node has it, 20.15 and later). */
export function crc32(data: Uint8Array): number {
  const native = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
  if (native) return native(data) >>> 0;
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/**
 * The key under which a zip entry name is one part: OPC part names ignore case, and
 * readers differ on a leading "/" and on "\" for "/". Two entries with one key are
 * one part written twice, and readers would not agree which copy is the part.
 */
export function partKey(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '').normalize('NFC').toLowerCase();
}
