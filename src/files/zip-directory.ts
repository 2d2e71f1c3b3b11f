/**
 * Reads a zip archive's central directory (the list at its end) without unpacking
 * anything: each part's name, compression, declared sizes and where its data lies.
 * Enough to refuse an oversized or lying archive before any memory is spent on it.
 */

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; anything else is not used by Office. */
  method: number;
  /** General purpose flags; bit 0 means the part is encrypted. */
  flags: number;
  /** The CRC-32 of the unpacked data, as declared. */
  crc: number;
  compressedSize: number;
  /** As declared: a damaged or malicious archive may lie. */
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** Why an archive could not be listed. */
export class ZipFormatError extends Error {}

/** The archive declares more entries than the caller accepts: refused before they are read. */
export class TooManyEntries extends Error {
  constructor(readonly count: number) {
    super(`${count} entries`);
  }
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const U32_MAX = 0xffffffff;

/** The central directory's entries; throws ZipFormatError when there is none or it runs off the file. */
export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndRecord(view);
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || offset === U32_MAX) ({ count, offset } = readZip64End(view, eocd));
  if (count > maxEntries) throw new TooManyEntries(count);
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    need(view, at, 46);
    if (view.getUint32(at, true) !== CENTRAL) throw new ZipFormatError('central directory entry expected');
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    need(view, at + 46, nameLength + extraLength);
    const entry: ZipEntry = {
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      flags: view.getUint16(at + 8, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    };
    applyZip64Extra(view, at + 46 + nameLength, extraLength, entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Where an entry's compressed data starts (after its local header). The local header
 * must name the entry as the directory does: a reader walking the local headers
 * would otherwise find another part under that name.
 */
export function dataOffset(bytes: Uint8Array, entry: ZipEntry): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  need(view, at, 30);
  if (view.getUint32(at, true) !== LOCAL) throw new ZipFormatError(`local header of ${entry.name} expected`);
  const nameLength = view.getUint16(at + 26, true);
  need(view, at + 30, nameLength);
  if (new TextDecoder().decode(bytes.subarray(at + 30, at + 30 + nameLength)) !== entry.name) throw new ZipFormatError(`local header of ${entry.name} names another part`);
  const start = at + 30 + nameLength + view.getUint16(at + 28, true);
  need(view, start, entry.compressedSize);
  return start;
}

function findEndRecord(view: DataView): number {
  // The end record is 22 bytes plus a comment of at most 65,535.
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw new ZipFormatError('no end of central directory');
}

function readZip64End(view: DataView, eocd: number): { count: number; offset: number } {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) throw new ZipFormatError('zip64 locator expected');
  const end = toNumber(view.getBigUint64(locator + 8, true));
  need(view, end, 56);
  if (view.getUint32(end, true) !== ZIP64_EOCD) throw new ZipFormatError('zip64 end record expected');
  return { count: toNumber(view.getBigUint64(end + 32, true)), offset: toNumber(view.getBigUint64(end + 48, true)) };
}

/** Sizes and offsets too large for 32 bits are in the "zip64" extra field, in this order, only those marked 0xFFFFFFFF. */
function applyZip64Extra(view: DataView, start: number, length: number, entry: ZipEntry): void {
  for (let at = start; at + 4 <= start + length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const next = (): number => {
        need(view, field, 8);
        const value = toNumber(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (entry.uncompressedSize === U32_MAX) entry.uncompressedSize = next();
      if (entry.compressedSize === U32_MAX) entry.compressedSize = next();
      if (entry.localHeaderOffset === U32_MAX) entry.localHeaderOffset = next();
      return;
    }
    at += 4 + size;
  }
}

/** 64-bit sizes beyond what a Number holds exactly are simply huge: the limits refuse them. */
function toNumber(value: bigint): number {
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.MAX_SAFE_INTEGER : Number(value);
}

function need(view: DataView, at: number, length: number): void {
  if (at < 0 || length < 0 || at + length > view.byteLength) throw new ZipFormatError('entry runs past the end of the file');
}
