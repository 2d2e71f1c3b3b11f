/** Namespaces and relationship types of the parts the writer reads or changes (transitional OOXML, as Excel writes it). */
export const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  packageRels: 'http://schemas.openxmlformats.org/package/2006/relationships',
  contentTypes: 'http://schemas.openxmlformats.org/package/2006/content-types',
} as const;

const OFFICE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export const REL_TYPE = {
  officeDocument: `${OFFICE_REL}/officeDocument`,
  worksheet: `${OFFICE_REL}/worksheet`,
  styles: `${OFFICE_REL}/styles`,
  sharedStrings: `${OFFICE_REL}/sharedStrings`,
  calcChain: `${OFFICE_REL}/calcChain`,
  table: `${OFFICE_REL}/table`,
  customXml: `${OFFICE_REL}/customXml`,
  customXmlProps: `${OFFICE_REL}/customXmlProps`,
} as const;

export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  customXmlProps: 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml',
  xml: 'application/xml',
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
} as const;

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
