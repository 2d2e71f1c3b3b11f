/**
 * A part's relationships (its .rels part): listed, added (next free rId, a
 * relative target) and removed in place. The .rels part is touched only when
 * a relationship is added or removed.
 */
import { NS } from './namespaces';
import type { PackageEdit } from './opc-package';
import { relativeTarget, relsPathOf, resolveTarget } from './part-paths';
import { childrenNamed, indexXml, type XmlElement } from './xml-index';
import { XmlPatch, escapeAttr } from './xml-patch';

export interface Relationship {
  id: string;
  type: string;
  /** The target as written. */
  target: string;
  /** The part it points at; null for an external target (a hyperlink, a linked file). */
  part: string | null;
}

export class Relationships {
  private readonly added: Relationship[] = [];
  private readonly removed = new Set<string>();

  private constructor(
    /** The part whose relationships these are ('' for the package). */
    readonly source: string,
    readonly path: string,
    private readonly xml: string | null,
    private readonly root: XmlElement | null,
    private readonly existing: Array<Relationship & { element: XmlElement }>,
  ) {}

  static async load(edit: PackageEdit, source: string): Promise<Relationships> {
    const path = source === '' ? '_rels/.rels' : relsPathOf(source);
    const xml = await edit.read(path);
    if (xml === null) return new Relationships(source, path, null, null, []);
    const root = indexXml(xml, path);
    const existing = childrenNamed(root, 'Relationship', NS.packageRels).map((element) => {
      const external = element.attrs.TargetMode === 'External';
      const target = element.attrs.Target ?? '';
      return { id: element.attrs.Id ?? '', type: element.attrs.Type ?? '', target, part: external ? null : resolveTarget(source, target), element };
    });
    return new Relationships(source, path, xml, root, existing);
  }

  list(): Relationship[] {
    return [...this.existing.filter((r) => !this.removed.has(r.id)), ...this.added].map(({ id, type, target, part }) => ({ id, type, target, part }));
  }

  ofType(type: string): Relationship[] {
    return this.list().filter((r) => r.type === type);
  }

  byId(id: string): Relationship | undefined {
    return this.list().find((r) => r.id === id);
  }

  /** Adds a relationship to `part`; returns its id. */
  add(type: string, part: string): string {
    const taken = new Set([...this.existing, ...this.added].map((r) => r.id));
    let n = 1;
    for (const id of taken) {
      const m = /^rId(\d+)$/.exec(id);
      if (m) n = Math.max(n, Number(m[1]) + 1);
    }
    while (taken.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    this.added.push({ id, type, target: relativeTarget(this.source, part), part });
    return id;
  }

  remove(id: string): void {
    const index = this.added.findIndex((r) => r.id === id);
    if (index >= 0) this.added.splice(index, 1);
    else this.removed.add(id);
  }

  async save(edit: PackageEdit, why: string): Promise<void> {
    if (this.added.length === 0 && this.removed.size === 0) return;
    const lines = this.added.map((r) => `<${this.elementName()} Id="${escapeAttr(r.id)}" Type="${escapeAttr(r.type)}" Target="${escapeAttr(r.target)}"/>`).join('');
    if (this.xml === null || this.root === null) {
      await edit.write(this.path, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.packageRels}">${lines}</Relationships>`, why);
      return;
    }
    const patch = new XmlPatch(this.xml);
    for (const r of this.existing) if (this.removed.has(r.id)) patch.remove(r.element);
    if (lines) patch.append(this.root, lines);
    await edit.write(this.path, patch.toString(), why);
  }

  private elementName(): string {
    const sample = this.existing[0]?.element;
    return sample ? sample.name : this.root?.prefix ? `${this.root.prefix}:Relationship` : 'Relationship';
  }
}
