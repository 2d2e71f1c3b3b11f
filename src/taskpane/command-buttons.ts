/**
 * The pane's commands as its buttons call them: commands.ts (with the planning
 * of status columns, mappings and reports it imports) loads on the first press,
 * prefetched in idle time once the pane is open, so the pane opens without it.
 */
import { onFirstCall } from './on-demand';

const load = () => import(/* webpackChunkName: "commands", webpackPrefetch: true */ './commands');

export const saveSheetChoice = onFirstCall(load, 'saveSheetChoice');
export const saveMapping = onFirstCall(load, 'saveMapping');
export const writeStatusColumns = onFirstCall(load, 'writeStatusColumns');
export const makeMonthlyReport = onFirstCall(load, 'makeMonthlyReport');
export const makeSendCopy = onFirstCall(load, 'makeSendCopy');
