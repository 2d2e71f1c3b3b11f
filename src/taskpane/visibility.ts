/**
 * When the pane is shown. In a shared runtime Excel may start the page only for
 * the DTI.* functions, hidden: nothing of the pane is loaded then, and no sheet
 * is read, until the user opens it. Shown means the document is visible or
 * Office says the add-in is now a task pane (Office.addin, SharedRuntime 1.1),
 * whichever comes first.
 */

/** What is read of `document`. */
export interface PageVisibility {
  readonly visibilityState: string;
  addEventListener(type: 'visibilitychange', listener: () => void): void;
  removeEventListener(type: 'visibilitychange', listener: () => void): void;
}

/** What is used of Office.addin (absent without a shared runtime). */
export interface AddinVisibility {
  onVisibilityModeChanged(handler: (message: { visibilityMode: string }) => void): Promise<unknown> | void;
}

export function whenShown(page: PageVisibility, addin: AddinVisibility | null): Promise<void> {
  return new Promise((shown) => {
    if (page.visibilityState === 'visible') return shown();
    const onChange = (): void => {
      if (page.visibilityState !== 'visible') return;
      page.removeEventListener('visibilitychange', onChange);
      shown();
    };
    page.addEventListener('visibilitychange', onChange);
    // Without the shared runtime's API (or if it fails) the document's visibility is enough.
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
