import { useCallback, useEffect, useRef, useState } from 'react';
import type { Bilingual } from '../core/i18n';
import { userMessage } from '../excel/errors';
import { type Snapshot } from '../core/workbook/snapshot';
import type { Steps } from './commands';
import { readCurrent, type TaskpanePort } from './workbook-session';

export interface Notice {
  intent: 'success' | 'warning' | 'error' | 'info';
  text: Bilingual;
  items?: Bilingual[];
  /** The workbook could not be read: the notice offers to read it again. */
  retry?: boolean;
}

/** What the pane is doing with the workbook, and how far it is (0–1; null while not known). */
export interface Activity {
  phase: 'reading' | 'writing';
  value: number | null;
}

export interface WorkbookState {
  /** What the pane shows. Commands never plan from it: they read the workbook again first. */
  snapshot: Snapshot | null;
  busy: 'loading' | 'working' | null;
  progress: Activity | null;
  notice: Notice | null;
  setNotice(notice: Notice | null): void;
  reload(): Promise<void>;
  /**
   * Runs a command with the busy state and its progress (re-reading, then
   * writing), turns any error into plain words, and reads the workbook again
   * afterwards when asked, so the pane shows what was written. A command that
   * returns no notice did nothing (it has a question for the user first): then
   * there is nothing to read again.
   */
  work(fn: (steps: Steps) => Promise<Notice | null>, reload?: boolean): Promise<void>;
}

export function useWorkbook(port: TaskpanePort): WorkbookState {
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [busy, setBusy] = useState<WorkbookState['busy']>('loading');
  const [progress, setProgress] = useState<Activity | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const alive = useRef(true);

  const track = useCallback(
    (phase: Activity['phase']) => (done: number, total: number) => {
      // Nothing done yet: an indeterminate bar, which moves, rather than an empty one.
      if (alive.current) setProgress({ phase, value: total > 0 && done > 0 ? done / total : null });
    },
    [],
  );

  const read = useCallback(async () => {
    const next = await readCurrent(port, track('reading'));
    if (alive.current) setSnapshot(next);
  }, [port, track]);

  const reload = useCallback(async () => {
    setBusy('loading');
    setNotice(null);
    try {
      await read();
    } catch (error) {
      if (alive.current) setNotice({ intent: 'error', text: userMessage(error), retry: true });
    } finally {
      if (alive.current) {
        setBusy(null);
        setProgress(null);
      }
    }
  }, [read]);

  const work = useCallback<WorkbookState['work']>(
    async (fn, again = false) => {
      setBusy('working');
      // Every command first reads the workbook as it is now (commands.ts): the bar says so from the start, also while the command's code loads.
      setProgress({ phase: 'reading', value: null });
      setNotice(null);
      try {
        const result = await fn({ reading: track('reading'), writing: track('writing') });
        if (again && result !== null) await read();
        if (alive.current) setNotice(result);
      } catch (error) {
        if (alive.current) setNotice({ intent: 'error', text: userMessage(error) });
      } finally {
        if (alive.current) {
          setBusy(null);
          setProgress(null);
        }
      }
    },
    [read, track],
  );

  useEffect(() => {
    alive.current = true;
    void reload();
    return () => {
      alive.current = false;
    };
  }, [reload]);

  return { snapshot, busy, progress, notice, setNotice, reload, work };
}
