/**
 * [Content_Types].xml: every new part gets an Override (or a Default for its
 * extension), every removed part loses its Override. Touched only when a part
 * is added or removed.
 */
import { message } from '../../core/messages';
import { NS } from './namespaces';
import type { PackageEdit } from './opc-package';
import { partName } from './part-paths';
import { childrenNamed, indexXml, type XmlElement } from './xml-index';
import { XmlPatch, escapeAttr } from './xml-patch';
import { PackageError } from './package-error';

export const CONTENT_TYPES_PATH = '[Content_Types].xml';

export class ContentTypes {
  private readonly patch: XmlPatch;
  private readonly overrides = new Map<string, { type: string; element: XmlElement | null }>();
  private readonly defaults = new Map<string, string>();
  /** New Overrides by lower-cased part name, written on save. */
  private readonly added = new Map<string, string>();
  /**
   * Overrides of removed parts, taken out on save: a part removed and written
   * again in the same edit (an own sheet's drawing, rewritten) keeps its
   * Override where it was, so a second run gives the same bytes.
   */
  private readonly removing = new Map<string, { type: string; element: XmlElement }>();

  private constructor(
    xml: string,
    private readonly root: XmlElement,
  ) {
    this.patch = new XmlPatch(xml);
    for (const element of childrenNamed(root, 'Override', NS.contentTypes)) {
      this.overrides.set((element.attrs.PartName ?? '').toLowerCase(), { type: element.attrs.ContentType ?? '', element });
    }
    for (const element of childrenNamed(root, 'Default', NS.contentTypes)) {
      this.defaults.set((element.attrs.Extension ?? '').toLowerCase(), element.attrs.ContentType ?? '');
    }
  }

  static async load(edit: PackageEdit): Promise<ContentTypes> {
    const xml = await edit.read(CONTENT_TYPES_PATH);
    if (xml === null) throw new PackageError(message('package.no-content-types'));
    return new ContentTypes(xml, indexXml(xml, CONTENT_TYPES_PATH));
  }

  /** The content type of a part: its Override, else the Default of its extension. */
  typeOf(part: string): string | undefined {
    const override = this.overrides.get(partName(part).toLowerCase());
    if (override) return override.type;
    return this.defaults.get(part.slice(part.lastIndexOf('.') + 1).toLowerCase());
  }

  setOverride(part: string, type: string): void {
    const key = partName(part).toLowerCase();
    const removed = this.removing.get(key);
    if (removed && removed.type === type && !this.overrides.has(key)) {
      this.removing.delete(key);
      this.overrides.set(key, removed);
      return;
    }
    const current = this.overrides.get(key);
    if (current?.type === type) return;
    if (current?.element) this.patch.remove(current.element);
    this.overrides.set(key, { type, element: null });
    this.added.set(key, `<${this.name('Override')} PartName="${escapeAttr(partName(part))}" ContentType="${escapeAttr(type)}"/>`);
  }

  /** Drops the Override of a removed part (a Default by extension needs no change). */
  removeOverride(part: string): void {
    const key = partName(part).toLowerCase();
    const current = this.overrides.get(key);
    if (!current) return;
    if (current.element) this.removing.set(key, { type: current.type, element: current.element });
    this.overrides.delete(key);
    this.added.delete(key);
  }

  ensureDefault(extension: string, type: string): void {
    if (this.defaults.has(extension.toLowerCase())) return;
    this.defaults.set(extension.toLowerCase(), type);
    // Defaults come first in Excel's files; any order is valid.
    const first = this.root.children[0];
    const text = `<${this.name('Default')} Extension="${escapeAttr(extension)}" ContentType="${escapeAttr(type)}"/>`;
    if (first) this.patch.insertBefore(first, text);
    else this.patch.append(this.root, text);
  }

  async save(edit: PackageEdit, why: string): Promise<void> {
    for (const { element } of this.removing.values()) this.patch.remove(element);
    this.removing.clear();
    if (this.added.size > 0) this.patch.append(this.root, [...this.added.values()].join(''));
    this.added.clear();
    if (this.patch.changed) await edit.write(CONTENT_TYPES_PATH, this.patch.toString(), why);
  }

  private name(local: string): string {
    return this.root.prefix ? `${this.root.prefix}:${local}` : local;
  }
}
