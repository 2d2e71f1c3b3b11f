/**
 * A minimal Compound File Binary (OLE2) container with the given stream names and no
 * content: the shape of an old .xls ("Workbook") or of a password-protected .xlsx
 * ("EncryptionInfo", "EncryptedPackage"), enough for the reader of its directory.
 * Layout: header, sector 0 the allocation table, sector 1 the directory (4 entries).
 */
export function cfbWithStreams(names: string[]): Buffer {
  if (names.length > 3) throw new Error('one directory sector holds the root and 3 streams');
  const SECTOR = 512;
  const END_OF_CHAIN = 0xfffffffe;
  const FREE = 0xffffffff;
  const out = Buffer.alloc(SECTOR * 3);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(out, 0);
  out.writeUInt16LE(0x3e, 24); // minor version
  out.writeUInt16LE(3, 26); // major version 3: 512-byte sectors
  out.writeUInt16LE(0xfffe, 28); // byte order
  out.writeUInt16LE(9, 30); // sector shift
  out.writeUInt16LE(6, 32); // mini sector shift
  out.writeUInt32LE(1, 44); // FAT sectors
  out.writeUInt32LE(1, 48); // first directory sector
  out.writeUInt32LE(4096, 56); // mini stream cutoff
  out.writeUInt32LE(END_OF_CHAIN, 60); // no mini FAT
  out.writeUInt32LE(END_OF_CHAIN, 68); // no DIFAT sectors
  out.writeUInt32LE(0, 76); // the FAT is sector 0
  for (let i = 1; i < 109; i++) out.writeUInt32LE(FREE, 76 + 4 * i);
  const fat = SECTOR;
  out.writeUInt32LE(0xfffffffd, fat); // sector 0 holds the FAT
  out.writeUInt32LE(END_OF_CHAIN, fat + 4); // sector 1: the directory, one sector long
  for (let i = 2; i < SECTOR / 4; i++) out.writeUInt32LE(FREE, fat + 4 * i);
  const dir = SECTOR * 2;
  ['Root Entry', ...names].forEach((name, i) => {
    const at = dir + 128 * i;
    out.write(name, at, 'utf16le');
    out.writeUInt16LE((name.length + 1) * 2, at + 64);
    out.writeUInt8(i === 0 ? 5 : 2, at + 66); // root storage, then streams
    out.writeUInt8(1, at + 67); // black
    out.writeUInt32LE(FREE, at + 68); // left sibling
    out.writeUInt32LE(i + 1 < names.length + 1 ? i + 1 : FREE, at + 72); // right sibling
    out.writeUInt32LE(i === 0 && names.length ? 1 : FREE, at + 76); // child
    out.writeUInt32LE(END_OF_CHAIN, at + 116); // start sector: empty stream
  });
  return out;
}
