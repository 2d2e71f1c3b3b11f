/**
 * What the user types wrong, and what goes wrong on the disk, said in one plain sentence
 * (Vietnamese by default, English with --lang en), the technical code on its own line.
 */
import { promises as fsp, readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { expectPlain } from '../helpers/plain-output';
import { planSheet } from '../helpers/plan-fixture';
import { dti } from '../helpers/run-dti';
import { tempDir, writeWorkbook } from '../helpers/workbook';

describe('options', () => {
  it('a negative number or percentage is a value: dti target "-5%" --json prints JSON', async () => {
    const run = await dti('target', '-5%', '--json');
    expect(run.err).toBe('');
    expect(JSON.parse(run.out)).toMatchObject({ text: '-5%' });
    const plain = await dti('target', '-0,5', '--unit', '%', '--json');
    expect(JSON.parse(plain.out)).toMatchObject({ text: '-0,5' });
  });

  it.each([
    [['summary', 'x.xlsx', '--mont', '2026-11'], 'Không có tùy chọn --mont. Có phải ý bạn là --month?', 'There is no option --mont. Did you mean --month?'],
    [['values-copy', 'x.xlsx', '--out', 'y.xlsx', '--forse'], 'Không có tùy chọn --forse. Có phải ý bạn là --force?', 'There is no option --forse. Did you mean --force?'],
    [['values-copy', 'x.xlsx', '--output', 'y.xlsx'], 'Không có tùy chọn --output. Có phải ý bạn là --out?', 'There is no option --output. Did you mean --out?'],
    [['values-copy', 'x.xlsx', '-o', 'y.xlsx'], 'Không có tùy chọn -o. Có phải ý bạn là --out?', 'There is no option -o. Did you mean --out?'],
    [['check', 'x.xlsx', '--Sheet', 'A'], 'Không có tùy chọn --Sheet. Có phải ý bạn là --sheet?', 'There is no option --Sheet. Did you mean --sheet?'],
    [['check', 'x.xlsx', '--verbose'], 'Không có tùy chọn --verbose. Xem các tùy chọn bằng: dti --help', 'There is no option --verbose. See the options with: dti --help'],
    [['summary', 'x.xlsx', '--month', '2026-11', '--out', '--force'], 'Thiếu giá trị sau --out, ví dụ --out bao-cao.xlsx.', 'Missing the value after --out, e.g. --out report.xlsx.'],
    [['check', 'x.xlsx', '--json=yes'], 'Tùy chọn --json không nhận giá trị; chỉ cần viết --json.', 'The option --json takes no value; write just --json.'],
  ])('%j: a sentence naming what to do, exit 2', async (args, vi, en) => {
    const run = await dti(...args);
    expect(run.code).toBe(2);
    expect(run.err).toBe(`Lỗi: ${vi}\n`);
    expect(run.out).toBe('');
    expectPlain(run.err);
    // --lang counts wherever it is, even after the mistake.
    expect((await dti(...args, '--lang', 'en')).err).toBe(`Error: ${en}\n`);
  });

  it.each([
    ['target', ['--unit', '--json'], 'Cách dti hiểu một chỉ tiêu', 'How dti understands one target'],
    ['check', ['--sheet', '--json'], 'Các bảng chỉ tiêu tìm thấy', 'The indicator tables found'],
    ['values-copy', ['--out', '--force'], 'công thức DTI.* được thay bằng giá trị', 'DTI.* formulas replaced by the values'],
  ])('dti help %s and dti %s --help print that command\'s own help, not the general usage', async (command, options, vi, en) => {
    const help = await dti('help', command);
    expect(help.code).toBe(0);
    expect(help.out.startsWith(`dti ${command} `)).toBe(true);
    expect(help.out).toContain(vi);
    for (const option of options) expect([option, help.out.includes(option)]).toEqual([option, true]);
    // The other commands are not listed: it is not the general usage.
    expect(help.out).not.toContain('dti summary');
    expect((await dti(command, '--help')).out).toBe(help.out);
    const english = await dti('help', command, '--lang', 'en');
    expect(english.out).toContain(en);
    expectPlain(english.out);
  });

  it('dti help names how to get one command\'s help; an unknown command after help gets the general usage', async () => {
    expect((await dti('help')).out).toContain('dti help <lệnh>');
    const unknown = await dti('help', 'report');
    expect(unknown.code).toBe(0);
    expect(unknown.out).toContain('dti summary <tệp.xlsx>');
  });

  it('--name=value and "--" work as usual', async () => {
    const file = await writeWorkbook({ 'Kế hoạch': planSheet() });
    const run = await dti('summary', '--month=2026-11', '--json', '--', file);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.out).month).toBe('2026-11');
  });
});

describe('disk errors through the command line', () => {
  afterEach(() => jest.restoreAllMocks());

  /** Makes every temporary file fail on its first write with `error`; other files open as usual. */
  function failTempWrites(error: Error): void {
    const open = fsp.open.bind(fsp);
    jest.spyOn(fsp, 'open').mockImplementation((async (path: string, flags?: string, mode?: number) => {
      const handle = await open(path, flags, mode);
      if (!String(path).includes('.dti-tmp-')) return handle;
      return {
        writeFile: async () => Promise.reject(error),
        sync: () => handle.sync(),
        close: () => handle.close(),
      };
    }) as unknown as typeof fsp.open);
  }

  it('a full disk: exit 2, the sentence, "Chi tiết: ENOSPC", the previous report untouched', async () => {
    const input = await writeWorkbook({ 'Kế hoạch': planSheet() });
    const dir = tempDir();
    const out = join(dir, 'bao-cao.xlsx');
    writeFileSync(out, 'the previous report');
    failTempWrites(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
    const run = await dti('summary', input, '--month', '2026-11', '--out', out, '--force', '--json');
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      `Lỗi: Ổ đĩa đã đầy nên không ghi được "${out}"; tệp cũ cùng tên (nếu có) vẫn nguyên vẹn. Hãy giải phóng dung lượng rồi chạy lại.\nChi tiết: ENOSPC\n`,
    );
    expectPlain(run.err);
    expect(readFileSync(out, 'utf8')).toBe('the previous report');
    expect(readdirSync(dir)).toEqual(['bao-cao.xlsx']);
    const en = await dti('values-copy', input, '--out', out, '--force', '--lang', 'en');
    expect(en.err).toBe(`Error: The disk is full, so "${out}" was not written; any earlier file of that name is untouched. Free some space and run again.\nDetail: ENOSPC\n`);
  });

  it('a real bug still says "unexpected", exit 3, with the library text only on the detail line', async () => {
    const input = await writeWorkbook({ 'Kế hoạch': planSheet() });
    failTempWrites(new TypeError("Cannot read properties of undefined (reading 'x')"));
    const run = await dti('values-copy', input, '--out', join(tempDir(), 'ban-gui.xlsx'));
    expect(run.code).toBe(3);
    expect(run.err).toBe(
      "Lỗi: Lỗi không mong đợi trong dti. Vui lòng báo lại, kèm tệp gây lỗi và dòng chi tiết dưới đây.\nChi tiết: TypeError: Cannot read properties of undefined (reading 'x')\n",
    );
  });
});
