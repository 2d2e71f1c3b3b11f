/**
 * The shape of an id (STT) cell: sections are numbered "A", "I.", "1." and their
 * indicators "1.", "1.1", "01". Shapes let a row without data be told apart: a
 * section, or an indicator whose target is still missing.
 */
export type IdShape = 'none' | 'letter' | 'roman' | `number-${number}` | 'other';

const ROMAN = /^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV)\.?$/;

export function idShape(id: string): IdShape {
  const text = id.trim();
  if (!text) return 'none';
  if (ROMAN.test(text)) return 'roman';
  if (/^[A-ZĐ]\.?$/.test(text)) return 'letter';
  const m = /^(\d+(?:\.\d+)*)\.?$/.exec(text);
  if (m) return `number-${m[1]!.split('.').length}`;
  return 'other';
}

export function isSectionShape(shape: IdShape): boolean {
  return shape === 'letter' || shape === 'roman';
}

/** "I. NHÓM CHỈ TIÊU …" → { label: "I", text: "NHÓM CHỈ TIÊU …" }. */
export function splitLeadingLabel(text: string): { label: string | null; text: string } {
  const m = /^\s*((?:[IVX]{1,4}|[A-ZĐ]|\d+(?:\.\d+)*)[.)]?)\s+(.+)$/.exec(text);
  if (!m) return { label: null, text: text.trim() };
  return { label: m[1]!.replace(/[.)]$/, ''), text: m[2]!.trim() };
}
