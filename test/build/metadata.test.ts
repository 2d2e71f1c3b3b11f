import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { localizeMetadata, type ViFunctionText } from '../../tools/localize-metadata.js';
import { type FunctionMetadataJson, generateMetadata, ROOT } from '../../kit/hyperformula/metadata-source';
import vi from '../../src/functions/metadata-vi.json';

/** Ids are stored in users' workbooks (=DTI.STATUS(...)): changing one breaks their formulas. */
const FROZEN_IDS = ['GAP', 'STATUS', 'MET', 'PROGRESS', 'SCORE', 'TARGET', 'TARGETOP', 'EXPECTED', 'ONTRACK', 'RATIO'];

let english: FunctionMetadataJson[];
let englishJson: string;

beforeAll(async () => {
  const generated = await generateMetadata();
  expect(generated.errors).toEqual([]);
  english = generated.functions;
  englishJson = JSON.stringify({ functions: english });
});

test('the function ids are exactly the frozen list, in order, and names equal ids', () => {
  expect(english.map((f) => f.id)).toEqual(FROZEN_IDS);
  for (const f of english) expect(f.name).toBe(f.id);
});

test('every function and parameter has an English description', () => {
  const missing: string[] = [];
  for (const f of english) {
    if (!f.description?.trim()) missing.push(f.id);
    for (const p of f.parameters) if (!p.description?.trim()) missing.push(`${f.id}.${p.name}`);
  }
  expect(missing).toEqual([]);
});

test('range parameters and results: a column of results gives a column of answers', () => {
  for (const f of english) {
    expect(f.result?.dimensionality).toBe('matrix');
    for (const p of f.parameters.filter((x) => x.name !== 'lang')) expect(p.dimensionality).toBe('matrix');
  }
  const status = english.find((f) => f.id === 'STATUS')!;
  expect(status.parameters.map((p) => [p.name, Boolean(p.optional)])).toEqual([
    ['actual', false],
    ['target', false],
    ['unit', true],
    ['lang', true],
  ]);
});

test('every function and parameter has a Vietnamese description, and nothing else is in the dictionary', () => {
  const { json, errors } = localizeMetadata(englishJson, vi as Record<string, ViFunctionText>);
  expect(errors).toEqual([]);
  const localized = (JSON.parse(json) as { functions: FunctionMetadataJson[] }).functions;
  expect(localized.map((f) => f.id)).toEqual(FROZEN_IDS);
  for (const [f, en] of localized.map((l, i) => [l, english[i]!] as const)) {
    expect(f.description).not.toBe(en.description);
    expect(f.description).toMatch(/[ạảãáàâấầẩẫậăắằẳẵặẹẻẽéèêếềểễệịỉĩíìọỏõóòôốồổỗộơớờởỡợụủũúùưứừửữựỵỷỹýỳđ]/i);
    f.parameters.forEach((p, i) => {
      expect(p.description).toBeTruthy();
      expect(p.description).not.toBe(en.parameters[i]!.description);
      // Types, dimensions and optionality are the English ones.
      expect({ ...p, name: undefined, description: undefined }).toEqual({ ...en.parameters[i], name: undefined, description: undefined });
    });
  }
});

test('a missing or stray Vietnamese text is reported (the build fails on it)', () => {
  const dictionary = JSON.parse(JSON.stringify(vi)) as Record<string, ViFunctionText>;
  delete dictionary.RATIO;
  delete dictionary.STATUS!.parameters.lang;
  dictionary.STATUS!.parameters.langue = { description: 'x' };
  dictionary.OLD = { description: 'cũ', parameters: {} };
  const { errors } = localizeMetadata(englishJson, dictionary);
  expect(errors).toEqual(
    expect.arrayContaining([
      'metadata-vi: function RATIO has no Vietnamese description',
      'metadata-vi: parameter STATUS.lang has no Vietnamese description',
      'metadata-vi: STATUS.langue is not a parameter of STATUS',
      'metadata-vi: OLD is not a function id',
    ]),
  );
});

test('a broken JSDoc is reported by the metadata generator', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dti-meta-'));
  const file = path.join(dir, 'broken.ts');
  fs.writeFileSync(file, '/**\n * Broken.\n * @customfunction BAD-ID\n * @param x A value.\n */\nexport function bad(x: number): number { return x; }\n');
  const result = await generateMetadata(file);
  expect(result.errors.length).toBeGreaterThan(0);
  fs.rmSync(dir, { recursive: true, force: true });
  expect(fs.existsSync(path.join(ROOT, 'src/functions/functions.ts'))).toBe(true);
});
