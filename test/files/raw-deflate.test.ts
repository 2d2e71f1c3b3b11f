/**
 * Zip entries are unpacked by Node's zlib in the CLI and by fflate in the page
 * (task pane): both must read what the other wrote, and both must stop an entry
 * that unpacks to more than it declares.
 */
import * as node from '../../src/files/raw-deflate';
import * as browser from '../../src/files/raw-deflate.browser';

const text = new TextEncoder().encode('<sheetData>' + '<row><c t="s"><v>Tỷ lệ hồ sơ trực tuyến</v></c></row>'.repeat(2000) + '</sheetData>');

describe.each([
  ['Node zlib', node],
  ['fflate (page)', browser],
])('%s', (_name, impl) => {
  test('reads what either side packed, byte for byte', () => {
    expect(Buffer.from(impl.inflateRaw(node.deflateRaw(text), text.length))).toEqual(Buffer.from(text));
    expect(Buffer.from(impl.inflateRaw(browser.deflateRaw(text), text.length))).toEqual(Buffer.from(text));
  });

  test('an entry that unpacks to more than it declares is stopped', () => {
    expect(() => impl.inflateRaw(node.deflateRaw(text), text.length - 1)).toThrow(impl.InflateTooLarge);
  });

  test('damaged data is an error, not garbage', () => {
    expect(() => impl.inflateRaw(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x00]), 100)).toThrow();
  });
});
