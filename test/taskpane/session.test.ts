import { MAPPING_NAMESPACE, mappingToXml } from '../../src/core/mapping-xml';
import type { WorkbookMapping } from '../../src/core/schema';
import { OfficeWorkbook } from '../../src/excel/office-workbook';
import ExcelJS from 'exceljs';
import { userMessage } from '../../src/excel/errors';
import { communeChoice } from '../../src/core/summary/commune';
import { EMPTY_FORM, formComplete, formInput, reportFormOf } from '../../src/taskpane/report-form';
import { makeMonthlyReport, makeSendCopy, NO_PROGRESS, saveMapping, saveSheetChoice, writeStatusColumns } from '../../src/taskpane/commands';
import { readCurrent } from '../../src/taskpane/workbook-session';
import { draftAtRow, previewActual, previewIndicators, setField, sharedColumns } from '../../src/core/mapping/mapping-draft';
import { loadSnapshot } from '../../src/ports/load-snapshot';
import { createFakeHost, FakeWorkbook } from '../../kit/fake-excel/fake-excel';
import { SEED_SHEET } from '../../kit/fake-excel/seed-sheet';
import { seedWorkbook } from '../../kit/fake-excel/seed-workbook';
import { DTI_FORMULA_CELLS, statusWorkbookBytes } from '../../kit/fake-excel/xlsx-bytes';


