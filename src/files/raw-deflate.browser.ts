/**
 * raw-deflate.ts for the browser, with fflate, and the same limit on what one
 * entry may unpack to.
 */
import { Inflate, deflateSync } from 'fflate';

export class InflateTooLarge extends Error {}

export function inflateRaw(data: Uint8Array, maxOutput: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflate = new Inflate((chunk) => {
    size += chunk.length;
    if (size > Math.max(1, maxOutput)) throw new InflateTooLarge();
    chunks.push(chunk);
  });
  inflate.push(data, true);
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

export function deflateRaw(data: Uint8Array): Uint8Array {
  return deflateSync(data, { level: 6 });
}
