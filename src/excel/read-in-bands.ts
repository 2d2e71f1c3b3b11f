/** The band read (read-bands.ts), loaded only when a workbook is too large for one response. */
export function readInBands(): Promise<typeof import('./read-bands')> {
  return import(/* webpackChunkName: "read-bands" */ './read-bands');
}
