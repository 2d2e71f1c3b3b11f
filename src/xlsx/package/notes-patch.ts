/**
 * Cell notes (legacy comments) of a `cells` plan: the comments part of the
 * sheet (xl/commentsN.xml) and the VML drawing Excel shows them with. The
 * add-in's notes have the author "DTI": a plan replaces or removes only those;
 * a user's comment stays, even on a cell the plan would note (one note a cell).
 * A sheet without comments gets the two parts, their relationships, their
 * content types and a <legacyDrawing>; a sheet whose last note was the
 * add-in's loses them again (when its drawing holds nothing else).
 */
import { columnLetters } from '../../core/grid';
import type { ContentTypes } from './content-types';
import { NS } from './namespaces';
import type { PackageEdit } from './opc-package';
import { Relationships } from './relationships';
import { WORKSHEET_ORDER, insertInOrder } from './schema-order';
import { SheetDocument } from './sheet-document';
import { XmlPatch, escapeAttr } from './xml-patch';

export const NOTE_AUTHOR = 'DTI';

const COMMENTS_REL = `${NS.rel}/comments`;
const VML_REL = `${NS.rel}/vmlDrawing`;
const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
const VML_TYPE = 'application/vnd.openxmlformats-officedocument.vmlDrawing';

interface Comment {
  ref: string;
  ours: boolean;
  /** The element as written (kept byte for byte when it stays). */
  xml: string;
}

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Applies the plan's notes to the sheet part at `sheetPath` (already patched for cells). */
export async function patchNotes(edit: PackageEdit, types: ContentTypes, sheetPath: string, notes: Map<string, string | null>): Promise<void> {
  if (notes.size === 0) return;
  const rels = await Relationships.load(edit, sheetPath);
  const commentsPart = rels.ofType(COMMENTS_REL)[0]?.part ?? null;
  const commentsXml = commentsPart ? await edit.read(commentsPart) : null;
  if (commentsXml === null && [...notes.values()].every((n) => n === null)) return;

  const parsed = commentsXml ? parseComments(commentsXml) : { rootOpen: null, prefix: '', authors: [] as string[], comments: [] as Comment[] };
  const theirs = parsed.comments.filter((c) => !c.ours || !notes.has(c.ref));
  const keptRefs = new Set(theirs.map((c) => c.ref.toUpperCase()));
  const added = [...notes].filter((e): e is [string, string] => e[1] !== null && !keptRefs.has(e[0].toUpperCase()));
  const removedOurs = parsed.comments.filter((c) => c.ours && notes.has(c.ref)).map((c) => c.ref);

  let authors = parsed.authors;
  if (added.length > 0 && !authors.includes(NOTE_AUTHOR)) authors = [...authors, NOTE_AUTHOR];
  const p = parsed.prefix ? `${parsed.prefix}:` : '';
  const ourId = authors.indexOf(NOTE_AUTHOR);
  const newComments = added.map(
    ([ref, text]) => `<${p}comment ref="${ref}" authorId="${ourId}"><${p}text><${p}r><${p}t xml:space="preserve">${escapeText(text)}</${p}t></${p}r></${p}text></${p}comment>`,
  );
  const allComments = [...theirs.map((c) => c.xml), ...newComments];

  const sheetXml = (await edit.read(sheetPath))!;
  const doc = new SheetDocument(sheetPath, sheetXml);
  const legacy = doc.child('legacyDrawing');
  const vmlId = legacy ? (legacy.attrs['r:id'] ?? Object.entries(legacy.attrs).find(([k]) => k.endsWith(':id'))?.[1]) : undefined;
  const vmlPart = (vmlId ? rels.byId(vmlId)?.part : rels.ofType(VML_REL)[0]?.part) ?? null;
  const vmlXml = vmlPart ? await edit.read(vmlPart) : null;
  const why = "the add-in's cell notes (which target each plain formula encodes)";

  if (allComments.length === 0 && commentsPart) {
    // No note left: the comments part goes, and the drawing too when it held only notes.
    edit.remove(commentsPart, why);
    types.removeOverride(commentsPart);
    for (const r of rels.ofType(COMMENTS_REL)) rels.remove(r.id);
    const rest = vmlXml ? removeShapes(vmlXml, removedOurs) : null;
    if (vmlPart && rest !== null && !/<v:shape\b/.test(rest)) {
      edit.remove(vmlPart, why);
      for (const r of rels.list().filter((x) => x.part === vmlPart)) rels.remove(r.id);
      if (legacy) {
        const patch = new XmlPatch(sheetXml);
        patch.remove(legacy);
        await edit.write(sheetPath, patch.toString(), why);
      }
    } else if (vmlPart && rest !== null && rest !== vmlXml) {
      await edit.write(vmlPart, rest, why);
    }
    await rels.save(edit, why);
    return;
  }
  if (added.length === 0 && removedOurs.length === 0) return;

  const root = parsed.rootOpen ?? `<comments xmlns="${NS.main}">`;
  const close = parsed.rootOpen ? `</${p}comments>` : '</comments>';
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${root}<${p}authors>${authors.map((a) => `<${p}author>${escapeText(a)}</${p}author>`).join('')}</${p}authors><${p}commentList>${allComments.join('')}</${p}commentList>${close}`;
  const target = commentsPart ?? freePart(edit, 'xl/comments', '.xml');
  await edit.write(target, xml, why);
  types.setOverride(target, COMMENTS_TYPE);
  if (!commentsPart) rels.add(COMMENTS_REL, target);

  let vml = vmlXml ?? EMPTY_VML;
  vml = removeShapes(vml, removedOurs);
  if (!vml.includes('_x0000_t202')) vml = vml.replace(/<\/xml>\s*$/, `${NOTE_SHAPETYPE}</xml>`);
  let next = Math.max(1024, ...[...vml.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1]))) + 1;
  const shapes = added.map(([ref]) => noteShape(ref, next++)).join('');
  vml = vml.replace(/<\/xml>\s*$/, `${shapes}</xml>`);
  const vmlTarget = vmlPart ?? freePart(edit, 'xl/drawings/vmlDrawing', '.vml');
  await edit.write(vmlTarget, vml, why);
  types.ensureDefault('vml', VML_TYPE);
  if (!vmlPart) {
    const id = rels.add(VML_REL, vmlTarget);
    const patch = new XmlPatch(sheetXml);
    const name = doc.prefix ? `${doc.prefix}:legacyDrawing` : 'legacyDrawing';
    insertInOrder(patch, doc.root, WORKSHEET_ORDER, 'legacyDrawing', `<${name} xmlns:r="${NS.rel}" r:id="${escapeAttr(id)}"/>`);
    await edit.write(sheetPath, patch.toString(), why);
  }
  await rels.save(edit, why);
}

function freePart(edit: PackageEdit, base: string, ext: string): string {
  let n = 1;
  while (edit.has(`${base}${n}${ext}`)) n++;
  return `${base}${n}${ext}`;
}

function parseComments(xml: string): { rootOpen: string | null; prefix: string; authors: string[]; comments: Comment[] } {
  const root = /<(?:(\w+):)?comments\b[^>]*>/.exec(xml);
  const prefix = root?.[1] ?? '';
  const p = prefix ? `${prefix}:` : '';
  const authors = [...xml.matchAll(new RegExp(`<${p}author>([\\s\\S]*?)</${p}author>|<${p}author/>`, 'g'))].map((m) => unescape(m[1] ?? ''));
  const comments: Comment[] = [];
  for (const m of xml.matchAll(new RegExp(`<${p}comment\\b([^>]*?)(?:/>|>[\\s\\S]*?</${p}comment>)`, 'g'))) {
    const ref = /\bref="([^"]*)"/.exec(m[1]!)?.[1] ?? '';
    const authorId = Number(/\bauthorId="(\d+)"/.exec(m[1]!)?.[1] ?? -1);
    comments.push({ ref, ours: authors[authorId] === NOTE_AUTHOR, xml: m[0] });
  }
  return { rootOpen: root?.[0] ?? null, prefix, authors, comments };
}

function unescape(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** The drawing without the note shapes of the given cells. */
function removeShapes(vml: string, refs: readonly string[]): string {
  if (refs.length === 0) return vml;
  const cells = new Set(refs.map((r) => r.toUpperCase()));
  return vml.replace(/<v:shape\b[\s\S]*?<\/v:shape>/g, (shape) => {
    if (!/ObjectType="Note"/.test(shape)) return shape;
    const row = /<x:Row>(\d+)<\/x:Row>/.exec(shape)?.[1];
    const col = /<x:Column>(\d+)<\/x:Column>/.exec(shape)?.[1];
    if (row === undefined || col === undefined) return shape;
    return cells.has(`${columnLetters(Number(col))}${Number(row) + 1}`) ? '' : shape;
  });
}

const NOTE_SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

const EMPTY_VML = `<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"><o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>${NOTE_SHAPETYPE}</xml>`;

/** A hidden note box next to its cell, as Excel draws one. */
function noteShape(ref: string, id: number): string {
  const m = /^([A-Z]+)(\d+)$/i.exec(ref)!;
  const letters = m[1]!.toUpperCase();
  let col = 0;
  for (const ch of letters) col = col * 26 + (ch.charCodeAt(0) - 64);
  col -= 1;
  const row = Number(m[2]) - 1;
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:60pt;margin-top:2pt;width:220pt;height:80pt;z-index:${id};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/><v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${Math.max(0, row - 1)}, 2, ${col + 4}, 15, ${row + 4}, 2</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}
