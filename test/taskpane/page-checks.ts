/**
 * What the browser test checks on every screen of the pane: nothing wider than
 * the viewport, and no accessibility violation axe-core finds.
 */
import { join, resolve } from 'path';
import type { Page } from 'playwright-core';

const AXE = join(resolve(__dirname, '../..'), 'node_modules', 'axe-core', 'axe.min.js');

/** An element that sticks out of the viewport: its test id or tag and classes, its box, and its text. */
export interface Overflow {
  element: string;
  left: number;
  right: number;
  text: string;
}

/**
 * Every element whose box reaches past the left or right edge of the viewport
 * (document.documentElement.clientWidth), not counting what sits inside a
 * container that scrolls sideways on purpose (overflow-x auto or scroll, itself
 * within the viewport), nor what is not drawn at all.
 */
export function overflowing(page: Page): Promise<Overflow[]> {
  // A string, run as it is in the page (no compiler helpers in it).
  return page.evaluate(`(() => {
    const width = document.documentElement.clientWidth;
    const out = [];
    const insideScroller = (el) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const x = getComputedStyle(p).overflowX;
        if (x === 'auto' || x === 'scroll') return true;
      }
      return false;
    };
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      if (box.left >= -0.5 && box.right <= width + 0.5) continue;
      if (insideScroller(el)) continue;
      const id = el.getAttribute('data-testid');
      const name = id ? '[data-testid=' + id + ']' : el.tagName.toLowerCase() + '.' + Array.from(el.classList).slice(0, 3).join('.');
      out.push({ element: name, left: Math.round(box.left), right: Math.round(box.right), text: (el.textContent || '').trim().slice(0, 40) });
    }
    // The page itself must not scroll sideways either.
    if (document.documentElement.scrollWidth > width) out.push({ element: 'html (scrollWidth)', left: 0, right: document.documentElement.scrollWidth, text: '' });
    return out;
  })()`);
}

/** One axe-core violation: its rule and the elements it found, by their HTML (shortened). */
export interface Violation {
  id: string;
  impact: string | null;
  nodes: string[];
}

/**
 * axe-core's violations on the page as it is now (WCAG 2.x A and AA, and best
 * practices). Not counted: the focus guards Fluent's focus manager (tabster)
 * puts around a tab list and a dialog (<i data-tabster-dummy tabindex=0
 * aria-hidden>, which pass the focus on at once): library code, not the pane's.
 */
export async function axeViolations(page: Page): Promise<Violation[]> {
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.addScriptTag({ path: AXE });
  const result = (await page.evaluate(`window.axe.run({ exclude: [['[data-tabster-dummy]']] }, { resultTypes: ['violations'] })`)) as {
    violations: Array<{ id: string; impact: string | null; nodes: Array<{ html: string }> }>;
  };
  return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.html.slice(0, 160)) }));
}
