/**
 * The server configurations in deploy/ are the ones docs/cai-dat.md prints (word for
 * word, their header comments aside), and web.config is well-formed XML that sets what
 * the guide says: UTF-8 types, no caching, CORS, no framing ban.
 */
import * as fs from 'fs';
import * as path from 'path';
import { SaxesParser } from 'saxes';

const ROOT = path.resolve(__dirname, '..', '..');
const read = (file: string): string => fs.readFileSync(path.join(ROOT, file), 'utf8');
const guide = read('docs/cai-dat.md');

function fenced(language: string): string[] {
  return [...guide.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);
}

test('docs/cai-dat.md prints deploy/iis/web.config as it is', () => {
  const file = read('deploy/iis/web.config').replace(/<!--[\s\S]*?-->\n/, '');
  expect(fenced('xml')).toContain(file);
});

test('docs/cai-dat.md prints deploy/nginx/dti-excel.conf as it is', () => {
  const file = read('deploy/nginx/dti-excel.conf')
    .split('\n')
    .filter((line) => !line.trimStart().startsWith('#'))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n');
  expect(fenced('nginx').map((block) => block.replace(/\n{3,}/g, '\n\n'))).toContain(file);
});

test('web.config is well-formed and sets UTF-8 types, revalidation, CORS and help.html, and no framing ban', () => {
  const xml = read('deploy/iis/web.config');
  const maps: Record<string, string> = {};
  const headers: Record<string, string> = {};
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const a = tag.attributes as Record<string, string>;
    if (tag.name === 'mimeMap') maps[a.fileExtension!] = a.mimeType!;
    if (tag.name === 'add' && a.name) headers[a.name] = a.value!;
  });
  parser.write(xml).close();
  for (const ext of ['.html', '.js', '.json', '.xml']) expect(maps[ext]).toMatch(/; charset=utf-8$/);
  expect(maps['.js']).toBe('text/javascript; charset=utf-8');
  expect(headers['Access-Control-Allow-Origin']).toBe('*');
  expect(xml).toContain('cacheControlMode="DisableCache"');
  expect(xml).toContain('<add value="help.html" />');
  expect(Object.keys(headers).map((h) => h.toLowerCase())).not.toContain('x-frame-options');
});
