/**
 * `dti summary … --pdf`: the report and its appendix rendered to a PDF for
 * signing through LibreOffice (measured page by page in
 * test/summary/render.test.ts); a plain message, and nothing written, when
 * LibreOffice is not installed; the options that fill the document parts,
 * documented in `dti help summary`.
 */
import { existsSync, readFileSync } from 'fs';
import { join } from 'path';
import { planSheet } from '../helpers/plan-fixture';
import { requireLibreOffice } from '../helpers/libreoffice';
import { pdfWords } from '../helpers/pdf-words';
import { dti } from '../helpers/run-dti';
import { finished, spawnDti } from '../helpers/spawn-dti';
import { tempDir, writeWorkbook } from '../helpers/workbook';

describe('dti summary --pdf', () => {
  it('the dti program writes the report and its appendix to a PDF: the report on A4 portrait pages, the appendix on A4 landscape, nothing of the plan', async () => {
    requireLibreOffice();
    const input = await writeWorkbook({ 'Kế hoạch': planSheet() });
    const dir = tempDir();
    const pdf = join(dir, 'bao-cao.pdf');
    const run = await finished(spawnDti(['summary', input, '--month', '2026-11', '--pdf', pdf, '--so', '3', '--tinh', 'Đồng Nai', '--nguoi-ky', 'Trần Thị Bình']));
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain(`Đã ghi báo cáo và phụ lục ra tệp PDF ${pdf} (để ký số và gửi).`);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdfWords(pdf);
    const portrait = pages.filter((p) => p.height > p.width);
    expect(portrait.length).toBeGreaterThanOrEqual(1);
    expect(pages.slice(0, portrait.length)).toEqual(portrait);
    expect(pages.length).toBeGreaterThan(portrait.length);
    const text = pages.map((p) => p.text).join(' ');
    expect(text).toContain('Số: 03/BC-UBND');
    expect(text).toContain('Trần Thị Bình');
    expect(text).toContain('Phụ lục');
    expect(text).not.toContain('KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026');
    // Without --out nothing else is written, and the settings are not kept anywhere.
    expect(existsSync(join(dir, 'bao-cao.xlsx'))).toBe(false);
  }, 180_000);

  it('without LibreOffice: a plain message that says what to do instead, exit 2, and nothing written', async () => {
    const input = await writeWorkbook({ 'Kế hoạch': planSheet() });
    const dir = tempDir();
    const before = process.env.DTI_SOFFICE;
    process.env.DTI_SOFFICE = join(dir, 'khong-co-libreoffice');
    try {
      const run = await dti('summary', input, '--month', '2026-11', '--out', join(dir, 'bao-cao.xlsx'), '--pdf', join(dir, 'bao-cao.pdf'));
      expect(run.code).toBe(2);
      expect(run.err).toContain('Lỗi: Không tìm thấy LibreOffice để tạo tệp PDF.');
      expect(run.err).toContain('Tệp → Xuất → Tạo PDF/XPS');
      const en = await dti('summary', input, '--month', '2026-11', '--pdf', join(dir, 'bao-cao.pdf'), '--lang', 'en');
      expect(en.err).toContain('Error: LibreOffice was not found, so no PDF can be made.');
    } finally {
      if (before === undefined) delete process.env.DTI_SOFFICE;
      else process.env.DTI_SOFFICE = before;
    }
    expect(existsSync(join(dir, 'bao-cao.xlsx'))).toBe(false);
    expect(existsSync(join(dir, 'bao-cao.pdf'))).toBe(false);
  });

  it('--pdf and --out must be two files; the PDF is never written over the input', async () => {
    const input = await writeWorkbook({ 'Kế hoạch': planSheet() });
    const out = join(tempDir(), 'bao-cao.xlsx');
    const same = await dti('summary', input, '--month', '2026-11', '--out', out, '--pdf', out);
    expect(same.code).toBe(2);
    expect(same.err).toContain('--pdf và --out phải là hai tệp khác nhau.');
    const overInput = await dti('summary', input, '--month', '2026-11', '--pdf', input);
    expect(overInput.code).toBe(2);
    expect(overInput.err).toContain('tệp gốc không bao giờ bị sửa');
  });
});

describe('dti help summary', () => {
  it('documents every option of the report, Vietnamese first, English with --lang en', async () => {
    const vi = await dti('help', 'summary');
    expect(vi.code).toBe(0);
    for (const option of ['--month', '--out', '--pdf', '--commune', '--so 05', '--tinh', '--kinh-gui', '--chuc-vu', '--nguoi-ky', '--force']) expect([option, vi.out.includes(option)]).toEqual([option, true]);
    expect(vi.out).toContain('Nghị định 30/2020/NĐ-CP');
    expect((await dti('summary', '--help')).out).toBe(vi.out);
    const en = await dti('help', 'summary', '--lang', 'en');
    expect(en.out).toContain("the signer's full name");
  });

  it('a mistyped document option gets the one meant', async () => {
    const run = await dti('summary', 'x.xlsx', '--month', '2026-11', '--nguoiky', 'A');
    expect(run.code).toBe(2);
    expect(run.err).toContain('Có phải ý bạn là --nguoi-ky?');
  });
});
