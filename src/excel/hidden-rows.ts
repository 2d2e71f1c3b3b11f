import type { SheetArea } from './addresses';

/** 0-based sheet rows of a used range (from `top`, `count` rows) that no visible area covers. */
export function hiddenRows(top: number, count: number, visible: SheetArea[]): number[] {
  const shown = new Uint8Array(count);
  for (const area of visible) {
    for (let row = Math.max(area.top, top); row <= Math.min(area.bottom, top + count - 1); row++) shown[row - top] = 1;
  }
  const out: number[] = [];
  for (let i = 0; i < count; i++) if (!shown[i]) out.push(top + i);
  return out;
}
