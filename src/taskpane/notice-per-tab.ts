import { useState } from 'react';
import type { TabId } from './PaneTabs';
import type { Notice, WorkbookState } from './use-workbook';

/**
 * The workbook state with each notice kept to the tab it came from: a command's
 * notice shows on the tab it was started from, a failed read (with its retry)
 * on every tab. `shown` is the notice for the tab open now, if any.
 */
export function useNoticePerTab(workbook: WorkbookState, tab: TabId): { state: WorkbookState; shown: Notice | null } {
  const [from, setFrom] = useState<TabId | null>(null);
  const state: WorkbookState = {
    ...workbook,
    work: (fn, reload) => {
      setFrom(tab);
      return workbook.work(fn, reload);
    },
    setNotice: (notice) => {
      setFrom(tab);
      workbook.setNotice(notice);
    },
    reload: () => {
      setFrom(null);
      return workbook.reload();
    },
  };
  const notice = workbook.notice;
  return { state, shown: notice && (from === null || from === tab || notice.retry) ? notice : null };
}