describe('the task pane\'s work on a workbook', () => {
  test.each([1_000, 10_000])('%i rows: checking, saving the mapping and adding status columns each take the same few syncs', async (rows) => {
    const workbook = seedWorkbook(rows);
    const port = new OfficeWorkbook(createFakeHost(workbook));
    const counts: Record<string, number> = {};
    const measure = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
      workbook.syncs = 0;
      const result = await fn();
      counts[name] = workbook.syncs;
      return result;
    };
    const snapshot = await measure('check', () => loadSnapshot(port));
    expect(snapshot.analysis.indicators).toHaveLength(rows - 2);
    const table = snapshot.sheets.find((s) => s.sheet === SEED_SHEET)!.tables[0]!;
    const draft = { headerTop: table.headerTop, headerBottom: table.headerBottom, columns: { id: 'A', name: 'B', unit: 'C', target: 'D', owner: 'E', deadline: 'F' }, months: [{ column: 'H', year: 2026, month: 11 }] };
    await measure('mapping', () => saveMapping(port, snapshot, SEED_SHEET, [draft], NO_PROGRESS));
    await measure('status', () => writeStatusColumns(port, '2026-11', NO_PROGRESS));
    // check: names with our XML parts (1), every used range with the parts' XML (1).
    // Every write first reads the workbook again in those same two syncs, so it is planned from the cells as they are
    // now, not as they were when the pane read them: save = re-read (2) + replace the record part that read found (1);
    // status = re-read (2) + check + write (2).
    expect(counts).toEqual({ check: 2, mapping: 3, status: 4 });
  });

  test('a corrected column is saved in the workbook and used when the sheet is read again', async () => {
    const workbook = seedWorkbook();
    const port = new OfficeWorkbook(createFakeHost(workbook));
    const snapshot = await loadSnapshot(port);
    const grid = snapshot.grids.find((g) => g.sheet === SEED_SHEET)!;
    // The user says the owner is in column F (not E).
    const draft = setField(draftAtRow(grid, 3), 'owner', 'F');
    expect(previewIndicators(grid, draft)[0]!.owner).toBe('Tháng 12/2026');
    await saveMapping(port, snapshot, SEED_SHEET, [draft], NO_PROGRESS);
    expect(workbook.customXmlParts.find((p) => p.xml.includes(MAPPING_NAMESPACE))!.xml).toContain('"owner":"F"');
    workbook.syncs = 0;
    const again = await loadSnapshot(port);
    expect(workbook.syncs).toBe(2); // a saved mapping is read in the same two syncs as the sheets
    expect(again.analysis.tables[0]!.source).toBe('saved');
    expect(again.analysis.indicators[0]!.owner).toBe('Tháng 12/2026');
  });

  test('a damaged mapping is reported and detection runs again', async () => {
    const workbook = seedWorkbook();
    workbook.addPart(`<?xml version="1.0"?><dtiMapping xmlns="${MAPPING_NAMESPACE}">{"version":1,"sheets":7}</dtiMapping>`);
    const snapshot = await loadSnapshot(new OfficeWorkbook(createFakeHost(workbook)));
    expect(snapshot.mappingError?.vi).toMatch(/không hợp lệ/);
    expect(snapshot.analysis.indicators).toHaveLength(5);
    expect(snapshot.analysis.tables[0]!.source).toBe('detected');
  });

  test('the notes sheet is not an indicator sheet; the report sheets DTI made (its hidden mark, or listed by id in a first-version record) are never analysed', async () => {
    const workbook = seedWorkbook();
    const rows = [['STT', 'Chỉ tiêu', 'Chỉ tiêu năm', 'Kết quả'], ['1', 'Tỷ lệ A', '80%', 0.5]];
    const old = workbook.addSheet('Báo cáo T10-2026', rows);
    const marked = workbook.addSheet('Báo cáo T11-2026', rows);
    marked.names.set('DTI_OWN', { formula: '="summary_0123456789abcdef"', visible: false });
    const record = {
      version: 1,
      sheets: {},
      ownSheets: [
        { kind: 'summary', month: '2026-10', name: 'Báo cáo T10-2026', ids: [`excel:${old.id}`] },
        { kind: 'summary', month: '2026-11', name: 'Báo cáo T11-2026', token: 'summary_0123456789abcdef', ids: [] },
      ],
    };
    workbook.addPart(mappingToXml(record as WorkbookMapping));
    const snapshot = await loadSnapshot(new OfficeWorkbook(createFakeHost(workbook)));
    expect(snapshot.sheets.find((s) => s.sheet === 'Báo cáo T10-2026')!.edited).toBe(true);
    expect(snapshot.sheets.map((s) => [s.sheet, s.included, s.dti, s.own?.kind ?? null])).toEqual([
      [SEED_SHEET, true, false, null],
      ['Ghi chú', false, false, null],
      // The first version's report is kept out of the plans, but is not the add-in's to replace.
      ['Báo cáo T10-2026', false, true, 'summary'],
      ['Báo cáo T11-2026', false, true, 'summary'],
    ]);
    expect(new Set(snapshot.analysis.indicators.map((i) => i.sheet))).toEqual(new Set([SEED_SHEET]));
  });

  test('text a user types never makes a sheet DTI\'s: a plan holding "dti:summary:2026-10" is read as a plan', async () => {
    const workbook = seedWorkbook();
    workbook.addSheet('Kế hoạch 2', [['STT', 'Chỉ tiêu', 'Chỉ tiêu năm', 'Kết quả'], ['1', 'Tỷ lệ A', '80%', 0.5], ['dti:summary:2026-10'], ['dti:history']]);
    const snapshot = await loadSnapshot(new OfficeWorkbook(createFakeHost(workbook)));
    expect(snapshot.sheets.find((s) => s.sheet === 'Kế hoạch 2')).toMatchObject({ own: null, included: true, indicators: 1 });
  });

  test('a sheet listed by another id is not DTI\'s even with the listed name (the user deleted the report and made a sheet of that name)', async () => {
    const workbook = seedWorkbook();
    workbook.addSheet('Báo cáo T10-2026', [['Ghi chú của tôi']]);
    const record = { version: 1, sheets: {}, ownSheets: [{ kind: 'summary', month: '2026-10', name: 'Báo cáo T10-2026', ids: ['excel:{deleted-sheet}'] }] };
    workbook.addPart(mappingToXml(record as WorkbookMapping));
    const port = new OfficeWorkbook(createFakeHost(workbook));
    const snapshot = await loadSnapshot(port);
    expect(snapshot.sheets.find((s) => s.sheet === 'Báo cáo T10-2026')!.own).toBeNull();
    const forged = { sheet: 'Báo cáo T10-2026', mode: 'replace-own' as const, blocks: [{ top: 1, left: 0, cells: [[{ value: 'x' }]] }], own: { kind: 'summary' as const, month: '2026-10', token: 'summary_deleted0000' } };
    const result = await port.apply([forged]);
    expect(result).toMatchObject({ ok: false, blocked: [{ reason: 'sheet-exists' }] });
    expect(workbook.sheet('Báo cáo T10-2026').cell(0, 0).value).toBe('Ghi chú của tôi');
  });

  test('overwriting a user\'s cell needs consent: the cells are listed first and nothing is written until the user agrees', async () => {
    const workbook = seedWorkbook();
    workbook.sheet(SEED_SHEET).setRows([['Tình trạng'], ['=IF(H4>0,"x","y")'], ['=IF(H5>0,"x","y")']], 2, 8);
    const port = new OfficeWorkbook(createFakeHost(workbook));
    const asked = await writeStatusColumns(port, '2026-11', NO_PROGRESS);
    expect('ask' in asked && asked.ask.map((c) => c.address)).toEqual(['I4', 'I5']);
    expect(workbook.sheet(SEED_SHEET).cell(4, 8).formula).toBe('=IF(H5>0,"x","y")');
    const agreed = await writeStatusColumns(port, '2026-11', NO_PROGRESS, 'ask' in asked ? asked.ask : []);
    expect('notice' in agreed && agreed.notice.intent).toBe('success');
    expect(workbook.sheet(SEED_SHEET).cell(4, 8).formula).toBe('=DTI.STATUS(H5,D5,C5)');
  });
});

