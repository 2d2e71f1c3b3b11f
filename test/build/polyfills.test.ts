/**
 * EdgeHTML 18 runs ES2017: a built-in added later (Array.prototype.flatMap, String.prototype.matchAll…)
 * that the bundled code calls must come from src/polyfills.ts. The CLI (src/cli) runs in Node and is left out.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const SRC = path.join(ROOT, 'src');

/** Built-ins newer than ES2017: how a call looks in source, and the core-js module that adds it. */
const NEWER: Array<[RegExp, string]> = [
  [/\.flat\(/, 'array/flat'],
  [/\.flatMap\(/, 'array/flat-map'],
  [/Object\.fromEntries\(/, 'object/from-entries'],
  [/\.matchAll\(/, 'string/match-all'],
  [/\.trimEnd\(/, 'string/trim-end'],
  [/\.trimStart\(/, 'string/trim-start'],
  [/\.replaceAll\(/, 'string/replace-all'],
  [/\.at\(-?\d/, 'array/at'],
  [/Object\.hasOwn\(/, 'object/has-own'],
  [/\.findLast(Index)?\(/, 'array/find-last'],
  [/Promise\.(allSettled|any)\(/, 'promise/all-settled'],
  [/structuredClone\(/, 'structured-clone'],
];

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'cli' ? [] : sources(full);
    return /\.(ts|tsx)$/.test(e.name) ? [full] : [];
  });
}

test('every newer built-in the bundled code calls is polyfilled', () => {
  const polyfills = fs.readFileSync(path.join(SRC, 'polyfills.ts'), 'utf8');
  const files = sources(SRC);
  expect(files.length).toBeGreaterThan(50);
  const missing = new Set<string>();
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    for (const [use, module] of NEWER) if (use.test(text) && !polyfills.includes(`'core-js/actual/${module}'`)) missing.add(`${module} (${path.relative(ROOT, file)})`);
  }
  expect([...missing]).toEqual([]);
  // The list is not empty for nothing: the code does call some of them.
  expect(files.some((f) => /\.flatMap\(/.test(fs.readFileSync(f, 'utf8')))).toBe(true);
});
