/**
 * Who may import whom: the product (src/) imports none of the folders around
 * it; the fakes and generated plans shared by the tests, the benchmarks and the
 * scripts live in kit/, so bench/, scripts/ and kit/ never reach into test/.
 */
import { readdirSync, readFileSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';

const ROOT = resolve(__dirname, '..', '..');

function sources(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|tsx|js)$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => join(ROOT, folder, f));
}

/** The top folders a file's relative imports (import, export … from, require, import()) land in. */
function importedFolders(file: string): Array<{ spec: string; folder: string }> {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from\s+|require\(\s*|import\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)].map((m) => m[1]!);
  return specs.map((spec) => ({ spec, folder: relative(ROOT, resolve(dirname(file), spec)).split(/[\\/]/)[0]! }));
}

function crossings(folders: string[], forbidden: string[]): string[] {
  return folders.flatMap((folder) =>
    sources(folder).flatMap((file) =>
      importedFolders(file)
        .filter((i) => forbidden.includes(i.folder))
        .map((i) => `${relative(ROOT, file)} → ${i.spec}`),
    ),
  );
}

describe('import boundaries', () => {
  it('src/ imports nothing from test/, kit/, bench/ or scripts/', () => {
    expect(crossings(['src'], ['test', 'kit', 'bench', 'scripts'])).toEqual([]);
  });

  it('bench/, scripts/ and kit/ import nothing from test/', () => {
    expect(crossings(['bench', 'scripts', 'kit'], ['test'])).toEqual([]);
  });

  it('sees the imports it judges: kit/ is imported by the tests and the benchmarks', () => {
    expect(crossings(['test'], ['kit']).length).toBeGreaterThan(10);
    expect(crossings(['bench'], ['kit']).length).toBeGreaterThan(2);
  });
});
