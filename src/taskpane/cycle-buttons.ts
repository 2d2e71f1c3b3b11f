/**
 * The monthly cycle's buttons as the pane calls them: cycle-commands.ts (the
 * forms, the merge and the report's history it needs) is loaded only when one
 * is pressed, so the pane opens without it.
 */
import { onFirstCall } from './on-demand';

const load = () => import(/* webpackChunkName: "cycle" */ './cycle-commands');

export const makeUnitForms = onFirstCall(load, 'makeUnitForms');
export const mergeUnitForms = onFirstCall(load, 'mergeUnitForms');
