/**
 * Number formats of a package (styles.xml): the format code of each cell style
 * (`s` attribute of a cell). Built-in ids carry no code in the file; the ones a
 * reader needs (percent, dates) are listed with Excel's own codes.
 */
import { SaxesParser } from 'saxes';
import { attr, localName } from './xml-names';

const BUILT_IN: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/** The format code of each cell style index (General when the style sets none). */
export function readCellFormats(xml: string | null): string[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let inCellXfs = false;
  const parser = new SaxesParser();
  parser.on('opentag', (node) => {
    const name = localName(node.name);
    const attributes = node.attributes as Record<string, string>;
    if (name === 'numFmt') custom.set(Number(attr(attributes, 'numFmtId')), attr(attributes, 'formatCode') ?? 'General');
    else if (name === 'cellXfs') inCellXfs = true;
    else if (name === 'xf' && inCellXfs) {
      ids.push(Number(attr(attributes, 'numFmtId') ?? 0));
    }
  });
  parser.on('closetag', (node) => {
    if (localName(node.name) === 'cellXfs') inCellXfs = false;
  });
  parser.write(xml).close();
  return ids.map((id) => custom.get(id) ?? BUILT_IN[id] ?? 'General');
}
