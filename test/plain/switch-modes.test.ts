/**
 * A workbook's status columns switched both ways, DTI.* ↔ plain formulas, on the
 * fake Excel (task pane commands) and on .xlsx files (dti status): no question
 * about the add-in's own cells, its notes follow the mode, a cell a user edited
 * becomes the user's, and a hand-made IF column still asks for consent.
 */
import JSZip from 'jszip';
import { readFileSync } from 'fs';
import { join } from 'path';
import { NOTE_PREFIX, isOwnPlainFormula } from '../../src/core/writing/plain-formulas';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import { NO_PROGRESS, writeStatusColumns } from '../../src/taskpane/commands';
import { createFakeHost } from '../../kit/fake-excel/fake-excel';
import { SEED_SHEET } from '../../kit/fake-excel/seed-sheet';
import { seedWorkbook } from '../../kit/fake-excel/seed-workbook';
import { planSheet } from '../helpers/plan-fixture';
import { dti } from '../helpers/run-dti';
import { readWorkbook, tempDir, writeWorkbook } from '../helpers/workbook';

const MONTH = '2026-11';
// The seed's indicators are on rows 5-7 and 9-10; the status columns are I (gap), J (status), K (progress).
const ROWS = [5, 6, 7, 9, 10];

describe('fake Excel: the task pane switches the columns both ways', () => {
  function setup(excelApi = '1.18') {
    const workbook = seedWorkbook();
    const port = new OfficeWorkbook(createFakeHost(workbook, { excelApi }));
    const sheet = () => workbook.sheet(SEED_SHEET);
    const formula = (address: string) => {
      const m = /^([A-Z])(\d+)$/.exec(address)!;
      return sheet().cell(Number(m[2]) - 1, m[1]!.charCodeAt(0) - 65).formula ?? '';
    };
    return { workbook, port, sheet, formula };
  }

  test('plain, then DTI, then plain again: never a question, notes only in plain mode', async () => {
    const { port, sheet, formula } = setup();
    const plain = await writeStatusColumns(port, MONTH, NO_PROGRESS, [], 'plain');
    expect('notice' in plain && plain.notice.intent).toBe('success');
    for (const r of ROWS) for (const c of ['I', 'J', 'K']) expect(isOwnPlainFormula(formula(`${c}${r}`))).toBe(true);
    expect(sheet().notes.get('J5')).toMatch(new RegExp(`^${NOTE_PREFIX}Mục tiêu: tối thiểu 80% \\(tỷ lệ\\)`));
    expect([...sheet().notes.keys()].sort()).toEqual(ROWS.map((r) => `J${r}`).sort());

    const toDti = await writeStatusColumns(port, MONTH, NO_PROGRESS, [], 'dti');
    expect('notice' in toDti && toDti.notice.intent).toBe('success');
    expect(formula('J5')).toBe('=DTI.STATUS(H5,D5,C5)');
    expect(sheet().notes.size).toBe(0);

    const back = await writeStatusColumns(port, MONTH, NO_PROGRESS, [], 'plain');
    expect('notice' in back).toBe(true);
    expect(isOwnPlainFormula(formula('J5'))).toBe(true);
    expect(sheet().notes.size).toBe(ROWS.length);
  });

  test('a cell a user edited by hand is the user\'s: asked about; a user\'s own note stays', async () => {
    const { port, sheet, formula } = setup();
    await writeStatusColumns(port, MONTH, NO_PROGRESS, [], 'plain');
    const edited = formula('I6').replace('0.7', '0.65');
    expect(edited).not.toBe(formula('I6'));
    sheet().setRows([[edited]], 5, 8);
    sheet().notes.set('J9', 'Ghi chú của chị Lan');
    const again = await writeStatusColumns(port, MONTH, NO_PROGRESS, [], 'plain');
    expect('ask' in again && again.ask.map((c) => c.address)).toEqual(['I6']);
    if (!('ask' in again)) return;
    const agreed = await writeStatusColumns(port, MONTH, NO_PROGRESS, again.ask, 'plain');
    expect('notice' in agreed).toBe(true);
    expect(isOwnPlainFormula(formula('I6'))).toBe(true);
    expect(sheet().notes.get('J9')).toBe('Ghi chú của chị Lan');
  });

  test('a result plain formulas leave unread is named (sheet, cell, text); DTI formulas read it and say nothing', async () => {
    const { port, sheet } = setup();
    sheet().setRows([['85%*']], 4, 7);
    const plain = await writeStatusColumns(port, MONTH, NO_PROGRESS, [], 'plain');
    if (!('notice' in plain)) throw new Error('asked');
    expect(plain.notice.intent).toBe('warning');
    const said = (plain.notice.items ?? []).map((i) => i.en).filter((l) => l.includes('plain formulas will show'));
    expect(said).toEqual([`1 result DTI reads that plain formulas will show as "Không đọc được": ${SEED_SHEET}!H5 "85%*". Write them plainly ("85%", "7/9"; notes in another column) and add the columns again, or use DTI formulas.`]);
    const dti = await writeStatusColumns(port, MONTH, NO_PROGRESS, [], 'dti');
    if (!('notice' in dti)) throw new Error('asked');
    expect((dti.notice.items ?? []).some((i) => i.en.includes('plain formulas will show'))).toBe(false);
  });

  test('where Excel has no notes API the formulas are written and the pane says the notes are missing', async () => {
    const { port, sheet, formula } = setup('1.17');
    const outcome = await writeStatusColumns(port, MONTH, NO_PROGRESS, [], 'plain');
    expect(isOwnPlainFormula(formula('J5'))).toBe(true);
    expect(sheet().notes.size).toBe(0);
    expect('notice' in outcome && outcome.notice.items?.map((i) => i.en).join(' ')).toMatch(/no cell notes API/);
  });

  test('Excel 2016/2019 (no CustomFunctionsRuntime 1.1): plain formulas unless asked otherwise', async () => {
    const workbook = seedWorkbook();
    const port = new OfficeWorkbook(createFakeHost(workbook, { customFunctions: false, excelApi: '1.8' }));
    expect(port.customFunctions).toBe(false);
    await writeStatusColumns(port, MONTH, NO_PROGRESS);
    expect(isOwnPlainFormula(workbook.sheet(SEED_SHEET).cell(4, 9).formula ?? '')).toBe(true);
  });

  test("a user's hand-made IF column under the same header still asks before it is overwritten", async () => {
    const { port, sheet } = setup();
    sheet().setRows([['Tình trạng'], [null], ['=IF(H5>=0.8,"Đạt","Chưa đạt")'], ['=IF(H6>=0.7,"Đạt","Chưa đạt")']], 2, 8);
    const outcome = await writeStatusColumns(port, MONTH, NO_PROGRESS, [], 'plain');
    expect('ask' in outcome && outcome.ask.map((c) => c.address).sort()).toEqual(['I5', 'I6']);
  });
});

