/**
 * Raw DEFLATE, as zip entries hold it, with Node's zlib. The page bundles
 * (task pane, web page) use raw-deflate.browser.ts in its place (webpack.config.js).
 * Inflating never produces more than `maxOutput` bytes: a part that lies about its
 * size throws TooLarge after that many.
 */
import * as zlib from 'zlib';

export class InflateTooLarge extends Error {}

export function inflateRaw(data: Uint8Array, maxOutput: number): Uint8Array {
  try {
    return zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, maxOutput) });
  } catch (e) {
    if ((e as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE') throw new InflateTooLarge();
    throw e;
  }
}

export function deflateRaw(data: Uint8Array): Uint8Array {
  return zlib.deflateRawSync(data, { level: 6 });
}
