import type { SheetArea } from './addresses';

/** 0-based sheet rows of a used range (from `top`, `count` rows) that no visible area covers. */
export function hiddenRows(top: number, count: number, visible: SheetArea[]): number[] {
  return uncovered(top, count, visible.map((a) => [a.top, a.bottom]));
}

/** 0-based sheet columns of a used range (from `left`, `count` columns) that no visible area covers. */
export function hiddenColumns(left: number, count: number, visible: SheetArea[]): number[] {
  return uncovered(left, count, visible.map((a) => [a.left, a.right]));
}

function uncovered(first: number, count: number, spans: Array<[number, number]>): number[] {
  const shown = new Uint8Array(count);
  for (const [from, to] of spans) {
    for (let line = Math.max(from, first); line <= Math.min(to, first + count - 1); line++) shown[line - first] = 1;
  }
  const out: number[] = [];
  for (let i = 0; i < count; i++) if (!shown[i]) out.push(first + i);
  return out;
}
