/**
 * When the pane is shown. In a shared runtime Excel may start the page only for
 * the DTI.* functions, hidden: nothing of the pane is loaded then, and no sheet
 * is read, until the user opens it. Shown means the document is visible and has
 * a size (a hidden frame, as Excel on the web may keep the runtime in, has none),
 * or Office says the add-in is now a task pane (Office.addin, SharedRuntime 1.1),
 * whichever comes first.
 */

/** What is read of `document`. */
export interface PageVisibility {
  readonly visibilityState: string;
  addEventListener(type: 'visibilitychange', listener: () => void): void;
  removeEventListener(type: 'visibilitychange', listener: () => void): void;
}

/** What is read of `window`. */
export interface ViewSize {
  readonly innerWidth: number;
  readonly innerHeight: number;
  addEventListener(type: 'resize', listener: () => void): void;
  removeEventListener(type: 'resize', listener: () => void): void;
}

/** What is used of Office.addin (absent without a shared runtime). */
export interface AddinVisibility {
  onVisibilityModeChanged(handler: (message: { visibilityMode: string }) => void): Promise<unknown> | void;
}

export function whenShown(page: PageVisibility, view: ViewSize, addin: AddinVisibility | null): Promise<void> {
  return new Promise((resolve) => {
    const visible = (): boolean => page.visibilityState === 'visible' && view.innerWidth > 0 && view.innerHeight > 0;
    const shown = (): void => {
      page.removeEventListener('visibilitychange', check);
      view.removeEventListener('resize', check);
      resolve();
    };
    const check = (): void => {
      if (visible()) shown();
    };
    if (visible()) return shown();
    page.addEventListener('visibilitychange', check);
    view.addEventListener('resize', check);
    // Without the shared runtime's API (or if it fails) the page's own visibility is enough.
    try {
      const registered = addin?.onVisibilityModeChanged((message) => {
        if (message.visibilityMode === 'Taskpane') shown();
      });
      if (registered) registered.catch(() => undefined);
    } catch {
      // as above
    }
  });
}
