/**
 * dti speaks one language at a time: with --lang en no Vietnamese sentence, by default
 * no English one. What the workbook holds (sheet names, indicators, owners, targets) is
 * the user's and may be Vietnamese in English output: it is taken out before looking,
 * as are quoted parts (file names, what was typed).
 */
import { readFileSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import JSZip from 'jszip';
import { XlsxWorkbook } from '../../src/xlsx/xlsx-workbook';
import { writeMappingPart } from '../../src/xlsx/mapping-part';
import { englishWords, vietnameseWords } from '../helpers/languages';
import { dti } from '../helpers/run-dti';
import { tempDir } from '../helpers/workbook';

const SAMPLE = resolve(__dirname, '../../samples/dti-sample.xlsx');

/** Letters and digits only, lower case: "Các cơ quan, đơn vị\n các ngành" and "Các cơ quan, đơn vị; các ngàn…" compare. */
const bare = (text: string): string => text.normalize('NFC').toLocaleLowerCase('vi').replace(/[^\p{L}\p{N}]+/gu, '');

/** Every text of the sample: sheet names and string cells, and each part of a list ("Phòng VH-XH; Công an xã"). */
async function userTexts(): Promise<string[]> {
  const { grids } = await (await XlsxWorkbook.open(SAMPLE)).readAll();
  const texts = new Set<string>();
  for (const grid of grids) {
    texts.add(grid.sheet);
    for (const row of grid.rows) {
      for (const cell of row) {
        if (typeof cell.value !== 'string') continue;
        const text = cell.value.normalize('NFC').trim();
        for (const part of [text, ...text.split(/[;\n]/)]) if (part.trim().length >= 3) texts.add(part.trim());
      }
    }
  }
  return [...texts].sort((a, b) => b.length - a.length);
}

/**
 * A line of output without the user's data: the workbook's texts where they appear whole
 * (sheet names in "Phụ lục 1!K19"), and the table fields that are a workbook text cut short ("…").
 */
function ownWords(line: string, texts: string[], bareTexts: string): string {
  let rest = line.normalize('NFC');
  // A law cited by its Vietnamese number is a name, in any language.
  rest = rest.replace(/\d+\/\d{4}\/NĐ-CP/g, ' ');
  for (const t of texts) if (t.length >= 2 && rest.includes(t)) rest = rest.split(t).join(' ');
  return rest
    .split(/\s{2,}/)
    .filter((field) => {
      const b = bare(field.replace(/…$/, ''));
      return b.length < 3 || !bareTexts.includes(b);
    })
    .join('  ');
}

async function damagedMappingCopy(): Promise<string> {
  const saved = await writeMappingPart(readFileSync(SAMPLE), { version: 1, sheets: {} });
  const zip = await JSZip.loadAsync(saved);
  zip.file('customXml/item1.xml', '<dtiMapping xmlns="urn:dti-excel:mapping:v1">{"version":1,"sheets":{"Phụ lục 1":{"indicators":"có"}}}</dtiMapping>');
  const file = join(tempDir(), 'anh-xa-hong.xlsx');
  writeFileSync(file, await zip.generateAsync({ type: 'uint8array' }));
  return file;
}

describe('the language of every line dti prints', () => {
  const dir = tempDir();
  const broken = join(dir, 'hong.xlsx');
  const zipLike = join(dir, 'nen-hong.xlsx');
  writeFileSync(broken, Buffer.from('Đây không phải một tệp Excel.\n'.repeat(40)));
  writeFileSync(zipLike, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(200, 7)]));
  let texts: string[];
  let bareTexts: string;
  let damaged: string;
  beforeAll(async () => {
    texts = await userTexts();
    bareTexts = texts.map(bare).join('|');
    damaged = await damagedMappingCopy();
  });

  const runs: [string, (lang: string) => string[]][] = [
    ['check on the sample', () => ['check', SAMPLE]],
    ['summary on the sample', () => ['summary', SAMPLE, '--month', '2026-11']],
    ['summary writing a report', (lang) => ['summary', SAMPLE, '--month', '2026-11', '--out', join(dir, `bao-cao-${lang}.xlsx`), '--force']],
    ['status columns', (lang) => ['status', SAMPLE, '--month', '2026-11', '--out', join(dir, `tinh-trang-${lang}.xlsx`), '--force']],
    ['forms', (lang) => ['forms', SAMPLE, '--month', '2026-11', '--out-dir', join(dir, `phieu-${lang}`), '--force']],
    ['a target', () => ['target', 'Đạt tối thiểu 70%/năm']],
    ['the usage', () => ['--help']],
    ['one command\'s help', () => ['help', 'summary']],
    ['a damaged file', () => ['check', broken]],
    ['a damaged zip', () => ['check', zipLike]],
    ['a missing file', () => ['check', join(dir, 'khong-co.xlsx')]],
    ['an unknown option', () => ['summary', SAMPLE, '--mont', '2026-11']],
    ['a bad month', () => ['summary', SAMPLE, '--month', '2026-13']],
    ['no month', () => ['summary', SAMPLE]],
    ['an unknown sheet', () => ['check', SAMPLE, '--sheet', 'Không có']],
    ['the output is the input', () => ['values-copy', SAMPLE, '--out', SAMPLE]],
    ['a damaged saved mapping', () => ['check', damaged]],
  ];

  it.each(runs)('%s: --lang en has no Vietnamese sentence', async (_name, args) => {
    const run = await dti(...args('en'), '--lang', 'en');
    const lines = `${run.out}\n${run.err}`.split('\n').filter((l) => l.trim() !== '');
    expect(lines.length).toBeGreaterThan(0);
    const vietnamese = lines.map((l) => [l, vietnameseWords(ownWords(l, texts, bareTexts))] as const).filter(([, words]) => words.length > 0);
    expect(vietnamese).toEqual([]);
  });

  it.each(runs)('%s: the default has no English sentence', async (_name, args) => {
    const run = await dti(...args('vi'));
    const lines = `${run.out}\n${run.err}`.split('\n').filter((l) => l.trim() !== '');
    expect(lines.length).toBeGreaterThan(0);
    const english = lines.map((l) => [l, englishWords(ownWords(l, texts, bareTexts))] as const).filter(([, words]) => words.length > 0);
    expect(english).toEqual([]);
  });

  it('the checks see a sentence in the other language (they can fail)', () => {
    expect(vietnameseWords('Error: Không có tùy chọn --mont.')).not.toEqual([]);
    expect(englishWords('Lỗi: There is no option --mont.')).not.toEqual([]);
    expect(vietnameseWords(ownWords('  ERROR  Phụ lục 1!K19 [08]  "khoảng 70" cannot be read as a number.', ['Phụ lục 1'], 'phụlục1'))).toEqual([]);
  });
});