describe('.xlsx: dti status --formulas plain|dti, both ways', () => {
  async function comments(path: string): Promise<string[]> {
    const zip = await JSZip.loadAsync(readFileSync(path));
    return Object.keys(zip.files).filter((n) => /comments\d*\.xml$|vmlDrawing\d*\.vml$/.test(n)).sort();
  }

  test('plain → dti → plain on the same file: no refusal, formulas and notes follow', async () => {
    const input = await writeWorkbook({ 'Kế hoạch': planSheet() });
    const dir = tempDir();
    const [a, b, c] = ['a.xlsx', 'b.xlsx', 'c.xlsx'].map((f) => join(dir, f)) as [string, string, string];
    expect((await dti('status', input, '--month', MONTH, '--out', a)).code).toBe(0);
    expect(await comments(a)).toEqual(['xl/comments1.xml', 'xl/drawings/vmlDrawing1.vml']);
    const run = await dti('status', a, '--month', MONTH, '--out', b, '--formulas', 'dti', '--lang', 'en');
    expect(run.err).toBe('');
    expect(run.out).toMatch(/DTI formulas/);
    const wb = await readWorkbook(b);
    const status = wb.getWorksheet('Kế hoạch')!.getCell('J3').value as { formula: string };
    expect(status.formula).toBe('DTI.STATUS(H3,D3,C3)');
    expect(await comments(b)).toEqual([]);
    expect((await dti('status', b, '--month', MONTH, '--out', c)).code).toBe(0);
    const back = (await readWorkbook(c)).getWorksheet('Kế hoạch')!.getCell('J3').value as { formula: string };
    expect(isOwnPlainFormula(`=${back.formula}`)).toBe(true);
    const note = (await readWorkbook(c)).getWorksheet('Kế hoạch')!.getCell('J3').note;
    expect(JSON.stringify(note)).toContain('Mục tiêu: tối thiểu 70% (tỷ lệ)');
  });

  test("a user's notes stay: on a status cell (ours is not written there) and elsewhere, both ways", async () => {
    const input = await writeWorkbook({ 'Kế hoạch': planSheet() });
    const wb = await readWorkbook(input);
    wb.getWorksheet('Kế hoạch')!.getCell('B3').note = 'Nguồn: Trung tâm PVHCC';
    wb.getWorksheet('Kế hoạch')!.getCell('J4').note = 'Chị Lan kiểm tra lại';
    await wb.xlsx.writeFile(input);
    const dir = tempDir();
    const [a, b] = [join(dir, 'a.xlsx'), join(dir, 'b.xlsx')];
    expect((await dti('status', input, '--month', MONTH, '--out', a)).code).toBe(0);
    const notes = (path: string) => readWorkbook(path).then((w) => Object.fromEntries(['B3', 'J3', 'J4', 'J5'].map((c) => [c, JSON.stringify(w.getWorksheet('Kế hoạch')!.getCell(c).note ?? null)])));
    const plain = await notes(a);
    expect(plain.B3).toContain('Nguồn: Trung tâm PVHCC');
    expect(plain.J4).toContain('Chị Lan kiểm tra lại');
    expect(plain.J3).toContain('DTI — Mục tiêu');
    expect(plain.J5).toContain('DTI — Mục tiêu');
    expect((await dti('status', a, '--month', MONTH, '--out', b, '--formulas', 'dti')).code).toBe(0);
    const back = await notes(b);
    expect(back.B3).toContain('Nguồn: Trung tâm PVHCC');
    expect(back.J4).toContain('Chị Lan kiểm tra lại');
    expect([back.J3, back.J5]).toEqual(['null', 'null']);
  });

  test('a hand-made IF column is refused with the cells named (exit 1), nothing written', async () => {
    const sheet = planSheet();
    sheet.rows[1] = [...sheet.rows[1]!, 'Tình trạng'];
    sheet.rows[2] = [...sheet.rows[2]!, { formula: 'IF(H3>=0.7,"Đạt","Chưa đạt")', result: 'Đạt' }];
    const input = await writeWorkbook({ 'Kế hoạch': sheet });
    const out = join(tempDir(), 'x.xlsx');
    const run = await dti('status', input, '--month', MONTH, '--out', out);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/Kế hoạch!I3/);
    expect(() => readFileSync(out)).toThrow();
  });

  test('usage mistakes: a bad --formulas, no --out', async () => {
    const input = await writeWorkbook({ 'Kế hoạch': planSheet() });
    expect((await dti('status', input, '--month', MONTH, '--out', join(tempDir(), 'y.xlsx'), '--formulas', 'excel')).err).toMatch(/--formulas "excel"/);
    expect((await dti('status', input, '--month', MONTH)).err).toMatch(/--out/);
  });
});
