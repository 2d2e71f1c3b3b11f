/**
 * Test-only bundle, run before any script of the task pane page (Playwright's
 * addInitScript): a fake Excel host over a seed-like workbook, exposed as
 * window.__DTI_TEST_HOST__ (what the bootstrap uses when Office reports no
 * host) and window.__DTI_FAKE__ (the workbook state, for the test's asserts).
 * With ?nohost in the URL it installs nothing, to see the page as a plain browser does.
 */
import { createFakeHost } from '../fakes/fake-excel';
import { seedWorkbook } from '../fakes/seed-workbook';

if (!location.search.includes('nohost')) {
  const host = createFakeHost(seedWorkbook());
  const w = window as unknown as Record<string, unknown>;
  w.__DTI_TEST_HOST__ = host;
  w.__DTI_FAKE__ = host.workbook;
}
