/**
 * whenShown: the pane's code is loaded only once the page is visible with a size,
 * or Office says the add-in is a task pane; a hidden runtime waits.
 */
import { type AddinVisibility, whenShown } from '../../src/taskpane/visibility';

function page(state: string, width = 420, height = 900) {
  const listeners = new Map<string, Set<() => void>>();
  const on = (type: string, fn: () => void): void => void (listeners.get(type) ?? listeners.set(type, new Set()).get(type)!).add(fn);
  const off = (type: string, fn: () => void): void => void listeners.get(type)?.delete(fn);
  const fire = (type: string): void => [...(listeners.get(type) ?? [])].forEach((fn) => fn());
  const doc = { visibilityState: state, addEventListener: on, removeEventListener: off };
  const view = { innerWidth: width, innerHeight: height, addEventListener: on, removeEventListener: off };
  return { doc, view, fire, listening: () => [...listeners.values()].reduce((n, s) => n + s.size, 0) };
}

function addin(): AddinVisibility & { show(): void } {
  let handler: ((m: { visibilityMode: string }) => void) | null = null;
  return {
    onVisibilityModeChanged: (h) => {
      handler = h;
      return Promise.resolve();
    },
    show: () => handler?.({ visibilityMode: 'Taskpane' }),
  };
}

/** Whether the promise has settled after the pending microtasks ran. */
async function settled(p: Promise<void>): Promise<boolean> {
  let done = false;
  void p.then(() => (done = true));
  await new Promise((r) => setTimeout(r, 0));
  return done;
}

test('a visible page with a size: shown at once, nothing left listening', async () => {
  const p = page('visible');
  expect(await settled(whenShown(p.doc, p.view, null))).toBe(true);
  expect(p.listening()).toBe(0);
});

test('a hidden runtime waits; the document turning visible shows it', async () => {
  const p = page('hidden');
  const shown = whenShown(p.doc, p.view, addin());
  expect(await settled(shown)).toBe(false);
  p.fire('visibilitychange');
  expect(await settled(shown)).toBe(false);
  p.doc.visibilityState = 'visible';
  p.fire('visibilitychange');
  expect(await settled(shown)).toBe(true);
  expect(p.listening()).toBe(0);
});

test('a visible frame without a size (a hidden runtime on the web) waits until it is laid out', async () => {
  const p = page('visible', 0, 0);
  const shown = whenShown(p.doc, p.view, null);
  expect(await settled(shown)).toBe(false);
  p.view.innerWidth = 320;
  p.view.innerHeight = 700;
  p.fire('resize');
  expect(await settled(shown)).toBe(true);
});

test('Office saying the add-in is now a task pane shows it, whatever the document says', async () => {
  const p = page('hidden');
  const office = addin();
  const shown = whenShown(p.doc, p.view, office);
  expect(await settled(shown)).toBe(false);
  office.show();
  expect(await settled(shown)).toBe(true);
  expect(p.listening()).toBe(0);
});

test('an Office.addin that throws or rejects leaves the page\'s own visibility in charge', async () => {
  for (const broken of [{ onVisibilityModeChanged: () => { throw new Error('no shared runtime'); } }, { onVisibilityModeChanged: () => Promise.reject(new Error('no')) }]) {
    const p = page('hidden');
    const shown = whenShown(p.doc, p.view, broken);
    expect(await settled(shown)).toBe(false);
    p.doc.visibilityState = 'visible';
    p.fire('visibilitychange');
    expect(await settled(shown)).toBe(true);
  }
});
