/**
 * The report as it is signed and sent: `dti summary … --pdf` renders the report
 * and its appendix through LibreOffice, for the sample and for a generated plan
 * of 300 indicators, and the PDF is measured: the page sizes, the smallest text
 * printed (from the words' boxes: nothing under 10 pt, in fact nothing under the
 * planned 11 pt, so nothing was shrunk), every document part of Nghị định
 * 30/2020 on its page, page numbers from page 2 at the top, no text outside the
 * margins, no machine marker or formula text. The pages are left as PNGs in
 * test-artifacts/summary/ for a reviewer to look at. Needs the Debian packages
 * libreoffice-calc and poppler-utils (.ci/run installs them).
 */
import { execFileSync } from 'child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { join } from 'path';
import { writePlan } from '../../kit/plans/large-plan';
import { SAMPLE_PATH } from '../../scripts/make-sample';
import { requireLibreOffice } from '../helpers/libreoffice';
import { boxHeight, type PdfPage, pdfWords } from '../helpers/pdf-words';
import { dti } from '../helpers/run-dti';

const OUT = join(__dirname, '..', '..', 'test-artifacts', 'summary');
const MM = 72 / 25.4;
/** The decree's margins as planned (mm): text never prints outside them. */
const MARGIN = { top: 20, bottom: 20, left: 30, right: 15 };

interface Rendered {
  pages: PdfPage[];
  report: PdfPage[];
  appendix: PdfPage[];
  /** Box height ÷ font size for the font printed, measured on "BÁO" (14 pt). */
  ratio: number;
  /** The smallest font size printed, in points. */
  smallest: number;
}

const SETTINGS = ['--so', '5', '--tinh', 'Đồng Nai', '--chuc-vu', 'Phó Chủ tịch', '--nguoi-ky', 'Nguyễn Văn An'];

async function render(name: string, input: string, extra: string[]): Promise<Rendered> {
  const pdf = join(OUT, `${name}.pdf`);
  const run = await dti('summary', input, '--month', '2026-11', '--out', join(OUT, `${name}.xlsx`), '--pdf', pdf, '--force', ...SETTINGS, ...extra);
  expect(run.err).toBe('');
  expect(run.code).toBe(0);
  expect(run.out).toContain(`Đã ghi báo cáo và phụ lục ra tệp PDF ${pdf}`);
  execFileSync('pdftoppm', ['-png', '-r', '70', pdf, join(OUT, name)]);
  const pages = pdfWords(pdf);
  const title = pages[0]!.words.find((w) => w.text === 'BÁO')!;
  const ratio = boxHeight(title) / 14;
  const smallest = Math.min(...pages.flatMap((p) => p.words.map((w) => boxHeight(w) / ratio)));
  const rendered = { pages, report: pages.filter((p) => p.width < p.height), appendix: pages.filter((p) => p.width > p.height), ratio, smallest };
  measured[name] = { pages: pages.length, reportPages: rendered.report.length, appendixPages: rendered.appendix.length, smallestPt: Math.round(smallest * 100) / 100, boxRatio: Math.round(ratio * 1000) / 1000 };
  writeFileSync(join(OUT, 'measured.json'), JSON.stringify(measured, null, 2));
  return rendered;
}

const measured: Record<string, unknown> = {};

/** The page number printed at the top of a page (inside the top margin), if any. */
function pageNumber(page: PdfPage): string | null {
  const top = page.words.filter((w) => w.yMax < MARGIN.top * MM);
  return top.length === 1 && /^\d+$/.test(top[0]!.text) ? top[0]!.text : top.length === 0 ? null : top.map((w) => w.text).join(' ');
}

function has(page: PdfPage, text: string): boolean {
  return page.text.includes(text);
}

beforeAll(() => {
  requireLibreOffice();
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
});

