/**
 * writeOutputFile on real folders, with the file system calls replaced where a real
 * failure cannot be made here (a full disk; a refusal, since tests run as root).
 */
import { spawnSync } from 'child_process';
import { existsSync, lchownSync, lutimesSync, mkdirSync, promises as fsp, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'fs';
import { basename, join } from 'path';
import { FileError } from '../../src/files/file-error';
import { checkOutputFile, type OutputFs, writeOutputFile } from '../../src/files/output-file';
import { samePathName, sameFile } from '../../src/files/same-file';
import { removeStaleTempFiles, STALE_TEMP_MS, tempFileProcess, tempPathFor } from '../../src/files/temp-files';
import { tempDir } from '../helpers/workbook';

const NEW = Buffer.from('the new report');
const OLD = Buffer.from('the previous report, whole');

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: from the test`), { code });
}

/** A folder holding the input and an earlier output. */
function setup(): { dir: string; input: string; out: string } {
  const dir = tempDir();
  const input = join(dir, 'in.xlsx');
  const out = join(dir, 'out.xlsx');
  writeFileSync(input, 'the input');
  writeFileSync(out, OLD);
  return { dir, input, out };
}

async function failure(run: Promise<unknown>): Promise<FileError> {
  const e = await run.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(FileError);
  return e as FileError;
}

describe('a failure while writing leaves the earlier file whole and no temporary file', () => {
  it('a full disk halfway through the temporary file (ENOSPC)', async () => {
    const { dir, input, out } = setup();
    const fullDisk: OutputFs = {
      ...fsp,
      open: (async (path: string, flags: string, mode?: number) => {
        const handle = await fsp.open(path, flags, mode);
        if (!String(path).includes('.dti-tmp-')) return handle;
        return {
          writeFile: async (data: Uint8Array) => {
            await handle.write(data.subarray(0, 4));
            throw errno('ENOSPC');
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        };
      }) as unknown as OutputFs['open'],
    };
    const e = await failure(writeOutputFile(out, NEW, { force: true, input, fs: fullDisk }));
    expect(e.text.vi).toBe(`Ổ đĩa đã đầy nên không ghi được "${out}"; tệp cũ cùng tên (nếu có) vẫn nguyên vẹn. Hãy giải phóng dung lượng rồi chạy lại.`);
    expect(e.text.en).toBe(`The disk is full, so "${out}" was not written; any earlier file of that name is untouched. Free some space and run again.`);
    expect(e.detail).toBe('ENOSPC');
    expect(readFileSync(out).equals(OLD)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['in.xlsx', 'out.xlsx']);
  });

  it('the final rename refused (EACCES, EPERM: no permission, or Windows with the file open in Excel)', async () => {
    for (const code of ['EACCES', 'EPERM']) {
      const { dir, input, out } = setup();
      const refusing: OutputFs = { ...fsp, rename: async () => Promise.reject(errno(code)) };
      const e = await failure(writeOutputFile(out, NEW, { force: true, input, fs: refusing, shownAs: 'out.xlsx' }));
      expect(e.text.vi).toBe(
        'Không có quyền ghi "out.xlsx" (thư mục chỉ đọc, thiếu quyền, hoặc tệp đang mở trong chương trình khác); tệp cũ cùng tên (nếu có) vẫn nguyên vẹn. Hãy đóng tệp hoặc chọn thư mục khác rồi chạy lại.',
      );
      expect(e.detail).toBe(code);
      expect(readFileSync(out).equals(OLD)).toBe(true);
      expect(readdirSync(dir).sort()).toEqual(['in.xlsx', 'out.xlsx']);
    }
  });

  it('a folder created for the output is removed again when the write fails', async () => {
    const { dir, input } = setup();
    const out = join(dir, 'bao-cao', '2026', 'out.xlsx');
    const failingLink: OutputFs = { ...fsp, link: async () => Promise.reject(errno('EIO')) };
    const e = await failure(writeOutputFile(out, NEW, { force: false, input, fs: failingLink }));
    expect(e.text.vi).toBe(`Không ghi được "${out}"; tệp cũ cùng tên (nếu có) vẫn nguyên vẹn. Hãy kiểm tra ổ đĩa và đường dẫn rồi chạy lại.`);
    expect(e.detail).toBe('EIO');
    expect(readdirSync(dir).sort()).toEqual(['in.xlsx', 'out.xlsx']);
  });

  it('a name of 300 characters (ENAMETOOLONG, a real one)', async () => {
    const { dir, input } = setup();
    const out = join(dir, `${'bao-cao-'.repeat(37)}.xlsx`);
    expect(out.length - dir.length - 1).toBe(301);
    const e = await failure(writeOutputFile(out, NEW, { force: false, input, shownAs: 'x'.repeat(300) }));
    expect(e.text.vi).toBe(`Tên tệp "${'x'.repeat(29)}…${'x'.repeat(29)}" quá dài. Hãy đặt tên ngắn hơn.`);
    expect(e.text.en).toBe(`The file name "${'x'.repeat(29)}…${'x'.repeat(29)}" is too long. Choose a shorter name.`);
    expect(e.detail).toBe('ENAMETOOLONG');
    expect(readdirSync(dir).sort()).toEqual(['in.xlsx', 'out.xlsx']);
  });
});

describe('publishing', () => {
  it('writes the bytes, flushed, under the final name, and nothing else', async () => {
    const { dir, input } = setup();
    const out = join(dir, 'moi.xlsx');
    expect(await writeOutputFile(out, NEW, { force: false, input })).toEqual({ path: out, before: 'nothing' });
    expect(readFileSync(out).equals(NEW)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['in.xlsx', 'moi.xlsx', 'out.xlsx']);
  });

  it('of two writes racing for one new name, exactly one wins and the other is told the file exists', async () => {
    const { dir, input } = setup();
    const out = join(dir, 'cung-ten.xlsx');
    const a = Buffer.from('run A');
    const b = Buffer.from('run B');
    // Both pass the first check (the name is free) before either publishes.
    const results = await Promise.allSettled([writeOutputFile(out, a, { force: false, input }), writeOutputFile(out, b, { force: false, input })]);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0]!.reason as FileError).text.vi).toBe(`Đã có tệp "${out}". Thêm --force để ghi đè, hoặc chọn tên khác.`);
    const content = readFileSync(out);
    expect(content.equals(results[0]!.status === 'fulfilled' ? a : b)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['cung-ten.xlsx', 'in.xlsx', 'out.xlsx']);
  });

  it('the same race where the name is taken between the check and the publishing (the hard link refuses)', async () => {
    const { dir, input } = setup();
    const out = join(dir, 'cung-ten.xlsx');
    let lstats = 0;
    let links = 0;
    // The second check, just before publishing, sees a free name; the other run takes it right after.
    const racing: OutputFs = {
      ...fsp,
      lstat: (async (path: string) => {
        try {
          return await fsp.lstat(path);
        } finally {
          if (path === out && ++lstats === 2) writeFileSync(out, 'the other run');
        }
      }) as OutputFs['lstat'],
      link: async (from, to) => {
        links++;
        return fsp.link(from, to);
      },
    };
    const e = await failure(writeOutputFile(out, NEW, { force: false, input, fs: racing }));
    expect(e.text.en).toBe(`"${out}" exists. Add --force to replace it, or choose another name.`);
    expect(links).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('the other run');
    expect(readdirSync(dir).sort()).toEqual(['cung-ten.xlsx', 'in.xlsx', 'out.xlsx']);
  });

  describe('where hard links do not exist (FAT, some shares), the name is claimed exclusively and the temp file renamed over the claim', () => {
    const NO_LINK_CODES = ['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV'];

    /** Node's file system with link refused as `code`; records opens of the final name and renames. */
    function noLinks(code: string, out: string, more: Partial<OutputFs> = {}): { fs: OutputFs; opened: string[]; renamed: Array<[string, string]> } {
      const opened: string[] = [];
      const renamed: Array<[string, string]> = [];
      const fs: OutputFs = {
        ...fsp,
        link: async () => Promise.reject(errno(code)),
        open: (async (path: string, flags: string, mode?: number) => {
          if (path === out) opened.push(flags);
          return fsp.open(path, flags, mode);
        }) as OutputFs['open'],
        rename: async (from, to) => {
          renamed.push([String(from), String(to)]);
          return fsp.rename(from, to);
        },
        ...more,
      };
      return { fs, opened, renamed };
    }

    it.each(NO_LINK_CODES)('link refused with %s: the whole file appears by rename, nothing is written into the final name, nothing is left behind', async (code) => {
      const { dir, input } = setup();
      const out = join(dir, 'fat32.xlsx');
      const { fs, opened, renamed } = noLinks(code, out);
      expect(await writeOutputFile(out, NEW, { force: false, input, fs })).toEqual({ path: out, before: 'nothing' });
      expect(readFileSync(out).equals(NEW)).toBe(true);
      expect(opened).toEqual(['wx']);
      expect(renamed).toHaveLength(1);
      expect(renamed[0]![0]).toContain('.dti-tmp-');
      expect(renamed[0]![1]).toBe(out);
      expect(readdirSync(dir).sort()).toEqual(['fat32.xlsx', 'in.xlsx', 'out.xlsx']);
    });

    it.each(NO_LINK_CODES)('link refused with %s: a name already taken is said, and the file there stays whole', async (code) => {
      const { dir, input, out } = setup();
      const e = await failure(writeOutputFile(out, NEW, { force: false, input, fs: noLinks(code, out).fs }));
      expect(e.text.vi).toBe(`Đã có tệp "${out}". Thêm --force để ghi đè, hoặc chọn tên khác.`);
      expect(readFileSync(out).equals(OLD)).toBe(true);
      expect(readdirSync(dir).sort()).toEqual(['in.xlsx', 'out.xlsx']);
    });

    it.each(NO_LINK_CODES)('link refused with %s: another program creating the name just before the claim wins; its file is kept', async (code) => {
      const { dir, input } = setup();
      const out = join(dir, 'cung-ten.xlsx');
      const { fs } = noLinks(code, out, {
        link: async () => {
          writeFileSync(out, 'the other run');
          return Promise.reject(errno(code));
        },
      });
      const e = await failure(writeOutputFile(out, NEW, { force: false, input, fs }));
      expect(e.text.en).toBe(`"${out}" exists. Add --force to replace it, or choose another name.`);
      expect(readFileSync(out, 'utf8')).toBe('the other run');
      expect(readdirSync(dir).sort()).toEqual(['cung-ten.xlsx', 'in.xlsx', 'out.xlsx']);
    });

    it.each(NO_LINK_CODES)('link refused with %s: another program replacing the claim before the rename is detected; its file is kept', async (code) => {
      const { dir, input } = setup();
      const out = join(dir, 'cung-ten.xlsx');
      const { fs } = noLinks(code, out, {
        open: (async (path: string, flags: string, mode?: number) => {
          const handle = await fsp.open(path, flags, mode);
          if (path !== out) return handle;
          // Right after the claim is made, another program replaces it with its own file.
          return {
            stat: () => handle.stat(),
            close: async () => {
              await handle.close();
              await fsp.unlink(out);
              writeFileSync(out, 'the other run');
            },
          };
        }) as unknown as OutputFs['open'],
      });
      const e = await failure(writeOutputFile(out, NEW, { force: false, input, fs }));
      expect(e.text.vi).toBe(`Đã có tệp "${out}". Thêm --force để ghi đè, hoặc chọn tên khác.`);
      expect(readFileSync(out, 'utf8')).toBe('the other run');
      expect(readdirSync(dir).sort()).toEqual(['cung-ten.xlsx', 'in.xlsx', 'out.xlsx']);
    });

    it.each([
      ['EPERM', 'EACCES'],
      ['ENOTSUP', 'ENOSPC'],
      ['EXDEV', 'EIO'],
      ['ENOSYS', 'EBUSY'],
    ])('link refused with %s, then the rename fails with %s: the claim and the temp file are removed, the failure said', async (code, renameCode) => {
      const { dir, input } = setup();
      const out = join(dir, 'moi.xlsx');
      const { fs } = noLinks(code, out, { rename: async () => Promise.reject(errno(renameCode)) });
      const e = await failure(writeOutputFile(out, NEW, { force: false, input, fs }));
      expect(e.detail).toBe(renameCode);
      expect(e.text.vi).toMatch(/^(Không có quyền ghi|Ổ đĩa đã đầy|Không ghi được) /);
      expect(readdirSync(dir).sort()).toEqual(['in.xlsx', 'out.xlsx']);
    });

    it('two runs racing for one new name without hard links: exactly one wins, whole', async () => {
      for (const code of NO_LINK_CODES) {
        const { dir, input } = setup();
        const out = join(dir, 'cung-ten.xlsx');
        const a = Buffer.from(`run A ${code}`);
        const b = Buffer.from(`run B ${code}`);
        const { fs } = noLinks(code, out);
        const results = await Promise.allSettled([writeOutputFile(out, a, { force: false, input, fs }), writeOutputFile(out, b, { force: false, input, fs })]);
        expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
        const lost = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')!;
        expect((lost.reason as FileError).text.vi).toBe(`Đã có tệp "${out}". Thêm --force để ghi đè, hoặc chọn tên khác.`);
        expect(readFileSync(out).equals(results[0]!.status === 'fulfilled' ? a : b)).toBe(true);
        expect(readdirSync(dir).sort()).toEqual(['cung-ten.xlsx', 'in.xlsx', 'out.xlsx']);
      }
    });
  });

  it('with force, a link at the output name is replaced, never written through', async () => {
    const { dir, input } = setup();
    const elsewhere = join(dir, 'tep-khac.xlsx');
    writeFileSync(elsewhere, 'another file of the user');
    const link = join(dir, 'lien-ket.xlsx');
    symlinkSync(elsewhere, link);
    expect(await writeOutputFile(link, NEW, { force: true, input })).toEqual({ path: link, before: 'link', linkTarget: elsewhere });
    expect(readFileSync(elsewhere, 'utf8')).toBe('another file of the user');
    expect(readFileSync(link).equals(NEW)).toBe(true);
    expect((await fsp.lstat(link)).isSymbolicLink()).toBe(false);
  });
});

describe('what can never be an output', () => {
  it('a path under /proc fails at once instead of never returning', async () => {
    const { input } = setup();
    // Never returning would end in the test's timeout (a hang guard, not a speed goal).
    const e = await failure(writeOutputFile('/proc/x/out.xlsx', NEW, { force: false, input }));
    expect(e.text.vi).toBe('Không tạo được thư mục "/proc/x" để ghi tệp kết quả. Hãy chọn một thư mục có sẵn mà bạn được quyền ghi.');
    expect(e.text.en).toBe('Cannot create the folder "/proc/x" for the output. Choose an existing folder you may write to.');
    expect(e.detail).toBe('ENOENT');
  });

  it('a device, a folder, a path ending in "/", a path through a file', async () => {
    const { dir, input } = setup();
    expect((await failure(checkOutputFile('/dev/null', { force: true, input }))).text.vi).toBe(
      '"/dev/null" không phải một tệp thường (mà là thiết bị, ống dẫn hay ổ cắm); dti chỉ ghi ra tệp thường. Hãy chọn tên tệp khác.',
    );
    expect((await failure(checkOutputFile(dir, { force: true, input }))).text.vi).toBe(`"${dir}" là một thư mục. Hãy ghi cả tên tệp, ví dụ "${dir}/bao-cao.xlsx".`);
    expect((await failure(checkOutputFile(join(dir, 'chua-co') + '/', { force: true, input }))).text.en).toBe(
      `"${dir}/chua-co/" is a folder. Give a file name too, e.g. "${dir}/chua-co/report.xlsx".`,
    );
    expect((await failure(writeOutputFile(join(input, 'out.xlsx'), NEW, { force: true, input }))).text.vi).toBe(
      `Không ghi được "${join(input, 'out.xlsx')}": "${input}" là một tệp, không phải thư mục. Hãy kiểm tra lại đường dẫn.`,
    );
    expect(existsSync('/dev/null')).toBe(true);
  });
});

describe('same file', () => {
  it('names differing only in case are one file on Windows and macOS, two elsewhere', async () => {
    const { dir, input } = setup();
    const upper = join(dir, 'IN.XLSX');
    expect(await sameFile(input, upper, { platform: 'darwin' })).toBe(true);
    expect(await sameFile(input, upper, { platform: 'win32' })).toBe(true);
    expect(await sameFile(input, upper, { platform: 'linux' })).toBe(false);
    expect(samePathName('C:\\Báo cáo\\In.xlsx', 'c:\\báo cáo\\IN.XLSX', 'win32')).toBe(true);
    // macOS stores names decomposed: "ó" typed one way matches it stored the other.
    expect(samePathName('/b\u00e1o.xlsx', '/ba\u0301o.xlsx', 'darwin')).toBe(true);
    expect(samePathName('/a/In.xlsx', '/a/in.xlsx', 'linux')).toBe(false);
  });

  it('the output refused as the input when only its case differs, on a case-insensitive platform', async () => {
    const { dir, input } = setup();
    const e = await failure(checkOutputFile(join(dir, 'In.Xlsx'), { force: true, input, platform: 'win32' }));
    expect(e.text.vi).toContain('chính là tệp đầu vào');
  });
});

describe('temporary files a killed run left behind', () => {
  const HOUR = 60 * 60 * 1000;

  /** A process id that was alive a moment ago and is gone now. */
  function deadPid(): number {
    const child = spawnSync(process.execPath, ['-e', '0']);
    return child.pid!;
  }

  function aged(path: string, ms: number): void {
    const when = new Date(Date.now() - ms);
    lutimesSync(path, when, when);
  }

  it('only our own, old, orphaned temporary files are removed when the next output is written there; nothing else', async () => {
    const { dir, input } = setup();
    const pid = deadPid();
    const stale = `.bao-cao.xlsx.dti-tmp-${pid}-0a1b2c3d`;
    const staleLong = `.${'bao-cao-'.repeat(20)}.dti-tmp-${pid}-ffffffff`;
    const kept: string[] = [];
    const file = (name: string, age: number, text = 'left'): void => {
      writeFileSync(join(dir, name), text);
      aged(join(dir, name), age);
    };
    file(stale, 2 * HOUR);
    file(staleLong, 30 * HOUR);
    // Recent: perhaps a run still writing on another machine sharing the folder.
    for (const [name, age] of [
      [`.bao-cao.xlsx.dti-tmp-${pid}-00000001`, 10 * 60 * 1000],
      // Its process is alive (this one).
      [`.bao-cao.xlsx.dti-tmp-${process.pid}-00000002`, 3 * HOUR],
      // Look-alikes that are not our names.
      [`bao-cao.xlsx.dti-tmp-${pid}-0a1b2c3d`, 3 * HOUR],
      [`.bao-cao.xlsx.dti-tmp-${pid}-0A1B2C3D`, 3 * HOUR],
      [`.bao-cao.xlsx.dti-tmp-${pid}-0a1b2c3d.bak`, 3 * HOUR],
      [`.bao-cao.xlsx.dti-tmp-x${pid}-0a1b2c3d`, 3 * HOUR],
      [`.bao-cao.xlsx.dti-tmp-${pid}-0a1b2c3`, 3 * HOUR],
      [`.dti-tmp-${pid}-0a1b2c3d`, 3 * HOUR],
      ['.bao-cao.xlsx.dti-tmp--0a1b2c3d', 3 * HOUR],
      ['ghi-chu.txt', 3 * HOUR],
    ] as const) {
      file(name, age);
      kept.push(name);
    }
    // Our name, but a link (to a file of the user), a folder, or another user's file.
    const precious = join(dir, 'quan-trong.xlsx');
    writeFileSync(precious, 'the user file');
    const link = `.lien-ket.xlsx.dti-tmp-${pid}-11111111`;
    symlinkSync(precious, join(dir, link));
    aged(join(dir, link), 3 * HOUR);
    const folder = `.thu-muc.xlsx.dti-tmp-${pid}-22222222`;
    mkdirSync(join(dir, folder));
    aged(join(dir, folder), 3 * HOUR);
    kept.push(link, folder, 'quan-trong.xlsx');
    if (process.getuid?.() === 0) {
      const foreign = `.cua-nguoi-khac.xlsx.dti-tmp-${pid}-33333333`;
      file(foreign, 3 * HOUR);
      lchownSync(join(dir, foreign), 12345, 12345);
      kept.push(foreign);
    }

    await writeOutputFile(join(dir, 'moi.xlsx'), NEW, { force: false, input });
    expect(readdirSync(dir).sort()).toEqual([...kept, 'in.xlsx', 'moi.xlsx', 'out.xlsx'].sort());
    expect(readFileSync(precious, 'utf8')).toBe('the user file');
  });

  it('a folder that cannot be listed, or a file that cannot be removed, does not stop the output', async () => {
    const { dir, input } = setup();
    const stale = `.x.xlsx.dti-tmp-${deadPid()}-0a1b2c3d`;
    writeFileSync(join(dir, stale), 'left');
    aged(join(dir, stale), 2 * HOUR);
    for (const refusing of [
      { ...fsp, readdir: (async () => Promise.reject(errno('EACCES'))) as unknown as OutputFs['readdir'] },
      { ...fsp, unlink: (async (p: string) => (String(p).endsWith(stale) ? Promise.reject(errno('EPERM')) : fsp.unlink(p))) as OutputFs['unlink'] },
    ]) {
      const out = join(dir, `moi-${readdirSync(dir).length}.xlsx`);
      await writeOutputFile(out, NEW, { force: false, input, fs: refusing });
      expect(readFileSync(out).equals(NEW)).toBe(true);
      expect(existsSync(join(dir, stale))).toBe(true);
    }
  });

  it('the names are exactly those a run makes', () => {
    const pid = 4242;
    for (let i = 0; i < 50; i++) {
      const name = basename(tempPathFor(`/tmp/${'báo cáo '.repeat(i % 40)}x.xlsx`, pid));
      expect(tempFileProcess(name)).toBe(pid);
    }
    expect(tempFileProcess('bao-cao.xlsx')).toBeNull();
  });

  it('stale files are judged by the injected clock and liveness: age alone, or a live process, keeps them', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.a.xlsx.dti-tmp-7-0a1b2c3d'), 'x');
    const base = { fs: fsp, uid: null } as const;
    const mtime = (await fsp.lstat(join(dir, '.a.xlsx.dti-tmp-7-0a1b2c3d'))).mtimeMs;
    expect(await removeStaleTempFiles(dir, { ...base, now: mtime + STALE_TEMP_MS - 1000, isAlive: () => false })).toEqual([]);
    expect(await removeStaleTempFiles(dir, { ...base, now: mtime + STALE_TEMP_MS + 1000, isAlive: () => true })).toEqual([]);
    expect(await removeStaleTempFiles(dir, { ...base, now: mtime + STALE_TEMP_MS + 1000, isAlive: () => false })).toEqual(['.a.xlsx.dti-tmp-7-0a1b2c3d']);
  });
});

describe('the output file mode follows the umask, as any new file', () => {
  it.each([0o022, 0o027, 0o077, 0o002])('umask %o: mode 0o666 & ~umask, in every way of publishing', async (mask) => {
    const previous = process.umask(mask);
    try {
      const { dir, input, out } = setup();
      const noLinks: OutputFs = { ...fsp, link: async () => Promise.reject(errno('EPERM')) };
      const written = [join(dir, 'lien-ket-cung.xlsx'), join(dir, 'fat.xlsx'), out];
      await writeOutputFile(written[0]!, NEW, { force: false, input });
      await writeOutputFile(written[1]!, NEW, { force: false, input, fs: noLinks });
      await writeOutputFile(written[2]!, NEW, { force: true, input });
      for (const path of written) expect((statSync(path).mode & 0o777).toString(8)).toBe((0o666 & ~mask).toString(8));
    } finally {
      process.umask(previous);
    }
  });
});
