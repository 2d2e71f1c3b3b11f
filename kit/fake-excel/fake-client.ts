/**
 * Load/sync semantics of Office.js, faked: every call queues an operation,
 * `context.sync()` runs the queue in order (loads take their snapshot at their
 * place in the queue), and a property read before its load has been synced
 * throws, as a real proxy object does.
 */
import type { FakeWorkbook } from './fake-workbook';

export class FakeOfficeError extends Error {
  constructor(
    public code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

/** Excel on the web refuses a request (or a response) above 5 MB. */
export const REQUEST_LIMIT = 5 * 1024 * 1024;

/**
 * What one queued action costs in the request besides its data: Office.js sends
 * each action and each proxy object's path as a JSON record ({"Id":…,
 * "ActionType":…,"Name":…,"ObjectPathId":…,"ArgumentInfo":…}), about 100 bytes each.
 */
export const ACTION_BYTES = 100;
export const PATH_BYTES = 100;

const encoder = new TextEncoder();

/** Bytes of a value as JSON in UTF-8 (what goes over the wire: "ộ" is 3 bytes). */
export function jsonBytes(data: unknown): number {
  return encoder.encode(JSON.stringify(data) ?? '').length;
}

/** "1.10" after "1.9": requirement-set versions compared part by part. */
export function compareVersions(a: string, b: string): number {
  const [a1 = 0, a2 = 0] = a.split('.').map(Number);
  const [b1 = 0, b2 = 0] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
}

export class FakeContext {
  private queue: Array<() => void> = [];
  private bytes = 0;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  /** `excelApi`: the highest ExcelApi version this Excel has (see `requires`). */
  constructor(
    readonly state: FakeWorkbook,
    readonly excelApi = '1.17',
  ) {}

  /**
   * A member above the pane's minimum (ExcelApi 1.4, PANE_EXCEL_API) that this Excel
   * lacks throws, as office.js does when the host has no such API; members at or
   * below the minimum are not checked (the pane refuses to run below it).
   */
  requires(version: string, member: string): void {
    if (compareVersions(version, this.excelApi) > 0) {
      throw new FakeOfficeError('ApiNotFound', `${member} needs ExcelApi ${version}; this Excel has ExcelApi ${this.excelApi}.`);
    }
  }

  private responseBytes = 0;

  /** Queues one action; it counts toward the request's size. */
  enqueue(op: () => void): void {
    this.queue.push(op);
    this.bytes += ACTION_BYTES;
  }

  /** Counts the data of a write (values, formulas, formats) toward this request's size. */
  payload(data: unknown): void {
    this.bytes += jsonBytes(data);
  }

  /** Counts a new proxy object (its object path) toward this request's size. */
  path(): void {
    this.bytes += PATH_BYTES;
  }

  /** Counts what a load brings back toward this sync's response size. */
  response(data: unknown): void {
    this.responseBytes += jsonBytes(data);
  }

  get pending(): boolean {
    return this.queue.length > 0;
  }

  async sync(): Promise<void> {
    this.state.syncs += 1;
    const ops = this.queue;
    const bytes = this.bytes;
    this.queue = [];
    this.bytes = 0;
    this.responseBytes = 0;
    this.state.largestRequest = Math.max(this.state.largestRequest, bytes);
    this.state.requests.push(bytes);
    if (bytes > REQUEST_LIMIT) throw new FakeOfficeError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    for (const op of ops) op();
    this.state.responses.push(this.responseBytes);
    this.state.largestResponse = Math.max(this.state.largestResponse, this.responseBytes);
    if (this.responseBytes > REQUEST_LIMIT) throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
  }
}

/** A proxy object: `load` then `sync` before reading its properties. */
export abstract class FakeClientObject {
  private loaded: Record<string, unknown> | null = null;
  private nullChecked: boolean | null = null;

  constructor(readonly context: FakeContext) {
    context.path();
  }

  /** The properties a load without arguments brings. */
  protected abstract scalarNames(): string[];
  /** Current value of a property (called at sync time). */
  protected abstract snapshot(name: string): unknown;
  /** True when the object this proxy stands for does not exist (an *OrNullObject result). */
  protected isMissing(): boolean {
    return false;
  }

  load(spec?: string | string[] | Record<string, unknown>): this {
    const names = parseSpec(spec, this.scalarNames());
    this.context.enqueue(() => {
      const missing = this.isMissing();
      const fresh: Record<string, unknown> = {};
      for (const name of names) fresh[name] = missing ? null : this.snapshot(name);
      this.loaded = { ...(this.loaded ?? {}), ...fresh };
      this.context.response(fresh);
    });
    this.trackNull();
    return this;
  }

  /** Makes isNullObject readable after the next sync (as for every *OrNullObject result). */
  protected trackNull(): void {
    this.context.enqueue(() => {
      this.nullChecked = this.isMissing();
    });
  }

  get isNullObject(): boolean {
    if (this.nullChecked === null) throw new FakeOfficeError('PropertyNotLoaded', 'isNullObject is not available before context.sync().');
    return this.nullChecked;
  }

  /** Properties a collection's load brought with its items ("items/id"). */
  loadedWith(values: Record<string, unknown>): this {
    this.loaded = { ...(this.loaded ?? {}), ...values };
    return this;
  }

  protected read<T>(name: string): T {
    if (!this.loaded || !(name in this.loaded)) {
      throw new FakeOfficeError('PropertyNotLoaded', `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()".`);
    }
    return this.loaded[name] as T;
  }

  toJSON(): Record<string, unknown> {
    return { ...(this.loaded ?? {}) };
  }
}

function parseSpec(spec: string | string[] | Record<string, unknown> | undefined, all: string[]): string[] {
  let names: string[];
  if (spec === undefined) names = all;
  else if (typeof spec === 'string') names = spec.split(',').map((s) => s.trim()).filter(Boolean);
  else if (Array.isArray(spec)) names = spec;
  else names = Object.keys(spec);
  // "items/name" loads the items of a collection (with their names).
  return [...new Set(names.map((n) => (n.startsWith('items/') ? 'items' : n)))];
}

/** The result of a method (getXml()), readable after sync. */
export class FakeClientResult<T> {
  private done = false;
  private result: T | undefined;

  constructor(context: FakeContext, compute: () => T) {
    context.enqueue(() => {
      this.result = compute();
      this.done = true;
    });
  }

  get value(): T {
    if (!this.done) throw new FakeOfficeError('PropertyNotLoaded', 'The value of the result object has not been loaded yet. Call "context.sync()" first.');
    return this.result as T;
  }
}
