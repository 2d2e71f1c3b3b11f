/**
 * Test-only bundle, run before any script of the task pane page (Playwright's
 * addInitScript): a fake Excel host over a seed-like workbook, exposed as
 * window.__DTI_TEST_HOST__ (what the bootstrap uses when Office reports no
 * host) and window.__DTI_FAKE__ (the workbook state, for the test's asserts).
 * The file API gives the bytes the test puts in window.__DTI_FAKE_FILE__ (base64).
 * With ?handmade-status the plan sheet has a hand-made "Tình trạng" column (I3) holding
 * the official's own word in I5, where the status column goes.
 * With ?doubtful a second plan sheet, "Kế hoạch 2", heads its aims "Mục tiêu": the target column taken is doubtful.
 * With ?slow every sync takes 400 ms, to see what the pane shows while it waits for Excel.
 * With ?nohost in the URL it installs nothing, to see the page as a plain browser does.
 */
import { createFakeHost } from '../../kit/fake-excel/fake-excel';
import { SEED_SHEET } from '../../kit/fake-excel/seed-sheet';
import { seedWorkbook } from '../../kit/fake-excel/seed-workbook';

if (!location.search.includes('nohost')) {
  const w = window as unknown as Record<string, unknown>;
  const file = (): Uint8Array | null => {
    const base64 = w.__DTI_FAKE_FILE__;
    return typeof base64 === 'string' ? Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)) : null;
  };
  const workbook = seedWorkbook();
  if (location.search.includes('handmade-status')) workbook.sheet(SEED_SHEET).setRows([['Tình trạng'], [null], ['Đạt (tự ghi)']], 2, 8);
  if (location.search.includes('doubtful')) {
    workbook.addSheet('Kế hoạch 2', [
      ['STT', 'Chỉ tiêu', 'Mục tiêu', 'Tháng 11/2026'],
      ['1', 'Tỷ lệ hồ sơ trực tuyến toàn trình', 'Nâng cao chất lượng dịch vụ công trực tuyến', '75%'],
      ['2', 'Tỷ lệ thanh toán trực tuyến', 'Tăng cường thanh toán không dùng tiền mặt', '55%'],
      ['3', 'Tỷ lệ người dân có tài khoản định danh', 'Phổ cập định danh điện tử cho người dân', '50%'],
    ]);
  }
  const host = createFakeHost(workbook, { file, sliceSize: 4096, url: 'https://example.invalid/Ke hoach CDS 2026.xlsx', ...(location.search.includes('slow') ? { syncDelayMs: 400 } : {}) });
  w.__DTI_TEST_HOST__ = host;
  w.__DTI_FAKE__ = host.workbook;
}
