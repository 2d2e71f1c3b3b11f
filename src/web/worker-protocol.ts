/**
 * Messages between the page and the worker that holds the workbook. Every
 * command of the pane (src/taskpane/pane-commands.ts) runs in the worker on its
 * FilePort: its `port` argument is dropped, its progress (`steps`) comes back
 * as progress messages, and what it delivers (a file to download) comes back
 * with the result. Bytes are transferred, not copied.
 */
import type { Bilingual } from '../core/i18n';
import type { CommandName } from '../taskpane/pane-commands';

export type PortMethod = 'sheetNames' | 'readSheets' | 'readAll' | 'readMapping' | 'writeMapping' | 'apply';

export type Request =
  | { id: number; op: 'open'; bytes: ArrayBuffer; name: string }
  | { id: number; op: 'snapshot' }
  | { id: number; op: 'port'; method: PortMethod; args: unknown[] }
  | { id: number; op: 'command'; name: CommandName; args: unknown[] }
  | { id: number; op: 'save' };

export type Step = 'reading' | 'writing';

export interface Delivered {
  bytes: Uint8Array;
  name: string;
}

export type Reply =
  | { id: number; kind: 'progress'; step: Step; done: number; total: number }
  | { id: number; kind: 'done'; value: unknown; delivered: Delivered[]; changed: boolean }
  | { id: number; kind: 'failed'; error: Bilingual };

/** Stand-ins for a command's function arguments, which cannot be posted. */
export const STEPS_ARG = '\u0000dti:steps';
export const DELIVER_ARG = '\u0000dti:deliver';
