/**
 * Where the page runs: inside Excel (with its host), where office.js did not
 * load (no network, or blocked), or where Office loaded but this is not Excel
 * (a plain browser, another Office app). The pane says which, and offers a retry
 * when office.js is missing.
 */
import { type ExcelHost, officeExcelHost } from '../excel/host';
import type { AddinVisibility } from './visibility';

export type HostSearch =
  | { kind: 'excel'; host: ExcelHost; addin: AddinVisibility | null }
  | { kind: 'no-office'; addin: null }
  | { kind: 'not-excel'; addin: AddinVisibility | null };

export async function findHost(): Promise<HostSearch> {
  if (typeof Office === 'undefined') return { kind: 'no-office', addin: null };
  try {
    const info = await Office.onReady();
    const addin = (Office as unknown as { addin?: AddinVisibility }).addin ?? null;
    return info.host === Office.HostType.Excel ? { kind: 'excel', host: officeExcelHost(), addin } : { kind: 'not-excel', addin };
  } catch (error) {
    console.error('DTI: Office.onReady failed', error);
    return { kind: 'not-excel', addin: null };
  }
}
