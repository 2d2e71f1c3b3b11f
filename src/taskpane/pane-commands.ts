/**
 * The commands the pane's buttons run, as one object: the task pane runs them
 * here; the web page (src/web) runs the same functions in its worker, next to
 * the workbook, and passes App a stand-in with the same signatures.
 */
import { makeMonthlyReport, makeSendCopy, saveMapping, saveSheetChoice, writeStatusColumns } from './commands';
import { makeUnitForms, mergeUnitForms } from './cycle-buttons';

export const LOCAL_COMMANDS = { saveSheetChoice, saveMapping, writeStatusColumns, makeMonthlyReport, makeSendCopy, makeUnitForms, mergeUnitForms };

export type PaneCommands = typeof LOCAL_COMMANDS;
export type CommandName = keyof PaneCommands;
