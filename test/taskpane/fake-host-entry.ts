/**
 * Test-only bundle, run before any script of the task pane page (Playwright's
 * addInitScript): a fake Excel host over a seed-like workbook, exposed as
 * window.__DTI_TEST_HOST__ (what the bootstrap uses when Office reports no
 * host) and window.__DTI_FAKE__ (the workbook state, for the test's asserts).
 * The file API gives the bytes the test puts in window.__DTI_FAKE_FILE__ (base64).
 * With ?handmade-status the plan sheet has a hand-made "Tình trạng" column (I3) holding
 * the official's own word in I5, where the status column goes.
 * With ?slow every sync takes 400 ms, to see what the pane shows while it waits for Excel.
 * With ?nohost in the URL it installs nothing, to see the page as a plain browser does.
 */
import { createFakeHost } from '../fakes/fake-excel';
import { SEED_SHEET } from '../fakes/seed-sheet';
import { seedWorkbook } from '../fakes/seed-workbook';

if (!location.search.includes('nohost')) {
  const w = window as unknown as Record<string, unknown>;
  const file = (): Uint8Array | null => {
    const base64 = w.__DTI_FAKE_FILE__;
    return typeof base64 === 'string' ? Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)) : null;
  };
  const workbook = seedWorkbook();
  if (location.search.includes('handmade-status')) workbook.sheet(SEED_SHEET).setRows([['Tình trạng'], [null], ['Đạt (tự ghi)']], 2, 8);
  const host = createFakeHost(workbook, { file, sliceSize: 4096, url: 'https://example.invalid/Ke hoach CDS 2026.xlsx', ...(location.search.includes('slow') ? { syncDelayMs: 400 } : {}) });
  w.__DTI_TEST_HOST__ = host;
  w.__DTI_FAKE__ = host.workbook;
}
