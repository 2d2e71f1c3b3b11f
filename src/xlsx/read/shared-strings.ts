/** The shared strings of a package (sharedStrings.xml): the text of each item, runs joined, phonetic hints left out. */
import { SaxesParser } from 'saxes';
import { localName } from './xml-names';

export function readSharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const out: string[] = [];
  let current: string[] | null = null;
  let inText = false;
  let phonetic = 0;
  const parser = new SaxesParser();
  parser.on('opentag', (node) => {
    const name = localName(node.name);
    if (name === 'si') current = [];
    else if (name === 'rPh') phonetic++;
    else if (name === 't' && phonetic === 0) inText = true;
  });
  parser.on('text', (text) => {
    if (inText && current) current.push(text);
  });
  parser.on('closetag', (node) => {
    const name = localName(node.name);
    if (name === 't') inText = false;
    else if (name === 'rPh') phonetic--;
    else if (name === 'si' && current) {
      out.push(current.join(''));
      current = null;
    }
  });
  parser.write(xml).close();
  return out;
}
