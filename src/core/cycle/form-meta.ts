/**
 * What a unit's form says about itself, in a custom XML part of its own
 * namespace (the same way the tracker keeps its DTI record): the month, the
 * unit, the fingerprint of the plan it was made from, and the indicator of
 * each form row. The merge trusts the form's cells only where they agree with it.
 */
import * as z from 'zod/mini';
import { escapeXml } from '../mapping-xml';
import { type Message, message, schemaProblem } from '../messages';
import { readRecordXml } from '../record-xml';

export const FORM_NAMESPACE = 'urn:dti-excel:form:v1';

export const FormRowMetaSchema = z.object({
  /** The indicator's history key in the tracker (sheet or month-sheet family, id, name). */
  key: z.string(),
  id: z.nullable(z.string()),
  name: z.string(),
});
export type FormRowMeta = z.infer<typeof FormRowMetaSchema>;

export const FormMetaSchema = z.object({
  version: z.literal(1),
  /** "2026-11". */
  month: z.string().check(z.regex(/^\d{4}-\d{2}$/)),
  unit: z.string().check(z.minLength(1)),
  /** See planFingerprint: the tracker's plan the form was made from. */
  fingerprint: z.string(),
  /** The day of the month the form is due. */
  deadlineDay: z.int().check(z.minimum(1), z.maximum(31)),
  madeAt: z.string(),
  /** One entry per form row, in order from the form's first row. */
  rows: z.array(FormRowMetaSchema),
});
export type FormMeta = z.infer<typeof FormMetaSchema>;

export function formMetaToXml(meta: FormMeta): string {
  return `<?xml version="1.0" encoding="UTF-8"?><dtiForm xmlns="${FORM_NAMESPACE}">${escapeXml(JSON.stringify(meta))}</dtiForm>`;
}

/** null when the XML is not a form part; `error` when it is one but damaged. */
export function formMetaFromXml(xml: string): { meta: FormMeta } | { error: Message } | null {
  const read = readRecordXml(xml);
  if (read.kind === 'none' || read.root.local !== 'dtiForm' || read.root.namespace !== FORM_NAMESPACE) return null;
  if (read.kind === 'damaged') return { error: message('form-record.damaged-xml') };
  return formMetaFromJson(read.text);
}

/**
 * The same record kept in a very hidden sheet of the form, column A: a
 * program that drops custom XML parts on saving (LibreOffice, some libraries)
 * keeps sheets, so a form saved there is still known.
 */
export const FORM_META_SHEET = 'DTI_Phieu';
export const FORM_META_CHUNK = 30000;

export function formMetaFromJson(json: string): { meta: FormMeta } | { error: Message } {
  try {
    const parsed = FormMetaSchema.safeParse(JSON.parse(json));
    return parsed.success ? { meta: parsed.data } : { error: message('form-record.invalid', schemaProblem(parsed.error.issues[0])) };
  } catch {
    return { error: message('form-record.not-json') };
  }
}
