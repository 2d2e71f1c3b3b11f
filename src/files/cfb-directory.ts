/**
 * The names of the streams in a Compound File Binary (OLE2) container, the format of old
 * .xls files and also of password-protected .xlsx files (which hold "EncryptionInfo" and
 * "EncryptedPackage" instead of a zip). Reads only the header, the allocation table and
 * the directory; every read is bounds-checked and every chain is bounded by the file's
 * sector count, so a damaged file cannot loop.
 */

export const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const HEADER_DIFAT_ENTRIES = 109;

export function isCfb(bytes: Uint8Array): boolean {
  return bytes.length >= 512 && CFB_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** The directory's stream and storage names, or null when the container cannot be read. */
export function cfbStreamNames(bytes: Uint8Array): string[] | null {
  if (!isCfb(bytes)) return null;
  try {
    return readNames(bytes);
  } catch {
    return null;
  }
}

function readNames(bytes: Uint8Array): string[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const shift = view.getUint16(30, true);
  if (shift !== 9 && shift !== 12) return [];
  const sectorSize = 1 << shift;
  const sectors = Math.floor(bytes.length / sectorSize); // an upper bound for any chain
  const sectorAt = (n: number): number => {
    const at = (n + 1) * sectorSize;
    if (n >= sectors || at + sectorSize > bytes.length) throw new RangeError('sector out of file');
    return at;
  };

  // The allocation table's own sectors: 109 listed in the header, the rest in a chain of DIFAT sectors.
  const fatSectors: number[] = [];
  for (let i = 0; i < HEADER_DIFAT_ENTRIES; i++) fatSectors.push(view.getUint32(76 + 4 * i, true));
  let difat = view.getUint32(68, true);
  const perDifat = sectorSize / 4 - 1;
  for (let steps = 0; difat !== END_OF_CHAIN && difat !== FREE && steps < sectors; steps++) {
    const at = sectorAt(difat);
    for (let i = 0; i < perDifat; i++) fatSectors.push(view.getUint32(at + 4 * i, true));
    difat = view.getUint32(at + 4 * perDifat, true);
  }
  const fatCount = view.getUint32(44, true);
  const next = (sector: number): number => {
    const perSector = sectorSize / 4;
    const fatIndex = Math.floor(sector / perSector);
    if (fatIndex >= fatCount || fatIndex >= fatSectors.length) throw new RangeError('sector outside the allocation table');
    return view.getUint32(sectorAt(fatSectors[fatIndex]!) + 4 * (sector % perSector), true);
  };

  // Directory entries are 128 bytes: a UTF-16 name (64 bytes), its length in bytes with the final NUL, the entry type.
  const names: string[] = [];
  let sector = view.getUint32(48, true);
  for (let steps = 0; sector !== END_OF_CHAIN && steps < sectors; steps++) {
    const at = sectorAt(sector);
    for (let entry = at; entry < at + sectorSize; entry += 128) {
      const length = Math.min(view.getUint16(entry + 64, true), 64);
      const type = view.getUint8(entry + 66);
      if (type === 0 || length < 2) continue; // unused
      let name = '';
      for (let i = 0; i < length - 2; i += 2) name += String.fromCharCode(view.getUint16(entry + i, true));
      names.push(name);
    }
    sector = next(sector);
  }
  return names;
}
