import type { Bilingual } from '../i18n';
import { message } from '../messages';

/** The schema fields a sheet column can be mapped to. */
export const FIELD_KEYS = [
  'id',
  'name',
  'unit',
  'target',
  'horizonTarget',
  'owner',
  'upstreamOwner',
  'coordinators',
  'deadline',
  'baseline',
  'actual',
  'numerator',
  'denominator',
  'assessment',
  'notes',
  'basis',
  'tasks',
] as const;

export type FieldKey = (typeof FIELD_KEYS)[number];

/** Each field's label in both languages (the catalogues' "field.label"). */
export const FIELD_LABELS = {} as Record<FieldKey, Bilingual>;
for (const field of FIELD_KEYS) FIELD_LABELS[field] = message('field.label', { field });

/** Fields whose text a PDF paste may break over several lines (continuation rows join them). */
export const TEXT_FIELDS: readonly FieldKey[] = ['name', 'owner', 'upstreamOwner', 'coordinators', 'notes', 'basis', 'tasks', 'target', 'horizonTarget', 'deadline', 'unit'];

/** Fields that carry data of an indicator row (a row with none of them is a section or a note). */
export const DATA_FIELDS: readonly FieldKey[] = ['unit', 'target', 'horizonTarget', 'owner', 'upstreamOwner', 'coordinators', 'deadline', 'baseline', 'actual', 'numerator', 'denominator'];
