import { useCallback, useEffect, useRef, useState } from 'react';
import type { Bilingual } from '../core/i18n';
import { userMessage } from '../excel/errors';
import { loadSnapshot } from '../ports/load-snapshot';
import { type Snapshot } from '../core/workbook/snapshot';
import { type TaskpanePort } from './workbook-session';

export interface Notice {
  intent: 'success' | 'warning' | 'error' | 'info';
  text: Bilingual;
  items?: Bilingual[];
}

export interface WorkbookState {
  snapshot: Snapshot | null;
  busy: 'loading' | 'working' | null;
  /** 0–1 while writing, null otherwise. */
  progress: number | null;
  notice: Notice | null;
  setNotice(notice: Notice | null): void;
  reload(): Promise<void>;
  /** Runs a piece of work with the busy state, turns any error into plain words, reloads when asked. */
  work(fn: (report: (done: number, total: number) => void) => Promise<Notice | null>, reload?: boolean): Promise<void>;
}

export function useWorkbook(port: TaskpanePort): WorkbookState {
  const [snapshot, setSnapshot] = useState<Snapshot | null>(null);
  const [busy, setBusy] = useState<WorkbookState['busy']>('loading');
  const [progress, setProgress] = useState<number | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const alive = useRef(true);

  const read = useCallback(async () => {
    const next = await loadSnapshot(port);
    if (alive.current) setSnapshot(next);
  }, [port]);

  const reload = useCallback(async () => {
    setBusy('loading');
    try {
      await read();
    } catch (error) {
      setNotice({ intent: 'error', text: userMessage(error) });
    } finally {
      if (alive.current) setBusy(null);
    }
  }, [read]);

  const work = useCallback<WorkbookState['work']>(
    async (fn, again = false) => {
      setBusy('working');
      setProgress(0);
      setNotice(null);
      try {
        const result = await fn((done, total) => alive.current && setProgress(total > 0 ? done / total : null));
        if (again) await read();
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
    [read],
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
