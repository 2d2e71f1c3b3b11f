/**
 * The page's side of the worker: starts it, sends requests, and offers App a
 * TaskpanePort and the pane's commands that run there (thin stand-ins: the
 * screens and the commands are the task pane's own).
 */
import { type Bilingual } from '../core/i18n';
import type { Snapshot } from '../core/workbook/snapshot';
import { AdapterError } from '../excel/errors';
import type { WorkbookPort } from '../ports/workbook-port';
import type { Steps } from '../taskpane/commands';
import { type CommandName, LOCAL_COMMANDS, type PaneCommands } from '../taskpane/pane-commands';
import type { Progress, TaskpanePort } from '../taskpane/workbook-session';
import { selectNotice } from './file-port';
import { workbookService } from './workbook-service';
import { type Delivered, DELIVER_ARG, type PortMethod, type Reply, type Request, STEPS_ARG } from './worker-protocol';

type Outgoing = Request extends infer R ? (R extends Request ? Omit<R, 'id'> : never) : never;

interface Pending {
  resolve(reply: Extract<Reply, { kind: 'done' }>): void;
  reject(error: Error): void;
  progress?: Partial<Steps>;
}

/** Where the workbook is worked on: a worker (the page stays responsive), or the page itself when no worker may start. */
export type Place = 'worker' | 'page';

export class WorkbookClient {
  private next = 1;
  private readonly pending = new Map<number, Pending>();
  private send!: (request: Request, transfer: Transferable[]) => void;
  /** Whether the workbook has changes not yet downloaded (as of the last answer). */
  changed = false;
  place: Place = 'worker';

  /** `workerSource` is the page's own script: the worker runs it as a blob, which Chromium allows even from file://. */
  constructor(workerSource: string | null, onChanged: (changed: boolean) => void) {
    const receive = (reply: Reply): void => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      if (reply.kind === 'progress') {
        waiting.progress?.[reply.step]?.(reply.done, reply.total);
        return;
      }
      this.pending.delete(reply.id);
      if (reply.kind === 'failed') return waiting.reject(new AdapterError(reply.error));
      this.changed = reply.changed;
      onChanged(reply.changed);
      waiting.resolve(reply);
    };
    const onPage = (): void => {
      this.place = 'page';
      const handle = workbookService(receive);
      // Asynchronously, as a worker would answer.
      this.send = (request) => void Promise.resolve().then(() => handle(request));
    };
    const worker = workerSource ? startWorker(workerSource) : null;
    if (worker) {
      this.place = 'worker';
      worker.onmessage = (e: MessageEvent<Reply>) => receive(e.data);
      // A worker that failed to start or stopped (out of memory) answers nothing more: the file is opened again on the page.
      worker.onerror = () => {
        worker.terminate();
        onPage();
        this.failAll({ vi: 'Bộ xử lý nền của trang đã dừng (có thể do thiếu bộ nhớ). Hãy chọn lại tệp.', en: "The page's background worker stopped (perhaps out of memory). Choose the file again." });
      };
      this.send = (request, transfer) => worker.postMessage(request, transfer);
    } else {
      onPage();
    }
  }

  call(request: Outgoing, progress?: Partial<Steps>, transfer: Transferable[] = []): Promise<Extract<Reply, { kind: 'done' }>> {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, progress });
      this.send({ ...request, id } as Request, transfer);
    });
  }

  /** Opens the file's bytes (handed over to the worker); the file open before stays open if these cannot be read. */
  async open(bytes: ArrayBuffer, name: string): Promise<void> {
    await this.call({ op: 'open', bytes, name }, undefined, [bytes]);
  }

  /** The workbook as it is now, for "Tải về". */
  async save(): Promise<Uint8Array> {
    return (await this.call({ op: 'save' })).delivered[0]!.bytes;
  }

  private failAll(error: Bilingual): void {
    for (const waiting of this.pending.values()) waiting.reject(new AdapterError(error));
    this.pending.clear();
  }
}

function startWorker(source: string): Worker | null {
  try {
    return new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
  } catch {
    return null;
  }
}

/** App's port: reads and writes go to the worker; selecting a cell says its address. */
export class RemotePort implements TaskpanePort {
  readonly customFunctions = false;

  constructor(private readonly client: WorkbookClient) {}

  private async port<T>(method: PortMethod, args: unknown[], progress?: Partial<Steps>): Promise<T> {
    return (await this.client.call({ op: 'port', method, args }, progress)).value as T;
  }

  sheetNames(): Promise<string[]> {
    return this.port('sheetNames', []);
  }

  readSheets(names?: string[]): ReturnType<WorkbookPort['readSheets']> {
    return this.port('readSheets', names ? [names] : []);
  }

  readAll(onProgress?: Progress): ReturnType<WorkbookPort['readAll']> {
    return this.port('readAll', [], { reading: onProgress });
  }

  readMapping(): ReturnType<WorkbookPort['readMapping']> {
    return this.port('readMapping', []);
  }

  writeMapping(...args: Parameters<WorkbookPort['writeMapping']>): Promise<void> {
    return this.port('writeMapping', args);
  }

  apply(plans: Parameters<WorkbookPort['apply']>[0], onProgress?: Progress, options?: Parameters<WorkbookPort['apply']>[2]): ReturnType<WorkbookPort['apply']> {
    return this.port('apply', [plans, undefined, options], { writing: onProgress });
  }

  async readSnapshot(onProgress?: Progress): Promise<Snapshot> {
    return (await this.client.call({ op: 'snapshot' }, { reading: onProgress })).value as Snapshot;
  }

  async select(sheet: string, address: string): Promise<Bilingual> {
    return selectNotice(sheet, address);
  }
}

/** The pane's commands, each run in the worker: the same functions, the same arguments but the port. */
export function remoteCommands(client: WorkbookClient): PaneCommands {
  const remote = (name: CommandName) =>
    async (_port: TaskpanePort, ...args: unknown[]): Promise<unknown> => {
      let steps: Partial<Steps> | undefined;
      let deliver: ((bytes: Uint8Array, name: string) => void) | undefined;
      const posted = args.map((a) => {
        if (typeof a === 'function') {
          deliver = a as typeof deliver;
          return DELIVER_ARG;
        }
        if (isSteps(a)) {
          steps = a;
          return STEPS_ARG;
        }
        return a;
      });
      const reply = await client.call({ op: 'command', name, args: posted }, steps);
      for (const file of reply.delivered as Delivered[]) deliver?.(file.bytes, file.name);
      return reply.value;
    };
  const names = Object.keys(LOCAL_COMMANDS) as CommandName[];
  return Object.fromEntries(names.map((name) => [name, remote(name)])) as unknown as PaneCommands;
}

function isSteps(value: unknown): value is Steps {
  return typeof value === 'object' && value !== null && typeof (value as Steps).reading === 'function' && typeof (value as Steps).writing === 'function';
}
