import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

/**
 * Runs the real production build once (into a temporary folder, so dist/ is left
 * alone) and checks what Excel will load; then a build whose functions file has a
 * broken @customfunction tag must fail.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const WEBPACK = path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'dti-webpack-'));
const out = path.join(tmp, 'dist');

function webpack(env: Record<string, string>): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, [WEBPACK, '--mode', 'production'], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    timeout: 170_000,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

let build: { status: number | null; output: string };

beforeAll(() => {
  build = webpack({ DTI_OUTPUT_DIR: out });
}, 180_000);

afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

test('the production build succeeds and writes every file the manifest names', () => {
  expect(build.output).not.toMatch(/ERROR/);
  expect(build.status).toBe(0);
  for (const file of ['taskpane.html', 'taskpane.js', 'functions.js', 'functions.json', 'functions.vi-VN.json', 'manifest.xml']) {
    expect(fs.existsSync(path.join(out, file))).toBe(true);
  }
  for (const size of [16, 32, 64, 80, 128]) expect(fs.existsSync(path.join(out, 'assets', `icon-${size}.png`))).toBe(true);
});

test('one page loads office.js from the Microsoft CDN, then both bundles (shared runtime)', () => {
  const html = fs.readFileSync(path.join(out, 'taskpane.html'), 'utf8');
  const office = html.indexOf('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
  expect(office).toBeGreaterThan(-1);
  expect(html.indexOf('taskpane.js')).toBeGreaterThan(office);
  expect(html.indexOf('functions.js')).toBeGreaterThan(office);
  // office.js is not bundled.
  expect(fs.readFileSync(path.join(out, 'functions.js'), 'utf8')).not.toMatch(/OSF\.|Office\.initialize/);
});

test('functions.js registers itself only inside Office (no unguarded associate calls)', () => {
  const js = fs.readFileSync(path.join(out, 'functions.js'), 'utf8');
  expect(js).not.toMatch(/CustomFunctions\.associate\("/);
  expect(js).toMatch(/typeof CustomFunctions/);
});

test('the English and Vietnamese metadata describe the same functions', () => {
  const en = JSON.parse(fs.readFileSync(path.join(out, 'functions.json'), 'utf8')) as { functions: { id: string; description: string }[] };
  const vi = JSON.parse(fs.readFileSync(path.join(out, 'functions.vi-VN.json'), 'utf8')) as { functions: { id: string; description: string }[] };
  expect(vi.functions.map((f) => f.id)).toEqual(en.functions.map((f) => f.id));
  expect(vi.functions.find((f) => f.id === 'STATUS')!.description).toMatch(/Tình trạng thực hiện/);
});

test('the production manifest points at the production host, not localhost', () => {
  const xml = fs.readFileSync(path.join(out, 'manifest.xml'), 'utf8');
  expect(xml).not.toMatch(/https:\/\/localhost/);
  expect(xml).toMatch(/https:\/\/dti-excel\.example\.vn\/functions\.vi-VN\.json/);
});

test('a broken @customfunction tag fails the build', () => {
  const broken = path.join(tmp, 'broken-functions.ts');
  fs.writeFileSync(broken, '/**\n * Broken.\n * @customfunction BAD-ID\n * @param x A value.\n */\nexport function bad(x: number): number {\n  return x;\n}\n');
  const r = webpack({ DTI_OUTPUT_DIR: path.join(tmp, 'broken-dist'), DTI_FUNCTIONS_ENTRY: broken });
  expect(r.status).not.toBe(0);
  expect(r.output).toMatch(/BAD-ID/);
  expect(fs.existsSync(path.join(tmp, 'broken-dist', 'functions.json'))).toBe(false);
}, 180_000);
