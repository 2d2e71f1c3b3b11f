/**
 * The input is never written, whatever path leads back to it: a symbolic link, a hard
 * link, a linked folder, the input itself given through a link, "..", or (where the
 * file system ignores case) another case. For both commands that write a file.
 */
import { chmodSync, promises as fsp, linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'fs';
import { join } from 'path';
import { caseInsensitive } from '../../src/files/same-file';
import { expectPlain } from '../helpers/plain-output';
import { planSheet } from '../helpers/plan-fixture';
import { dti } from '../helpers/run-dti';
import { readWorkbook, writeWorkbook } from '../helpers/workbook';

/** A plan with November results and a live DTI formula, alone in a fresh folder. */
async function inputWorkbook(): Promise<{ dir: string; input: string; before: Buffer }> {
  const spec = planSheet();
  spec.rows[2] = [...spec.rows[2]!, { formula: 'DTI.STATUS(H3,D3)', result: 'Đạt' }];
  const input = await writeWorkbook({ 'Kế hoạch': spec }, 'in.xlsx');
  return { dir: join(input, '..'), input, before: readFileSync(input) };
}

const COMMANDS = {
  summary: (input: string, out: string, ...more: string[]) => dti('summary', input, '--month', '2026-11', '--out', out, ...more),
  'values-copy': (input: string, out: string, ...more: string[]) => dti('values-copy', input, '--out', out, ...more),
};

type Layout = (dir: string, input: string) => { input: string; out: string };

const LAYOUTS: Array<[string, Layout]> = [
  ['the output is a symbolic link to the input', (dir, input) => {
    symlinkSync(input, join(dir, 'r.xlsx'));
    return { input, out: join(dir, 'r.xlsx') };
  }],
  ['the output is a hard link to the input', (dir, input) => {
    linkSync(input, join(dir, 'r.xlsx'));
    return { input, out: join(dir, 'r.xlsx') };
  }],
  ['the output is the input through a linked folder', (dir, input) => {
    symlinkSync(dir, join(dir, '..', `${dir.split('/').pop()}-link`));
    return { input, out: join(dir, '..', `${dir.split('/').pop()}-link`, 'in.xlsx') };
  }],
  ['the input is given as a link and the output is the file it leads to', (dir, input) => {
    symlinkSync(input, join(dir, 'lien-ket.xlsx'));
    return { input: join(dir, 'lien-ket.xlsx'), out: input };
  }],
  ['the output is the input written with ".."', (dir, input) => {
    mkdirSync(join(dir, 'con'));
    return { input, out: `${dir}/con/../in.xlsx` }; // as typed: join() would remove the ".."
  }],
];

describe.each(Object.entries(COMMANDS))('dti %s --out never writes the input', (_, run) => {
  it.each(LAYOUTS)('%s, even with --force', async (_, layout) => {
    const { dir, input: real, before } = await inputWorkbook();
    const { input, out } = layout(dir, real);
    const names = readdirSync(dir).sort();
    for (const force of [[], ['--force']]) {
      const result = await run(input, out, ...force);
      expect(result.code).toBe(2);
      expect(result.err).toBe(
        `Lỗi: Tệp kết quả "${out}" chính là tệp đầu vào "${input}" (cùng một tệp, có thể qua liên kết); tệp gốc không bao giờ bị sửa. Hãy chọn tên khác cho tệp kết quả.\n`,
      );
      expectPlain(result.err);
      expect(readFileSync(real).equals(before)).toBe(true);
      expect(readdirSync(dir).sort()).toEqual(names); // no temporary file left
    }
    const en = await run(input, out, '--force', '--lang', 'en');
    expect(en.err).toBe(
      `Error: The output "${out}" is the input file "${input}" (the same file, perhaps through a link); the input is never modified. Choose another name for the output.\n`,
    );
  });

  (caseInsensitive(process.platform) ? it : it.skip)('the output is the input in other letter case (Windows, macOS)', async () => {
    const { dir, input, before } = await inputWorkbook();
    const result = await run(input, join(dir, 'IN.XLSX'), '--force');
    expect(result.code).toBe(2);
    expect(result.err).toContain('chính là tệp đầu vào');
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it('with --force, an output that is a link to another file replaces the link, not that file', async () => {
    const { dir, input, before } = await inputWorkbook();
    const other = join(dir, 'bao-cao-thang-10.xlsx');
    writeFileSync(other, 'last month’s report, kept');
    const out = join(dir, 'bao-cao.xlsx');
    symlinkSync(other, out);
    const without = await run(input, out);
    expect(without.err).toBe(`Lỗi: Đã có tệp "${out}". Thêm --force để ghi đè, hoặc chọn tên khác.\n`);
    const result = await run(input, out, '--force');
    expect(result.code).toBe(0);
    expect(result.out).toContain(`"${out}" là liên kết tới "${other}": liên kết đã được thay bằng tệp mới, còn "${other}" giữ nguyên.`);
    expect(readFileSync(other, 'utf8')).toBe('last month’s report, kept');
    expect((await readWorkbook(out)).getWorksheet('Kế hoạch')).toBeDefined();
    expect(readFileSync(input).equals(before)).toBe(true);
  });
});

describe('I/O problems on --out are plain sentences with exit 2, never "unexpected error"', () => {
  it('a folder, a path under /proc, a 300-character name, a path through a file', async () => {
    const { dir, input } = await inputWorkbook();
    const folder = await dti('summary', input, '--month', '2026-11', '--out', dir);
    expect(folder.code).toBe(2);
    expect(folder.err).toBe(`Lỗi: "${dir}" là một thư mục. Hãy ghi cả tên tệp, ví dụ "${dir}/bao-cao.xlsx".\n`);

    const proc = await dti('values-copy', input, '--out', '/proc/x/out.xlsx');
    expect(proc.code).toBe(2);
    expect(proc.err).toBe('Lỗi: Không tạo được thư mục "/proc/x" để ghi tệp kết quả. Hãy chọn một thư mục có sẵn mà bạn được quyền ghi.\nChi tiết: ENOENT\n');

    const long = `${'b'.repeat(295)}.xlsx`;
    const tooLong = await dti('summary', input, '--month', '2026-11', '--out', join(dir, long), '--lang', 'en');
    expect(tooLong.code).toBe(2);
    expect(tooLong.err).toMatch(/^Error: The file name ".{29}….{29}" is too long\. Choose a shorter name\.\nDetail: ENAMETOOLONG\n$/);

    const throughFile = await dti('summary', input, '--month', '2026-11', '--out', join(input, 'out.xlsx'));
    expect(throughFile.err).toBe(`Lỗi: Không ghi được "${join(input, 'out.xlsx')}": "${input}" là một tệp, không phải thư mục. Hãy kiểm tra lại đường dẫn.\n`);
    for (const r of [folder, proc, tooLong, throughFile]) expectPlain(r.err);
    expect(readdirSync(dir).sort()).toEqual(['in.xlsx']);
  });

  it('a read-only folder: exit 2, the sentence, "Chi tiết: EACCES", nothing left in it, the input untouched', async () => {
    const { dir, input, before } = await inputWorkbook();
    const readOnly = join(dir, 'chi-doc');
    mkdirSync(readOnly);
    chmodSync(readOnly, 0o555);
    // Permissions do not stop root: there, the refusal the system gives others is made by hand.
    if (process.getuid?.() === 0) {
      const open = fsp.open.bind(fsp);
      jest.spyOn(fsp, 'open').mockImplementation((async (path: string, flags?: string, mode?: number) =>
        String(path).startsWith(readOnly) && flags !== 'r'
          ? Promise.reject(Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' }))
          : open(path, flags, mode)) as unknown as typeof fsp.open);
    }
    try {
      for (const run of [COMMANDS.summary, COMMANDS['values-copy']]) {
        const out = join(readOnly, 'bao-cao.xlsx');
        const result = await run(input, out);
        expect(result.code).toBe(2);
        expect(result.err).toBe(
          `Lỗi: Không có quyền ghi "${out}" (thư mục chỉ đọc, thiếu quyền, hoặc tệp đang mở trong chương trình khác); tệp cũ cùng tên (nếu có) vẫn nguyên vẹn. Hãy đóng tệp hoặc chọn thư mục khác rồi chạy lại.\nChi tiết: EACCES\n`,
        );
        expectPlain(result.err);
        expect(readdirSync(readOnly)).toEqual([]);
        expect(readFileSync(input).equals(before)).toBe(true);
      }
    } finally {
      jest.restoreAllMocks();
      chmodSync(readOnly, 0o755);
    }
  });
});
