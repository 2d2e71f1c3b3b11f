import { InflateTooLarge, inflateRaw } from './raw-deflate';
import { crc32, partKey } from './crc32';
import { LIMITS } from './limits';
import { dataOffset, readZipDirectory, TooManyEntries, type ZipEntry, ZipFormatError } from './zip-directory';

export type ZipLimits = Pick<typeof LIMITS, 'unpackedBytes' | 'partBytes' | 'parts'>;

/** What is wrong with an archive, for the caller to say in its own words. */
export type ZipProblem =
  | { kind: 'damaged'; part?: string }
  | { kind: 'too-many-parts'; count: number; limit: number }
  | { kind: 'too-large'; size: number; limit: number }
  | { kind: 'part-too-large'; part: string; size: number; limit: number }
  /** A part unpacks to another size than the directory declares: damaged, or a bomb in disguise. */
  | { kind: 'size-mismatch'; part: string }
  /** Encrypted inside the zip, or compressed in a way Office never uses. */
  | { kind: 'unsupported'; part: string }
  /** A part's data does not match its CRC-32: bit rot, an incomplete copy. */
  | { kind: 'checksum'; part: string }
  /** Two entries are one part (names equal but for case, a leading "/" or "\\"): readers would disagree which is the part. */
  | { kind: 'duplicate'; part: string; other: string };

export class ZipCheckError extends Error {
  constructor(readonly problem: ZipProblem) {
    super(problem.kind);
  }
}

const STORED = 0;
const DEFLATED = 8;

/**
 * Checks an archive against the limits before anything else unpacks it: the sizes its
 * directory declares (in microseconds, whatever they claim), then each part unpacked
 * one at a time, never beyond its declared size, so a part that lies is caught after
 * at most that many bytes, and checked against its CRC-32. Two entries that are one
 * part (see partKey) are refused. `visit` sees each part's bytes (to look at XML
 * roots without unpacking twice). Returns the entries; throws ZipCheckError.
 */
export function checkZipPackage(bytes: Uint8Array, limits: ZipLimits = LIMITS, visit?: (name: string, data: Uint8Array) => void): ZipEntry[] {
  const entries = listEntries(bytes, limits);
  const seen = new Map<string, string>();
  for (const e of entries) {
    if (e.name.endsWith('/')) continue;
    const earlier = seen.get(partKey(e.name));
    if (earlier !== undefined) throw new ZipCheckError({ kind: 'duplicate', part: earlier, other: e.name });
    seen.set(partKey(e.name), e.name);
  }
  let total = 0;
  for (const e of entries) total += e.uncompressedSize;
  if (total > limits.unpackedBytes) throw new ZipCheckError({ kind: 'too-large', size: total, limit: limits.unpackedBytes });
  for (const e of entries) {
    if (e.uncompressedSize > limits.partBytes) {
      throw new ZipCheckError({ kind: 'part-too-large', part: e.name, size: e.uncompressedSize, limit: limits.partBytes });
    }
  }
  for (const e of entries) {
    const data = unpack(bytes, e);
    if (visit) visit(e.name, data);
  }
  return entries;
}

function listEntries(bytes: Uint8Array, limits: ZipLimits): ZipEntry[] {
  try {
    return readZipDirectory(bytes, limits.parts);
  } catch (e) {
    if (e instanceof TooManyEntries) throw new ZipCheckError({ kind: 'too-many-parts', count: e.count, limit: limits.parts });
    if (e instanceof ZipFormatError || e instanceof RangeError) throw new ZipCheckError({ kind: 'damaged' });
    throw e;
  }
}

/** One part's bytes, never more than it declares. */
function unpack(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  if (entry.flags & 1) throw new ZipCheckError({ kind: 'unsupported', part: entry.name });
  let start: number;
  try {
    start = dataOffset(bytes, entry);
  } catch {
    throw new ZipCheckError({ kind: 'damaged', part: entry.name });
  }
  const packed = bytes.subarray(start, start + entry.compressedSize);
  if (entry.method === STORED) {
    if (entry.compressedSize !== entry.uncompressedSize) throw new ZipCheckError({ kind: 'size-mismatch', part: entry.name });
    return checked(entry, packed);
  }
  if (entry.method !== DEFLATED) throw new ZipCheckError({ kind: 'unsupported', part: entry.name });
  let data: Uint8Array;
  try {
    data = inflateRaw(packed, entry.uncompressedSize);
  } catch (e) {
    // It unpacks to more than it declares.
    if (e instanceof InflateTooLarge) throw new ZipCheckError({ kind: 'size-mismatch', part: entry.name });
    throw new ZipCheckError({ kind: 'damaged', part: entry.name });
  }
  if (data.length !== entry.uncompressedSize) throw new ZipCheckError({ kind: 'size-mismatch', part: entry.name });
  return checked(entry, data);
}

function checked(entry: ZipEntry, data: Uint8Array): Uint8Array {
  if (crc32(data) !== entry.crc) throw new ZipCheckError({ kind: 'checksum', part: entry.name });
  return data;
}
