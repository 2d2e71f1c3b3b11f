/** English from libraries and Node that must never reach a user: what the old messages leaked. */
const LIBRARY_TEXT = [
  /Cannot (read|set) properties/,
  /Corrupted zip/,
  /Bug :/,
  /Invalid string length/,
  /ERR_[A-Z_]+/,
  /\bat .+:\d+:\d+/, // a stack frame
  /TypeError|RangeError|SyntaxError/,
  /undefined/,
  /parseArgs|Unknown option '/,
  /ENOENT: no such file|EACCES: permission denied|ENOSPC: no space/, // Node's own sentences
];

/** Fails when a library's text appears anywhere in what dti printed. */
export function expectPlain(output: string): void {
  for (const pattern of LIBRARY_TEXT) expect(output).not.toMatch(pattern);
}
