/**
 * The sizes dti refuses to go beyond, checked before anything is unpacked, so that a
 * damaged or malicious file (a "zip bomb") is refused in milliseconds instead of
 * exhausting memory. A commune's workbook is a few megabytes, its largest part a few
 * dozen; these leave ample room. A sheet part read into cells takes several times its
 * size in memory, so the limits are set for a computer with a few GB to spare.
 */
export const MB = 1024 * 1024;

export const LIMITS = {
  /** The .xlsx file itself. */
  inputFileBytes: 200 * MB,
  /** All its parts unpacked together. */
  unpackedBytes: 400 * MB,
  /**
   * One part unpacked. Each part is read as one string (V8's longest is about 536
   * million UTF-16 units), and a sheet's cells take several times its size.
   */
  partBytes: 100 * MB,
  /** Parts in the package (an .xlsx has a few dozen; each sheet adds two or three). */
  parts: 20_000,
} as const;