describe.each([
  ['sample', async () => SAMPLE_PATH, ['--commune', 'xã Đại Phước'], 'Đại Phước', 'XÃ ĐẠI PHƯỚC'],
  [
    'plan-300',
    async () => {
      const path = join(OUT, 'ke-hoach-300.xlsx');
      await writePlan(path, 300);
      return path;
    },
    [],
    'Lộc Tấn',
    'XÃ LỘC TẤN',
  ],
] as const)('the report of %s rendered to PDF through LibreOffice', (name, input, extra, place, body) => {
  let r: Rendered;

  beforeAll(async () => {
    r = await render(name, await input(), [...extra]);
  }, 240_000);

  it('holds the report on A4 portrait pages, then its appendix on A4 landscape pages, and nothing else', () => {
    expect(r.report.length).toBeGreaterThanOrEqual(2);
    expect(r.appendix.length).toBeGreaterThanOrEqual(2);
    expect(r.pages.slice(0, r.report.length)).toEqual(r.report);
    for (const p of r.report) expect([Math.round(p.width), Math.round(p.height)]).toEqual([595, 842]);
    for (const p of r.appendix) expect([Math.round(p.width), Math.round(p.height)]).toEqual([842, 595]);
    // Not the plan sheets, not the history.
    expect(r.pages.some((p) => has(p, 'Khóa Tháng STT'))).toBe(false);
    expect(r.pages.some((p) => /KẾ HOẠCH CHUYỂN ĐỔI SỐ|HƯỚNG DẪN CẬP NHẬT/.test(p.text))).toBe(false);
  });

  it('prints no text under 10 pt: every word is at its planned size, 11 pt or more (nothing was shrunk to fit)', () => {
    expect(r.ratio).toBeGreaterThan(1.1);
    expect(r.ratio).toBeLessThan(1.4);
    expect(r.smallest).toBeGreaterThanOrEqual(10);
    expect(r.smallest).toBeGreaterThan(10.9);
  });

  it('has the document parts on the first page: body and rule, Quốc hiệu, Tiêu ngữ, number, place and date, "BÁO CÁO", summary, "Kính gửi"', () => {
    const first = r.report[0]!;
    for (const part of [
      `ỦY BAN NHÂN DÂN ${body.split(' ')[0]}`,
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 05/BC-UBND',
      'BÁO CÁO',
      'Kết quả thực hiện các chỉ tiêu chuyển đổi số tháng 11 năm 2026',
      'Kính gửi: Sở Khoa học và Công nghệ tỉnh Đồng Nai.',
      'I. KẾT QUẢ CHUNG',
    ]) {
      expect([part, has(first, part)]).toEqual([part, true]);
    }
    expect(first.text).toContain(body.split(' ').slice(1).join(' '));
    expect(first.text).toMatch(new RegExp(`${place}, ngày (0[1-9]|[12]\\d|3[01]) tháng (0[12]|[3-9]|1[0-2]) năm 20\\d\\d`));
  });

  it('ends the report with the closing paragraph, "Nơi nhận:" and the signer\'s block on the same page', () => {
    const last = r.report[r.report.length - 1]!;
    for (const part of ['./.', 'Nơi nhận:', '- Như trên;', '- Lưu: VT, VHXH.', 'TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn An']) {
      expect([part, has(last, part)]).toEqual([part, true]);
    }
    const all = r.report.map((p) => p.text).join(' ');
    for (const part of ['II. CHỈ TIÊU CHƯA ĐẠT', 'III. CHỈ TIÊU ĐẾN HẠN, QUÁ HẠN MÀ CHƯA ĐẠT', 'IV. SỐ LIỆU CẦN BỔ SUNG, KIỂM TRA LẠI', 'Theo nhóm chỉ tiêu', 'Theo đơn vị chủ trì']) {
      expect([part, all.includes(part)]).toEqual([part, true]);
    }
  });

  it('numbers the pages from page 2, at the top, each document from 1', () => {
    expect(pageNumber(r.report[0]!)).toBeNull();
    r.report.slice(1).forEach((p, i) => expect(pageNumber(p)).toBe(String(i + 2)));
    expect(pageNumber(r.appendix[0]!)).toBeNull();
    r.appendix.slice(1).forEach((p, i) => expect(pageNumber(p)).toBe(String(i + 2)));
  });

  it('heads the appendix "Phụ lục … (Kèm theo Báo cáo số 05/BC-UBND …)" and repeats its table header on every page', () => {
    const first = r.appendix[0]!;
    expect(first.text).toContain('Phụ lục KẾT QUẢ THỰC HIỆN TỪNG CHỈ TIÊU CHUYỂN ĐỔI SỐ THÁNG 11 NĂM 2026');
    expect(first.text).toMatch(new RegExp(`\\(Kèm theo Báo cáo số 05/BC-UBND ngày \\d{2}/\\d{2}/\\d{4} của Ủy ban nhân dân xã ${place}\\)`));
    // On each page after the first, the header is the first thing under the top margin.
    for (const p of r.appendix.slice(1)) {
      const top = p.words.filter((w) => w.yMin > MARGIN.top * MM - 1 && w.yMax < MARGIN.top * MM + 40).map((w) => w.text);
      expect(top).toEqual(expect.arrayContaining(['STT', 'Chỉ', 'tiêu', 'năm', 'Tháng', 'trước', 'này', 'Tình', 'trạng', 'Thời', 'hạn']));
    }
  });

  it('keeps every word inside the decree\'s margins (the page number in the top margin)', () => {
    for (const p of r.pages) {
      for (const w of p.words) {
        expect([w.text, w.xMin >= MARGIN.left * MM - 1, w.xMax <= p.width - MARGIN.right * MM + 1, w.yMax <= p.height - MARGIN.bottom * MM + 1]).toEqual([w.text, true, true, true]);
      }
    }
  });

  it('prints no machine marker, formula or overflow: no "dti:", no "UTC", no "min(", no DTI.*, no "####", numbers with decimal commas', () => {
    const all = r.pages.map((p) => p.text).join(' ');
    expect(all).not.toMatch(/dti:|UTC|min\(|DTI\.|#{3,}|NaN|undefined|null|\[object|_xldudf/);
    expect(r.pages.flatMap((p) => p.words).filter((w) => w.text.startsWith('='))).toEqual([]);
    // Shares as a Vietnamese Excel shows them.
    expect(all).toMatch(/\d,\d%/);
    expect(all).not.toMatch(/\d\.\d%/);
  });
});

it('leaves a PNG of every page in test-artifacts/summary/', () => {
  const pngs = readdirSync(OUT).filter((f) => f.endsWith('.png'));
  expect(pngs.filter((f) => f.startsWith('sample-')).length).toBe((measured.sample as { pages: number }).pages);
  expect(pngs.filter((f) => f.startsWith('plan-300-')).length).toBe((measured['plan-300'] as { pages: number }).pages);
});
