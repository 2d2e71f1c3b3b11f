/** The name, scoped to an own sheet and hidden, that holds its token (see own-sheets.ts). */
export const OWN_SHEET_NAME = 'DTI_OWN';
