/**
 * A form saved by LibreOffice (as a unit without Excel would) keeps its guard:
 * the sheet protected, only the input cells unlocked; and it is still known as
 * the form it is (its record survives in the very hidden sheet).
 */
import { copyFileSync, mkdirSync, readFileSync } from 'fs';
import { join } from 'path';
import JSZip from 'jszip';
import { convert, requireLibreOffice } from '../helpers/libreoffice';
import { dtiAt } from '../helpers/run-dti';
import { tempDir } from '../helpers/workbook';

const SAMPLE = join(__dirname, '../../samples/dti-sample.xlsx');

/** Each cell of the first sheet with whether it is locked (a style without <protection locked="0"> is). */
async function lockedCells(path: string): Promise<{ protectedSheet: boolean; unlocked: string[]; locked: string[] }> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const styles = await zip.file('xl/styles.xml')!.async('string');
  const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1]!;
  const xfs = [...cellXfs.matchAll(/<xf\b[^>]*?(?:\/>|>([\s\S]*?)<\/xf>)/g)].map((m) => /<protection[^>]*locked="(0|false)"/.test(m[1] ?? ''));
  const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
  const unlocked: string[] = [];
  const locked: string[] = [];
  for (const m of sheet.matchAll(/<c r="([A-Z]+\d+)"(?: [^>]*?)?(?: s="(\d+)")?[^>]*?(?:\/>|>)/g)) {
    const s = /s="(\d+)"/.exec(m[0])?.[1];
    (xfs[Number(s ?? 0)] ? unlocked : locked).push(m[1]!);
  }
  return { protectedSheet: /<sheetProtection[^>]*sheet="(1|true)"/.test(sheet), unlocked, locked };
}

describe('a form opened and saved in LibreOffice', () => {
  test('only the input cells are editable, before and after, and the merge still knows the form', async () => {
    requireLibreOffice();
    const dir = tempDir();
    const tracker = join(dir, 'so.xlsx');
    copyFileSync(SAMPLE, tracker);
    expect((await dtiAt(new Date(2026, 10, 10), 'forms', tracker, '--month', '2026-11', '--out-dir', join(dir, 'phieu'))).code).toBe(0);
    const form = join(dir, 'phieu', 'Phieu-T11-2026-Phong-kinh-te.xlsx');
    const saved = join(dir, 'lo');
    mkdirSync(saved);
    const resaved = convert(form, saved, 'xlsx');

    for (const path of [form, resaved]) {
      const { protectedSheet, unlocked, locked } = await lockedCells(path);
      expect(protectedSheet).toBe(true);
      // Rows 6 and 7 hold the unit's two indicators: F..J are its inputs.
      expect(unlocked.filter((a) => /^[A-J][67]$/.test(a)).sort()).toEqual(['F6', 'F7', 'G6', 'G7', 'H6', 'H7', 'I6', 'I7', 'J6', 'J7']);
      expect(locked).toEqual(expect.arrayContaining(['A6', 'B6', 'C6', 'E6', 'A7', 'B7', 'F5', 'A1']));
    }

    const merged = await dtiAt(new Date(2026, 10, 10), 'merge', tracker, resaved, '--month', '2026-11', '--out', join(dir, 'ra.xlsx'));
    expect(merged.code).toBe(0);
    expect(merged.out).not.toContain('Không nhập');
  }, 180_000);
});
