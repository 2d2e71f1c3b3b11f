/**
 * dist/web/index.html's one script, inlined in the page (webpack.web.config.js):
 * on the page it renders WebApp; started again as a worker from its own text
 * (a blob, which browsers allow even for a page opened from file://, where a
 * worker script file is refused), it holds the workbook and answers the page.
 */
import { workbookService } from './workbook-service';
import type { Reply, Request } from './worker-protocol';

declare const WorkerGlobalScope: unknown;

const inWorker = typeof WorkerGlobalScope !== 'undefined' && typeof document === 'undefined';

if (inWorker) {
  const scope = self as unknown as { postMessage(reply: Reply): void; onmessage: ((e: MessageEvent<Request>) => void) | null };
  const handle = workbookService((reply) => scope.postMessage(reply));
  scope.onmessage = (e) => void handle(e.data);
} else {
  // Read now: document.currentScript is only set while the script first runs.
  const source = document.currentScript?.textContent || null;
  const root = document.getElementById('root');
  if (root) void import('./page').then(({ mountPage }) => mountPage(root, typeof Worker === 'function' ? source : null));
}