describe('every command plans from the cells as they are when it runs, not as the pane last read them', () => {
  /** The pane opened (and read) long ago; then the official edits the sheet in Excel. */
  async function openedThenEdited(edit: (workbook: ReturnType<typeof seedWorkbook>) => void) {
    const workbook = seedWorkbook();
    const port = new OfficeWorkbook(createFakeHost(workbook));
    const shown = await loadSnapshot(port);
    edit(workbook);
    return { workbook, port, shown };
  }

  test('status columns cover an indicator row added after the pane read the sheet', async () => {
    const { workbook, port, shown } = await openedThenEdited((w) => w.sheet(SEED_SHEET).setRows([['6', 'Tỷ lệ thôn có wifi công cộng', '%', '≥ 50%', 'Công an xã', 'Tháng 12/2026', 0.3, 0.6]], 10, 0));
    expect(shown.analysis.indicators).toHaveLength(5);
    const outcome = await writeStatusColumns(port, '2026-11', NO_PROGRESS);
    expect('notice' in outcome && outcome.notice.text.vi).toMatch(/cho 6 chỉ tiêu/);
    expect(workbook.sheet(SEED_SHEET).cell(10, 9).formula).toBe('=DTI.STATUS(H11,D11,C11)');
  });

  test('a cell typed where a status column goes after the pane read the sheet is asked about, not overwritten', async () => {
    const { workbook, port } = await openedThenEdited((w) => w.sheet(SEED_SHEET).setRows([['Tình trạng'], [null], ['Đạt (tự ghi)']], 2, 8));
    const outcome = await writeStatusColumns(port, '2026-11', NO_PROGRESS);
    expect('ask' in outcome && outcome.ask.map((c) => [c.address, c.text])).toEqual([['I5', 'Đạt (tự ghi)']]);
    expect(workbook.sheet(SEED_SHEET).cell(4, 8).value).toBe('Đạt (tự ghi)');
  });

  test('consent covers the cells as the dialog showed them: a cell changed meanwhile is asked about again', async () => {
    const workbook = seedWorkbook();
    workbook.sheet(SEED_SHEET).setRows([['Tình trạng'], [null], ['Đạt (tự ghi)']], 2, 8);
    const port = new OfficeWorkbook(createFakeHost(workbook));
    const asked = await writeStatusColumns(port, '2026-11', NO_PROGRESS);
    if (!('ask' in asked)) throw new Error('expected a question');
    // While the dialog is open, the official writes something else in I5, then confirms.
    workbook.sheet(SEED_SHEET).own(4, 8).value = 'Chưa đạt (ghi tay)';
    const again = await writeStatusColumns(port, '2026-11', NO_PROGRESS, asked.ask);
    expect('ask' in again && again.ask.map((c) => c.text)).toEqual(['Chưa đạt (ghi tay)']);
    expect(workbook.sheet(SEED_SHEET).cell(4, 8).value).toBe('Chưa đạt (ghi tay)');
  });

  test.each([
    ['an empty workbook', () => createFakeHost(new FakeWorkbook()), 'Không tìm thấy bảng chỉ tiêu nào'],
    ['a month the plan has no column for', () => createFakeHost(seedWorkbook()), 'Không có cột kết quả cho tháng 03/2026'],
  ])('%s: the report is refused with the reason, and no sheet is written', async (_label, host, reason) => {
    const made = host();
    const before = made.workbook.sheets.map((s) => s.name);
    const month = reason.includes('03/2026') ? '2026-03' : '2026-11';
    const notice = await makeMonthlyReport(new OfficeWorkbook(made), month, NO_PROGRESS, { commune: 'xã An Bình' });
    expect(notice.intent).toBe('error');
    expect(notice.text.vi).toContain(reason);
    expect(made.workbook.sheets.map((s) => s.name)).toEqual(before);
  });

  test('the report shows a result changed after the pane read the sheet, with its new status', async () => {
    // Fibre: ≥ 80%, 85% in November (met); the official corrects it to 50%.
    const { workbook, port, shown } = await openedThenEdited((w) => (w.sheet(SEED_SHEET).own(4, 7).value = 0.5));
    expect(shown.analysis.indicators[0]!.monthValues[7]?.value).toBe(0.85);
    await makeMonthlyReport(port, '2026-11', NO_PROGRESS, { commune: 'xã An Bình' });
    const report = workbook.sheet('Phụ lục BC T11-2026');
    // The appendix lists every indicator once.
    const detail = [...report.snapshot()].filter(([, c]) => c.value === 'Tỷ lệ hộ gia đình có cáp quang').reduce((last, [k]) => Math.max(last, Number(k.split(',')[0])), -1);
    expect(report.cell(detail, 4).value).toBe(0.5);
    expect(report.cell(detail, 8).value).toBe('Chưa đạt');
    // And the history records the corrected figure.
    const history = [...workbook.sheet('DTI_LichSu').snapshot().values()].map((c) => c.value);
    expect(history).toContain(0.5);
    expect(history).not.toContain(0.85);
  });

  test('the mapping is not saved when the header rows moved since the pane showed them', async () => {
    const { workbook, port, shown } = await openedThenEdited((w) => {
      // Two rows inserted above the table: the header is now on row 5, not 3.
      const sheet = w.sheet(SEED_SHEET);
      const rows = [...sheet.cells].map(([k, c]) => [Math.floor(k / 16384), k % 16384, c] as const);
      sheet.cells.clear();
      for (const [r, col, c] of rows) sheet.cells.set((r >= 1 ? r + 2 : r) * 16384 + col, c);
    });
    const draft = draftAtRow(shown.grids.find((g) => g.sheet === SEED_SHEET)!, 3);
    const notice = await saveMapping(port, shown, SEED_SHEET, [draft], NO_PROGRESS);
    expect(notice.intent).toBe('warning');
    expect(notice.text.vi).toMatch(/dòng tiêu đề trên trang "Phụ lục CĐS" đã thay đổi/);
    expect(workbook.customXmlParts).toHaveLength(0);
  });

  test('the mapping saved keeps what changed elsewhere meanwhile: a report made since stays DTI\'s', async () => {
    const workbook = seedWorkbook();
    const port = new OfficeWorkbook(createFakeHost(workbook));
    const shown = await loadSnapshot(port);
    // Meanwhile a report is made (another pane, or this one on another tab): the record lists it.
    await makeMonthlyReport(new OfficeWorkbook(createFakeHost(workbook)), '2026-11', NO_PROGRESS, { commune: 'xã An Bình' });
    const draft = draftAtRow(shown.grids.find((g) => g.sheet === SEED_SHEET)!, 3);
    expect((await saveMapping(port, shown, SEED_SHEET, [draft], NO_PROGRESS)).intent).toBe('success');
    const record = workbook.customXmlParts.map((p) => p.xml).join('');
    expect(record).toContain('"kind":"summary"');
    expect(record).toContain('"commune":"xã An Bình"');
  });

  test('a sheet added after the list was shown keeps its choice when the sheet choice is saved', async () => {
    const workbook = seedWorkbook();
    const port = new OfficeWorkbook(createFakeHost(workbook));
    const shown = await loadSnapshot(port);
    workbook.addSheet('Phụ lục 2', [['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2026', 'T11/2026'], ['1', 'Tỷ lệ A', '%', '80%', 0.5]]);
    await saveSheetChoice(port, shown.sheets.map((s) => s.sheet), new Set([SEED_SHEET]), NO_PROGRESS);
    const saved = (await loadSnapshot(port)).mapping!.sheets;
    expect(saved['Phụ lục 2']?.indicators).toBe(true);
    expect(saved['Ghi chú']?.indicators).toBe(false);
  });

  test('re-reading reports its progress: each round trip, out of how many', async () => {
    const port = new OfficeWorkbook(createFakeHost(seedWorkbook()));
    const seen: Array<[number, number]> = [];
    await readCurrent(port, (done, total) => seen.push([done, total]));
    expect(seen).toEqual([[0, 2], [1, 2], [2, 2]]);
  });
});

