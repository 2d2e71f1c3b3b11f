/**
 * The worker's side: holds the open file (FilePort) and answers the page's
 * requests (worker-protocol.ts). The same code runs on the page itself when the
 * browser refuses a worker.
 */
import { bi } from '../core/i18n';
import { snapshotOf } from '../ports/load-snapshot';
import { userMessage } from '../excel/errors';
import { FileError } from '../files/file-error';
import { LOCAL_COMMANDS } from '../taskpane/pane-commands';
import { FilePort } from './file-port';
import { type Delivered, DELIVER_ARG, type Reply, type Request, STEPS_ARG } from './worker-protocol';

export type Post = (reply: Reply) => void;

const NO_FILE = bi('Chưa mở tệp nào.', 'No file is open.');

export function workbookService(post: Post): (request: Request) => Promise<void> {
  let file: FilePort | null = null;
  const opened = (): FilePort => {
    if (!file) throw new FileError(NO_FILE);
    return file;
  };

  // One at a time: a download asked for while a command writes gets the workbook once it is written.
  let queue = Promise.resolve();
  return (request) => (queue = queue.then(() => handle(request)));

  async function handle(request: Request): Promise<void> {
    const { id } = request;
    const delivered: Delivered[] = [];
    const progress = (step: 'reading' | 'writing') => (done: number, total: number) => post({ id, kind: 'progress', step, done, total });
    try {
      let value: unknown;
      if (request.op === 'open') {
        // The file open so far stays open if this one cannot be read.
        const next = await FilePort.open(new Uint8Array(request.bytes), request.name);
        file = next;
        value = next.name;
      } else if (request.op === 'snapshot') {
        const port = opened();
        value = snapshotOf(await port.readAll(progress('reading')));
      } else if (request.op === 'port') {
        const port = opened();
        const method = port[request.method] as (...args: unknown[]) => Promise<unknown>;
        const args = request.method === 'readAll' ? [progress('reading')] : request.method === 'apply' ? [request.args[0], progress('writing'), request.args[2]] : request.args;
        value = await method.apply(port, args);
      } else if (request.op === 'command') {
        const port = opened();
        const args = request.args.map((a) =>
          a === STEPS_ARG ? { reading: progress('reading'), writing: progress('writing') } : a === DELIVER_ARG ? (bytes: Uint8Array, name: string) => delivered.push({ bytes, name }) : a,
        );
        const command = LOCAL_COMMANDS[request.name] as (...args: unknown[]) => Promise<unknown>;
        value = await command(port, ...args);
      } else {
        const bytes = await opened().save();
        delivered.push({ bytes, name: opened().name });
      }
      // Copied, not transferred: a workbook saved unchanged delivers the very bytes it reads from.
      post({ id, kind: 'done', value, delivered, changed: file?.changed ?? false });
    } catch (error) {
      post({ id, kind: 'failed', error: error instanceof FileError ? error.text : userMessage(error) });
    }
  }
}
