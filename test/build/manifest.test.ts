import * as fs from 'fs';
import * as path from 'path';

/**
 * The manifest cannot be validated offline (office-addin-manifest calls an online
 * service), so its structure is checked here with a small XML reader.
 */
interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

function parseXml(xml: string): El {
  const body = xml.replace(/<\?[\s\S]*?\?>/g, '').replace(/<!--[\s\S]*?-->/g, '');
  const root: El = { name: '#root', attrs: {}, children: [], text: '' };
  const stack: El[] = [root];
  const tag = /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>|([^<]+)/g;
  for (let m = tag.exec(body); m; m = tag.exec(body)) {
    const top = stack[stack.length - 1]!;
    if (m[5] !== undefined) {
      top.text += m[5].trim();
      continue;
    }
    if (m[1]) {
      if (top.name !== m[2]) throw new Error(`</${m[2]}> closes <${top.name}>`);
      stack.pop();
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (m[3] ?? '').matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) attrs[a[1]!] = a[2]!;
    const el: El = { name: m[2]!, attrs, children: [], text: '' };
    top.children.push(el);
    if (!m[4]) stack.push(el);
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1]!.name}>`);
  return root.children[0]!;
}

function all(el: El, name: string): El[] {
  const found: El[] = [];
  const walk = (e: El): void => {
    if (e.name === name) found.push(e);
    e.children.forEach(walk);
  };
  walk(el);
  return found;
}

function one(el: El, name: string): El {
  const found = all(el, name);
  expect(found).toHaveLength(1);
  return found[0]!;
}

const ROOT = path.resolve(__dirname, '..', '..');
const manifest = parseXml(fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8'));
const resources = one(manifest, 'Resources');
const resourceIds = new Map(
  [...all(resources, 'bt:Image'), ...all(resources, 'bt:Url'), ...all(resources, 'bt:String')].map((e) => [e.attrs.id!, e]),
);
const url = (resid: string): string => resourceIds.get(resid)!.attrs.DefaultValue!;

test('a task pane add-in for Excel workbooks with a fixed id and read/write permission', () => {
  expect(manifest.name).toBe('OfficeApp');
  expect(manifest.attrs['xsi:type']).toBe('TaskPaneApp');
  expect(one(manifest, 'Id').text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  expect(all(manifest, 'Host').some((h) => h.attrs.Name === 'Workbook')).toBe(true);
  expect(one(manifest, 'Permissions').text).toBe('ReadWriteDocument');
});

const sets = (requirements: El): string[][] => all(requirements, 'Set').concat(all(requirements, 'bt:Set')).map((s) => [s.attrs.Name!, s.attrs.MinVersion!]);

test('the add-in loads in every Excel from 2016: the base asks only for ExcelApi 1.1, the shared runtime only inside VersionOverrides', () => {
  const base = manifest.children.find((c) => c.name === 'Requirements')!;
  expect(sets(base)).toEqual([['ExcelApi', '1.1']]);
  const overrides = one(manifest, 'VersionOverrides');
  // The schema's order: Description?, Requirements?, Hosts, Resources.
  expect(overrides.children.map((c) => c.name)).toEqual(['Requirements', 'Hosts', 'Resources']);
  expect(sets(overrides.children[0]!)).toEqual([['SharedRuntime', '1.1']]);
  // The plain task pane of the base manifest (where VersionOverrides does not apply) is the same page.
  const source = one(manifest.children.find((c) => c.name === 'DefaultSettings')!, 'SourceLocation');
  expect(source.attrs.DefaultValue).toBe(url('Taskpane.Url'));
});

test('Vietnamese is the default locale, English the en-US override, for every text a user sees', () => {
  expect(one(manifest, 'DefaultLocale').text).toBe('vi-VN');
  const name = manifest.children.find((c) => c.name === 'DisplayName')!;
  expect(name.attrs.DefaultValue).toBe('DTI cho Excel');
  expect(name.children.find((o) => o.attrs.Locale === 'en-US')?.attrs.Value).toBe('DTI for Excel');
  const description = manifest.children.find((c) => c.name === 'Description')!;
  expect(description.attrs.DefaultValue).toMatch(/chuyển đổi số/);
  expect(description.children.find((o) => o.attrs.Locale === 'en-US')?.attrs.Value).toMatch(/digital-transformation/);
  const texts = all(resources, 'bt:String').filter((e) => e.attrs.id !== 'Functions.Namespace');
  expect(texts.length).toBeGreaterThanOrEqual(5);
  for (const text of texts) {
    expect([text.attrs.id, text.children.map((o) => o.attrs.Locale)]).toEqual([text.attrs.id, ['en-US']]);
  }
  expect(resourceIds.get('TaskpaneButton.Label')!.attrs.DefaultValue).toBe('Chỉ tiêu DTI');
  expect(resourceIds.get('TaskpaneButton.Label')!.children[0]!.attrs.Value).toBe('DTI indicators');
});

test('support and learn-more links go to the help page the build ships with dist/', () => {
  expect(one(manifest, 'SupportUrl').attrs.DefaultValue).toBe('https://localhost:3000/help.html');
  expect(url('GetStarted.LearnMoreUrl')).toBe('https://localhost:3000/help.html');
  const help = fs.readFileSync(path.join(ROOT, 'src', 'help', 'help.html'), 'utf8');
  expect(help).toMatch(/<title>DTI cho Excel/);
  expect(help).toContain('DTI for Excel (English)');
});

test('custom functions live in the shared runtime: Runtime resid equals the functions Page resid', () => {
  const runtime = one(manifest, 'Runtime');
  expect(runtime.attrs.lifetime).toBe('long');
  const cf = all(manifest, 'ExtensionPoint').find((e) => e.attrs['xsi:type'] === 'CustomFunctions')!;
  const page = one(one(cf, 'Page'), 'SourceLocation');
  expect(page.attrs.resid).toBe(runtime.attrs.resid);
  expect(url(runtime.attrs.resid!)).toMatch(/\/taskpane\.html$/);
  expect(url(one(one(cf, 'Script'), 'SourceLocation').attrs.resid!)).toMatch(/\/functions\.js$/);
  // The ribbon button opens the same page.
  const action = all(manifest, 'Action').find((a) => a.attrs['xsi:type'] === 'ShowTaskpane')!;
  expect(one(action, 'SourceLocation').attrs.resid).toBe(runtime.attrs.resid);
  expect(one(manifest, 'FunctionFile').attrs.resid).toBe(runtime.attrs.resid);
});

test('functions are named DTI.*, with Vietnamese help by default and English for en-US', () => {
  const cf = all(manifest, 'ExtensionPoint').find((e) => e.attrs['xsi:type'] === 'CustomFunctions')!;
  expect(url(one(cf, 'Namespace').attrs.resid!)).toBe('DTI');
  const metadata = resourceIds.get(one(one(cf, 'Metadata'), 'SourceLocation').attrs.resid!)!;
  expect(metadata.attrs.DefaultValue).toMatch(/\/functions\.vi-VN\.json$/);
  const en = metadata.children.find((o) => o.name === 'bt:Override' && o.attrs.Locale === 'en-US');
  expect(en?.attrs.Value).toMatch(/\/functions\.json$/);
});

test('every resid refers to a resource, and every resource is used', () => {
  const used = new Set<string>();
  const walk = (e: El): void => {
    if (e.attrs.resid) used.add(e.attrs.resid);
    e.children.forEach(walk);
  };
  walk(manifest);
  const missing = [...used].filter((id) => !resourceIds.has(id));
  expect(missing).toEqual([]);
  expect([...resourceIds.keys()].filter((id) => !used.has(id))).toEqual([]);
});

test('every URL is https, on the dev server host that the build replaces', () => {
  const urls = [
    ...[...resourceIds.values()].filter((e) => e.name !== 'bt:String').flatMap((e) => [e.attrs.DefaultValue!, ...e.children.map((c) => c.attrs.Value!)]),
    ...['IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'SourceLocation'].flatMap((n) => all(manifest, n).map((e) => e.attrs.DefaultValue).filter(Boolean)),
    ...all(manifest, 'AppDomain').map((e) => e.text),
  ] as string[];
  expect(urls.length).toBeGreaterThan(10);
  for (const u of urls) expect(u).toMatch(/^https:\/\/localhost:3000(\/|$)/);
});

test('the icons the manifest names exist in assets/ at their size', () => {
  const icons = [...all(manifest, 'IconUrl'), ...all(manifest, 'HighResolutionIconUrl')].map((e) => e.attrs.DefaultValue!);
  icons.push(...all(resources, 'bt:Image').map((e) => e.attrs.DefaultValue!));
  for (const icon of icons) {
    const file = path.join(ROOT, new URL(icon).pathname);
    const png = fs.readFileSync(file);
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    const size = Number(/icon-(\d+)\.png$/.exec(file)![1]);
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
  }
  for (const size of [16, 32, 64, 80, 128]) expect(fs.existsSync(path.join(ROOT, `assets/icon-${size}.png`))).toBe(true);
});
