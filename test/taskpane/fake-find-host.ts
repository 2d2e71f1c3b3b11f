/**
 * The browser test's stand-in for src/taskpane/find-host.ts (swapped in by
 * webpack.test.config.js, never in the production build): a fake Excel host
 * over a seed-like workbook, made when boot.js loads, and exposed as
 * window.__DTI_FAKE__ (the workbook state, for the test's asserts).
 * The file API gives the bytes the test puts in window.__DTI_FAKE_FILE__ (base64).
 * Page modes, by the query string:
 * - ?handmade-status: the plan sheet has a hand-made "Tình trạng" column (I3) holding
 *   the official's own word in I5, where the status column goes;
 * - ?doubtful: a second plan sheet, "Kế hoạch 2", heads its aims "Mục tiêu": the target column taken is doubtful;
 * - ?many-problems: a third sheet, "Nhiều vấn đề", with 120 indicators whose targets cannot be read;
 * - ?slow: every sync takes 400 ms, to see what the pane shows while it waits for Excel;
 * - ?excelapi=1.3: the host has only that ExcelApi version (an Excel too old for the pane);
 * - ?load-fails: the first read fails with an error code the add-in has no words for;
 * - ?dark: Office's theme is dark;
 * - ?nohost: no fake at all, the page as a plain browser (with office.js) sees it.
 */
import { createFakeHost } from '../../kit/fake-excel/fake-excel';
import { SEED_SHEET } from '../../kit/fake-excel/seed-sheet';
import { seedWorkbook } from '../../kit/fake-excel/seed-workbook';
import type { ExcelHost } from '../../src/excel/host';
import { findHost as findRealHost, type HostSearch } from '../../src/taskpane/find-host';

const mode = (name: string): boolean => new RegExp(`[?&]${name}(=|&|$)`).test(location.search);

function fakeHost(): ExcelHost & { workbook: unknown } {
  const w = window as unknown as Record<string, unknown>;
  const file = (): Uint8Array | null => {
    const base64 = w.__DTI_FAKE_FILE__;
    return typeof base64 === 'string' ? Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)) : null;
  };
  const workbook = seedWorkbook();
  if (mode('handmade-status')) workbook.sheet(SEED_SHEET).setRows([['Tình trạng'], [null], ['Đạt (tự ghi)']], 2, 8);
  if (mode('doubtful')) {
    workbook.addSheet('Kế hoạch 2', [
      ['STT', 'Chỉ tiêu', 'Mục tiêu', 'Tháng 11/2026'],
      ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'Nâng cao chất lượng dịch vụ công trực tuyến', '75%'],
      ['2', 'Tỷ lệ thanh toán trực tuyến', 'Tăng cường thanh toán không dùng tiền mặt', '55%'],
      ['3', 'Tỷ lệ người dân có tài khoản định danh', 'Phổ cập định danh điện tử cho người dân', '50%'],
    ]);
  }
  if (mode('many-problems')) {
    const rows = Array.from({ length: 120 }, (_, i) => [String(i + 1), `Chỉ tiêu số ${i + 1}`, 'Tỷ lệ', `mức ${i + 1} chưa rõ`, '']);
    workbook.addSheet('Nhiều vấn đề', [['STT', 'Tên chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2026', 'Tháng 11/2026'], ...rows]);
  }
  const excelApi = /[?&]excelapi=([\d.]+)/.exec(location.search)?.[1];
  const host = createFakeHost(workbook, { file, ...(excelApi ? { excelApi } : {}), sliceSize: 4096, url: 'https://example.invalid/Ke hoach CDS 2026.xlsx', ...(mode('slow') ? { syncDelayMs: 400 } : {}) });
  let failures = mode('load-fails') ? 1 : 0;
  const run: ExcelHost['run'] = (batch) => {
    if (failures > 0) {
      failures -= 1;
      return Promise.reject(Object.assign(new Error('The fake Excel is unwell'), { code: 'FakeUnknownCode' }));
    }
    return host.run(batch);
  };
  return { ...host, run, theme: mode('dark') ? { dark: true, background: '#262626' } : null };
}

const fake = mode('nohost') ? null : fakeHost();
if (fake) (window as unknown as Record<string, unknown>).__DTI_FAKE__ = fake.workbook;

/** Office's own answer (office.js is on the page, outside Office), with the fake Excel as the host unless ?nohost. */
export async function findHost(): Promise<HostSearch> {
  const real = await findRealHost();
  if (!fake || real.kind === 'no-office') return real;
  return { kind: 'excel', host: fake, addin: real.addin };
}
