/**
 * The workbook LibreOffice turns into the PDF to sign: the report and its
 * appendix alone (no history, no DTI record, nothing of the user's workbook),
 * in a workbook whose default font is Times New Roman 12, so column widths
 * measure the same on any machine.
 */
import JSZip from 'jszip';
import type { SheetPlan } from '../../src/core/writing/write-plan';
import { printCopy } from '../../src/xlsx/print-copy';

function plan(sheet: string, extra: Partial<SheetPlan> = {}): SheetPlan {
  return {
    sheet,
    mode: 'replace-own',
    blocks: [{ top: 1, left: 0, cells: [[{ value: sheet }]] }],
    columnPoints: { 0: 120 },
    print: { orientation: 'portrait', paper: 'A4', fitToWidth: false },
    own: { kind: 'summary', month: '2026-11', token: 'summary_0123456789abcdef' },
    ...extra,
  };
}

describe('the print copy', () => {
  it('holds the printed sheets only, new, in Times New Roman 12 measure, with no DTI record', async () => {
    const bytes = await printCopy([plan('Báo cáo T11-2026', { activate: true }), plan('Phụ lục BC T11-2026'), { ...plan('DTI_LichSu'), print: undefined, hidden: true }]);
    const zip = await JSZip.loadAsync(bytes);
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    expect([...workbook.matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1])).toEqual(['Báo cáo T11-2026', 'Phụ lục BC T11-2026']);
    expect(Object.keys(zip.files).some((n) => n.startsWith('customXml/'))).toBe(false);
    expect(await zip.file('xl/styles.xml')!.async('string')).toContain('<fonts count="1"><font><sz val="12"/><name val="Times New Roman"/></font></fonts>');
    // 120 pt = 160 px = 20 digits of Times New Roman 12 (8 px each).
    expect(await zip.file('xl/worksheets/sheet1.xml')!.async('string')).toContain('<col min="1" max="1" width="20" customWidth="1"/>');
    expect(await zip.file('xl/worksheets/sheet1.xml')!.async('string')).toContain('tabSelected="1"');
  });
});
