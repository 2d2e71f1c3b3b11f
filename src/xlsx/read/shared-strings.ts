/** The shared strings of a package (sharedStrings.xml): the text of each item, runs joined, phonetic hints left out, _xHHHH_ decoded. */
import { SaxesParser } from 'saxes';
import { decodeXstring } from '../package/xstring';
import { localName } from './xml-names';

export function readSharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const out: string[] = [];
  let current: string[] | null = null;
  /** The text of the <t> being read; each <t> is decoded on its own, as Excel does. */
  let inText: string[] | null = null;
  let phonetic = 0;
  const parser = new SaxesParser();
  parser.on('opentag', (node) => {
    const name = localName(node.name);
    if (name === 'si') current = [];
    else if (name === 'rPh') phonetic++;
    else if (name === 't' && phonetic === 0 && current) inText = [];
  });
  parser.on('text', (text) => inText?.push(text));
  parser.on('cdata', (text) => inText?.push(text));
  parser.on('closetag', (node) => {
    const name = localName(node.name);
    if (name === 't' && inText) {
      current?.push(decodeXstring(inText.join('')));
      inText = null;
    } else if (name === 'rPh') phonetic--;
    else if (name === 'si' && current) {
      out.push(current.join(''));
      current = null;
    }
  });
  parser.write(xml).close();
  return out;
}
