/** The namespace of the add-in's custom XML part (its record: the mapping and the own-sheet list). */
export const MAPPING_NAMESPACE = 'urn:dti-excel:mapping:v1';