describe('the document details in the report (the commune, the number, the recipient, the signer)', () => {
  test('asked when neither saved nor found, saved in the mapping with the report, then not asked again', async () => {
    const workbook = seedWorkbook();
    const port = new OfficeWorkbook(createFakeHost(workbook));
    const first = await loadSnapshot(port);
    // The title says "XÃ AN BÌNH" in capitals: no name the finder can trust.
    expect(communeChoice(first)).toEqual({ saved: null, found: null, ask: true });
    const notice = await makeMonthlyReport(port, '2026-11', NO_PROGRESS, { commune: '  xã An Bình ' });
    expect(notice.intent).toBe('success');
    const report = workbook.sheet('Báo cáo T11-2026');
    expect([report.cell(0, 0).value, report.cell(1, 0).value]).toEqual(['ỦY BAN NHÂN DÂN', 'XÃ AN BÌNH']);
    expect(workbook.customXmlParts.find((p) => p.xml.includes(MAPPING_NAMESPACE))!.xml).toContain('"commune":"xã An Bình"');

    const again = await loadSnapshot(port);
    expect(communeChoice(again)).toEqual({ saved: 'xã An Bình', found: null, ask: false });
    // The sheets' choice is kept as it was detected.
    expect(again.analysis.indicators).toHaveLength(5);
    workbook.syncs = 0;
    await makeMonthlyReport(port, '2026-11', NO_PROGRESS);
    // The re-read before planning (2), then the report's checks (1) and its writes with the own-sheet record (1): the mapping is not written again.
    expect(workbook.syncs).toBe(4);
    expect(workbook.customXmlParts).toHaveLength(1);
    expect(workbook.sheet('Báo cáo T11-2026').cell(1, 0).value).toBe('XÃ AN BÌNH');
  });

  test('the form\'s details go into the report and the record; the form is filled from the record next time, the number by month', async () => {
    const workbook = seedWorkbook();
    const port = new OfficeWorkbook(createFakeHost(workbook));
    expect(reportFormOf(await loadSnapshot(port), '2026-11')).toEqual(EMPTY_FORM);
    const typed = { ...EMPTY_FORM, commune: 'xã An Bình', number: '5', province: 'Đồng Nai', signerTitle: 'Phó Chủ tịch', signerName: ' Nguyễn Văn An ' };
    expect(formComplete(typed)).toBe(true);
    const notice = await makeMonthlyReport(port, '2026-11', NO_PROGRESS, formInput(typed));
    expect(notice.intent).toBe('success');
    expect(notice.text.vi).toBe('Đã ghi báo cáo vào trang "Báo cáo T11-2026" và phụ lục vào trang "Phụ lục BC T11-2026".');
    // Nothing left blank; the way to a signed PDF is said.
    expect(notice.items!.map((i) => i.vi).join('\n')).not.toContain('còn để trống');
    expect(notice.items!.map((i) => i.vi).join('\n')).toContain('Tệp → Xuất → Tạo tài liệu PDF/XPS');
    const texts = [...workbook.sheet('Báo cáo T11-2026').snapshot().values()].map((c) => c.value);
    expect(texts).toEqual(expect.arrayContaining(['Số: 05/BC-UBND', 'Kính gửi: Sở Khoa học và Công nghệ tỉnh Đồng Nai.', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn An']));
    const again = await loadSnapshot(port);
    expect(reportFormOf(again, '2026-11')).toEqual({ commune: 'xã An Bình', number: '05', province: 'Đồng Nai', recipient: '', signerTitle: 'Phó Chủ tịch', signerName: 'Nguyễn Văn An' });
    expect(reportFormOf(again, '2026-12').number).toBe('');
  });

  test('a report number that is not a number is refused before anything is read or written', async () => {
    const workbook = seedWorkbook();
    const port = new OfficeWorkbook(createFakeHost(workbook));
    workbook.syncs = 0;
    const notice = await makeMonthlyReport(port, '2026-11', NO_PROGRESS, { number: 'năm' });
    expect(notice.intent).toBe('error');
    expect(notice.text.vi).toContain('Số báo cáo "năm" không hợp lệ');
    expect(workbook.syncs).toBe(0);
    expect(workbook.sheets).toHaveLength(2);
  });

  test('a name found in the sheets is used without asking', async () => {
    const workbook = seedWorkbook();
    workbook.sheet('Ghi chú').setRows([['UBND xã Lộc Tấn gửi báo cáo trước ngày 20.']], 3, 0);
    const snapshot = await loadSnapshot(new OfficeWorkbook(createFakeHost(workbook)));
    expect(communeChoice(snapshot)).toEqual({ saved: null, found: 'xã Lộc Tấn', ask: false });
  });
});

describe('"Bản gửi đi": the copy for sending', () => {
  test('reads the file in slices, closes it, and gives a copy without DTI formulas, saying how many were replaced', async () => {
    const bytes = await statusWorkbookBytes();
    const workbook = seedWorkbook();
    const port = new OfficeWorkbook(createFakeHost(workbook, { file: () => bytes, sliceSize: 1024, url: 'C:\\Xa An Binh\\Ke hoach CDS 2026.xlsx' }));
    const delivered: Array<{ bytes: Uint8Array; name: string }> = [];
    const notice = await makeSendCopy(port, (b, name) => delivered.push({ bytes: b, name }));
    expect(workbook.fileSlicesRead).toBe(Math.ceil(bytes.length / 1024));
    expect(workbook.fileSlicesRead).toBeGreaterThan(1);
    expect(workbook.openFiles).toBe(0);
    expect(delivered.map((d) => d.name)).toEqual(['Ke hoach CDS 2026-ban-gui.xlsx']);
    expect(notice.intent).toBe('success');
    expect(notice.items![0]!.vi).toBe(`Đã thay ${DTI_FORMULA_CELLS} ô công thức DTI bằng giá trị.`);

    const copy = new ExcelJS.Workbook();
    await copy.xlsx.load(delivered[0]!.bytes.slice().buffer as ArrayBuffer);
    const ws = copy.getWorksheet('Phụ lục CĐS')!;
    expect(['F2', 'G2', 'H2'].map((a) => ws.getCell(a).value)).toEqual([0.05, 'Đạt', 1]);
    expect(ws.getCell('I2').formula).toBe('SUM(E2:E2)');
    const formulas: string[] = [];
    ws.eachRow((row) => row.eachCell((cell) => cell.formula && formulas.push(cell.formula)));
    expect(formulas.filter((f) => /DTI/i.test(f))).toEqual([]);
  });

  test('without the file API it says so plainly and offers nothing', async () => {
    const port = new OfficeWorkbook(createFakeHost(seedWorkbook()));
    const delivered: string[] = [];
    const error = await makeSendCopy(port, (_b, name) => delivered.push(name)).catch((e: unknown) => e);
    expect(userMessage(error).vi).toMatch(/không cho phần bổ trợ lấy nội dung tệp/);
    expect(userMessage(error).en).toMatch(/no File API/);
    expect(delivered).toEqual([]);
  });
});

describe('the mapping preview', () => {
  test('shows results as the add-in reads them: shares as percentages, counts out of their total', async () => {
    const snapshot = await loadSnapshot(new OfficeWorkbook(createFakeHost(seedWorkbook())));
    const grid = snapshot.grids.find((g) => g.sheet === SEED_SHEET)!;
    const draft = draftAtRow(grid, 3);
    const rows = previewIndicators(grid, draft);
    const at = (i: number, col: number, lang: 'vi' | 'en' = 'vi') => previewActual(rows[i]!, rows[i]!.monthValues[col], lang);
    expect(at(0, 7)).toBe('85%'); // 0.85 under "%" and a 0% format
    expect(at(0, 6, 'en')).toBe('70%');
    expect(at(1, 7)).toBe('60%');
    expect(at(2, 6)).toBe('7/9'); // "9/9 nền tảng"
    expect(at(2, 7)).toBe(''); // nothing reported for 11/2026
    expect(at(4, 7)).toBe('50%'); // target unreadable ("abc"), still a share under "%"
  });

  test('a column chosen for two fields, or for a field and a month, is found, with every field that uses it', async () => {
    const snapshot = await loadSnapshot(new OfficeWorkbook(createFakeHost(seedWorkbook())));
    const draft = draftAtRow(snapshot.grids.find((g) => g.sheet === SEED_SHEET)!, 3);
    expect(sharedColumns(draft)).toEqual([]);
    expect(sharedColumns(setField(setField(draft, 'owner', 'B'), 'deadline', 'H'))).toEqual([
      { letters: 'B', fields: ['name', 'owner'] },
      { letters: 'H', fields: ['deadline', 'month'] },
    ]);
    expect(sharedColumns(setField(setField(draft, 'unit', 'A'), 'owner', 'A'))).toEqual([{ letters: 'A', fields: ['id', 'unit', 'owner'] }]);
  });
});
