/**
 * The commands the pane's buttons run, as one object: the task pane runs them
 * here; the web page (src/web) runs the same functions in its worker, next to
 * the workbook, and passes App a stand-in with the same signatures. Here each
 * command's code loads on its first press (command-buttons.ts, cycle-buttons.ts).
 */
import { makeMonthlyReport, makeSendCopy, saveMapping, saveSheetChoice, writeStatusColumns } from './command-buttons';
import { makeUnitForms, mergeUnitForms } from './cycle-buttons';

export const LOCAL_COMMANDS = { saveSheetChoice, saveMapping, writeStatusColumns, makeMonthlyReport, makeSendCopy, makeUnitForms, mergeUnitForms };

export type PaneCommands = typeof LOCAL_COMMANDS;
export type CommandName = keyof PaneCommands;
