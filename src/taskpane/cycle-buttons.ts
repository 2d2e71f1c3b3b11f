/**
 * The monthly cycle's buttons as the pane calls them: cycle-commands.ts (the
 * forms, the merge and the report's history it needs) is loaded only when one
 * is pressed, so the pane opens without it.
 */
import type { MergeFormsOutcome } from './cycle-commands';

type Commands = typeof import('./cycle-commands');

const load = (): Promise<Commands> => import(/* webpackChunkName: "cycle" */ './cycle-commands');

export async function makeUnitForms(...args: Parameters<Commands['makeUnitForms']>): ReturnType<Commands['makeUnitForms']> {
  return (await load()).makeUnitForms(...args);
}

export async function mergeUnitForms(...args: Parameters<Commands['mergeUnitForms']>): Promise<MergeFormsOutcome> {
  return (await load()).mergeUnitForms(...args);
}
