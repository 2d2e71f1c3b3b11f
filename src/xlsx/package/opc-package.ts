/**
 * An .xlsx package (a zip of XML parts) held as the entries it was read from.
 * Changes go through a PackageEdit: parts are read, written or removed there
 * and reach the package only on commit, so a write that stops half-way (a
 * refusal, a bug) leaves the package as it was. When the package is written
 * out, every part nobody changed keeps its compressed bytes (zip-file.ts).
 * The package keeps only those compressed bytes: a part's text is unpacked
 * when it is read, and kept only by the edit that read it, for as long as the
 * edit lasts, so a large workbook is not held twice (packed and as text).
 */
import { message } from '../../core/messages';
import { PackageError } from './package-error';
import { type ZipEntry, deflateEntry, inflateEntry, readZip, verifyEntry, writeZip } from './zip-file';

// A byte-order mark stays in the text, so a part written back keeps it.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const encoder = new TextEncoder();

export class XlsxPackage {
  /** Entries whose data was checked against their CRC (read, or written here). */
  private readonly verified = new WeakSet<ZipEntry>();
  private changed = false;

  private constructor(
    private entries: ZipEntry[],
    private readonly input: Uint8Array,
  ) {}

  static async load(bytes: Uint8Array): Promise<XlsxPackage> {
    try {
      return new XlsxPackage(readZip(bytes), bytes);
    } catch (e) {
      if (e instanceof PackageError) throw e;
      const detail = e instanceof Error ? e.message.slice(0, 160) : String(e);
      throw new PackageError(message('package.cannot-open'), detail);
    }
  }

  /** Part names (zip entries that are not folders), in the package's order. */
  paths(): string[] {
    return this.entries.filter((e) => !e.name.endsWith('/')).map((e) => e.name);
  }

  /** The entry's name as stored: OPC part names are case-insensitive, zip entry names are not. */
  find(path: string): string | null {
    const lower = path.toLowerCase();
    return this.entry(path)?.name ?? this.paths().find((name) => name.toLowerCase() === lower) ?? null;
  }

  /** A part's text, unpacked (and checked against its CRC) at each call: callers keep what they need. */
  async read(path: string): Promise<string | null> {
    const name = this.find(path);
    if (name === null) return null;
    const entry = this.entry(name)!;
    const text = decoder.decode(inflateEntry(entry));
    this.verified.add(entry);
    return text;
  }

  begin(): PackageEdit {
    return new PackageEdit(this);
  }

  /**
   * The package's bytes: the input itself while nothing was changed. Every part is
   * first checked against its CRC-32 (those not read yet are unpacked once, one at a
   * time): a damaged part is never copied on as if it were whole.
   */
  async toBytes(): Promise<Uint8Array> {
    for (const entry of this.entries) {
      if (this.verified.has(entry)) continue;
      verifyEntry(entry);
      this.verified.add(entry);
    }
    return this.changed ? writeZip(this.entries) : this.input;
  }

  /** @internal Used by PackageEdit.commit: new parts go after the existing ones, changed parts stay where they were. */
  apply(staged: ReadonlyMap<string, string | null>): void {
    for (const [path, text] of staged) {
      const name = this.find(path) ?? path;
      if (text === null) {
        this.entries = this.entries.filter((e) => e.name !== name);
      } else {
        const deflated = deflateEntry(name, encoder.encode(text));
        const at = this.entries.findIndex((e) => e.name === name);
        const entry = at >= 0 ? { ...deflated, nameBytes: this.entries[at]!.nameBytes, externalAttrs: this.entries[at]!.externalAttrs } : deflated;
        if (at >= 0) this.entries[at] = entry;
        else this.entries.push(entry);
        this.verified.add(entry);
      }
      this.changed = true;
    }
  }

  private entry(name: string): ZipEntry | undefined {
    return this.entries.find((e) => e.name === name && !e.name.endsWith('/'));
  }
}

/** Part changes staged for one operation; the package changes only on commit. */
export class PackageEdit {
  private readonly staged = new Map<string, string | null>();
  /** Parts this edit read, by key: read once however many steps look at them. */
  private readonly cache = new Map<string, string | null>();
  private readonly reasons = new Map<string, string>();
  private readonly names = new Map<string, string>();

  constructor(private readonly pkg: XlsxPackage) {}

  has(path: string): boolean {
    const key = this.key(path);
    if (this.staged.has(key)) return this.staged.get(key) !== null;
    return this.pkg.find(path) !== null;
  }

  async read(path: string): Promise<string | null> {
    const key = this.key(path);
    if (this.staged.has(key)) return this.staged.get(key)!;
    if (!this.cache.has(key)) this.cache.set(key, await this.pkg.read(path));
    return this.cache.get(key)!;
  }

  /** Every part name, staged ones included. */
  paths(): string[] {
    const names = new Map(this.pkg.paths().map((p) => [p.toLowerCase(), p]));
    for (const [key, text] of this.staged) {
      if (text === null) names.delete(key);
      else if (!names.has(key)) names.set(key, this.nameOf(key));
    }
    return [...names.values()];
  }

  /** Stages a part's new text; `why` says why the part had to change (kept for tests and reviews). A text equal to the current one changes nothing. */
  async write(path: string, text: string, why: string): Promise<void> {
    if ((await this.read(path)) === text) return;
    const key = this.key(path);
    this.staged.set(key, text);
    this.reasons.set(key, why);
    this.names.set(key, this.pkg.find(path) ?? path);
  }

  remove(path: string, why: string): void {
    if (!this.has(path)) return;
    const key = this.key(path);
    this.staged.set(key, null);
    this.reasons.set(key, why);
    this.names.set(key, this.pkg.find(path) ?? path);
  }

  /** The parts this edit changes, and why. */
  touched(): Array<{ path: string; why: string; removed: boolean }> {
    return [...this.staged].map(([key, text]) => ({ path: this.nameOf(key), why: this.reasons.get(key)!, removed: text === null }));
  }

  commit(): void {
    const byName = new Map<string, string | null>();
    for (const [key, text] of this.staged) byName.set(this.nameOf(key), text);
    this.pkg.apply(byName);
    this.staged.clear();
    this.cache.clear();
  }

  private nameOf(key: string): string {
    return this.names.get(key) ?? key;
  }

  private key(path: string): string {
    return path.toLowerCase();
  }
}
