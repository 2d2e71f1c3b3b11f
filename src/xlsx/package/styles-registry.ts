/**
 * The workbook's styles part (xl/styles.xml) as a registry: a planned cell
 * style becomes a cellXfs index, a conditional format's colours a dxfs index.
 * Fonts, fills, borders, number formats and formats already in the part are
 * reused when they are written exactly as this writer writes them (so a second
 * run adds nothing); new ones are appended after the existing entries, whose
 * indexes never move, and the counts are set to the real number of entries
 * (other tools write wrong counts). The part is written only when something
 * was added.
 */
import type { CellStyle } from '../../core/plan/write-plan';
import { CONTENT_TYPE, NS, REL_TYPE } from './namespaces';
import type { ContentTypes } from './content-types';
import type { PackageEdit } from './opc-package';
import { PackageError } from './package-error';
import { STYLESHEET_ORDER, insertInOrder } from './schema-order';
import type { WorkbookPart } from './workbook-part';
import { childNamed, indexXml, qname, type XmlElement } from './xml-index';
import { XmlPatch, escapeAttr } from './xml-patch';

/** Excel's built-in number formats that plans use (ids need no <numFmt> entry). */
const BUILT_IN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '0.00E+00': 11, '@': 49 };

const FONT_NAME = 'Times New Roman';
const FONT_SIZE = 12;

type Collection = 'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellXfs' | 'dxfs';
const CHILD: Record<Collection, string> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf', dxfs: 'dxf' };

class Entries {
  /** Entries as written, to reuse an equal one. */
  private readonly known = new Map<string, number>();
  readonly added: string[] = [];

  constructor(
    readonly element: XmlElement | undefined,
    readonly existing: number,
    texts: string[],
  ) {
    texts.forEach((text, i) => {
      if (!this.known.has(text)) this.known.set(text, i);
    });
  }

  indexOf(text: string): number {
    let index = this.known.get(text);
    if (index === undefined) {
      index = this.existing + this.added.length;
      this.added.push(text);
      this.known.set(text, index);
    }
    return index;
  }

  get count(): number {
    return this.existing + this.added.length;
  }
}

export interface ConditionalColors {
  fill: string;
  fontColor: string;
}

export class StyleRegistry {
  private readonly patch: XmlPatch;
  private readonly entries: Record<Collection, Entries>;
  /** Custom number formats by code, and the next free id. */
  private readonly numFmtIds = new Map<string, number>();
  private nextNumFmtId = 164;
  private readonly newNumFmts: string[] = [];
  private readonly hasStyleXfs: boolean;
  private readonly byStyle = new WeakMap<CellStyle, number>();
  private readonly byKey = new Map<string, number>();

  private constructor(
    readonly path: string,
    private readonly xml: string,
    private readonly root: XmlElement,
    /** True when the part did not exist and must be linked from the workbook. */
    private readonly created: boolean,
  ) {
    this.patch = new XmlPatch(xml);
    const collect = (name: Collection): Entries => {
      const element = childNamed(root, name, NS.main);
      const children = element ? element.children.filter((c) => c.local === CHILD[name] && c.uri === NS.main) : [];
      return new Entries(element, children.length, children.map((c) => xml.slice(c.start, c.end)));
    };
    this.entries = { numFmts: collect('numFmts'), fonts: collect('fonts'), fills: collect('fills'), borders: collect('borders'), cellXfs: collect('cellXfs'), dxfs: collect('dxfs') };
    for (const numFmt of childNamed(root, 'numFmts', NS.main)?.children ?? []) {
      const id = Number(numFmt.attrs.numFmtId);
      if (!Number.isInteger(id)) continue;
      if (numFmt.attrs.formatCode !== undefined && !this.numFmtIds.has(numFmt.attrs.formatCode)) this.numFmtIds.set(numFmt.attrs.formatCode, id);
      this.nextNumFmtId = Math.max(this.nextNumFmtId, id + 1);
    }
    this.hasStyleXfs = (childNamed(root, 'cellStyleXfs', NS.main)?.children.length ?? 0) > 0;
    // Excel reads fill 0 as "none" and fill 1 as "gray125" whatever they say: new fills go after them.
    while (this.entries.fills.count < 2) this.entries.fills.indexOf(this.el('fill', '', this.el('patternFill', ` patternType="${this.entries.fills.count === 0 ? 'none' : 'gray125'}"`)));
    // Cells without a style use xf 0: a package without cellXfs gets a default one first.
    if (this.entries.cellXfs.count === 0) {
      this.entries.fonts.indexOf(this.el('font', '', `${this.el('sz', ' val="11"')}${this.el('name', ' val="Calibri"')}`));
      this.entries.borders.indexOf(this.el('border', '', ['left', 'right', 'top', 'bottom', 'diagonal'].map((side) => this.el(side)).join('')));
      this.entries.cellXfs.indexOf(this.el('xf', ' numFmtId="0" fontId="0" fillId="0" borderId="0"'));
    }
  }

  /** Reads the styles part linked from the workbook, or starts one when the package has none. */
  static async load(edit: PackageEdit, workbook: WorkbookPart): Promise<StyleRegistry> {
    const linked = workbook.rels.ofType(REL_TYPE.styles)[0]?.part;
    const xml = linked ? await edit.read(linked) : null;
    if (linked && xml !== null) {
      const root = indexXml(xml, linked);
      if (root.local !== 'styleSheet' || root.uri !== NS.main) throw new PackageError(`Phần "${linked}" không phải bảng kiểu SpreadsheetML.`, `The part "${linked}" is not a SpreadsheetML stylesheet.`);
      return new StyleRegistry(linked, xml, root, false);
    }
    const path = 'xl/styles.xml';
    const empty = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS.main}"></styleSheet>`;
    return new StyleRegistry(edit.has(path) ? 'xl/styles-dti.xml' : path, empty, indexXml(empty, path), true);
  }

  /** The cellXfs index of a planned style (Times New Roman 12 unless the style says otherwise). */
  cellXf(style: CellStyle): number {
    let index = this.byStyle.get(style);
    if (index !== undefined) return index;
    const key = JSON.stringify(style);
    index = this.byKey.get(key);
    if (index === undefined) {
      index = this.entries.cellXfs.indexOf(this.xfXml(style));
      this.byKey.set(key, index);
    }
    this.byStyle.set(style, index);
    return index;
  }

  /** The dxfs index of a conditional format's fill and font colour. */
  dxf(colors: ConditionalColors): number {
    const font = this.el('font', '', this.el('color', ` rgb="${argb(colors.fontColor)}"`));
    const fill = this.el('fill', '', this.el('patternFill', '', this.el('bgColor', ` rgb="${argb(colors.fill)}"`)));
    return this.entries.dxfs.indexOf(this.el('dxf', '', font + fill));
  }

  get changed(): boolean {
    return this.newNumFmts.length > 0 || Object.values(this.entries).some((e) => e.added.length > 0);
  }

  /** Writes the part when entries were added; links a new part from the workbook and the content types. */
  async save(edit: PackageEdit, workbook: WorkbookPart, types: ContentTypes): Promise<void> {
    if (!this.changed) return;
    const numFmts = this.entries.numFmts;
    for (const text of this.newNumFmts) numFmts.added.push(text);
    for (const name of STYLESHEET_ORDER) {
      if (!(name in this.entries)) continue;
      const entries = this.entries[name as Collection];
      if (entries.added.length === 0) continue;
      if (entries.element) {
        this.patch.setAttr(entries.element, 'count', String(entries.count));
        this.patch.append(entries.element, entries.added.join(''));
      } else {
        insertInOrder(this.patch, this.root, STYLESHEET_ORDER, name, this.el(name, ` count="${entries.count}"`, entries.added.join('')));
      }
    }
    await edit.write(this.path, this.patch.toString(), 'the styles of the cells written are added to the workbook\'s styles');
    if (this.created) {
      workbook.rels.add(REL_TYPE.styles, this.path);
      types.setOverride(this.path, CONTENT_TYPE.styles);
    }
  }

  private xfXml(s: CellStyle): string {
    const numFmtId = this.numFmtId(s.numberFormat);
    const fontId = this.entries.fonts.indexOf(this.fontXml(s));
    const fillId = s.fill ? this.entries.fills.indexOf(this.el('fill', '', this.el('patternFill', ' patternType="solid"', this.el('fgColor', ` rgb="${argb(s.fill)}"`)))) : 0;
    const borderId = s.border ? this.entries.borders.indexOf(this.thinBorderXml()) : 0;
    const alignment = [
      s.horizontal ? ` horizontal="${s.horizontal}"` : '',
      s.vertical ? ` vertical="${s.vertical === 'middle' ? 'center' : 'top'}"` : '',
      s.wrap ? ' wrapText="1"' : '',
    ].join('');
    const attrs = [
      ` numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}"`,
      this.hasStyleXfs ? ' xfId="0"' : '',
      numFmtId !== 0 ? ' applyNumberFormat="1"' : '',
      ' applyFont="1"',
      fillId !== 0 ? ' applyFill="1"' : '',
      borderId !== 0 ? ' applyBorder="1"' : '',
      alignment ? ' applyAlignment="1"' : '',
    ].join('');
    return this.el('xf', attrs, alignment ? this.el('alignment', alignment) : '');
  }

  private fontXml(s: CellStyle): string {
    return this.el(
      'font',
      '',
      [
        s.bold ? this.el('b') : '',
        s.italic ? this.el('i') : '',
        this.el('sz', ` val="${s.fontSize ?? FONT_SIZE}"`),
        s.fontColor ? this.el('color', ` rgb="${argb(s.fontColor)}"`) : '',
        this.el('name', ` val="${FONT_NAME}"`),
      ].join(''),
    );
  }

  private thinBorderXml(): string {
    const side = (name: string): string => this.el(name, ' style="thin"');
    return this.el('border', '', side('left') + side('right') + side('top') + side('bottom') + this.el('diagonal'));
  }

  private numFmtId(code: string | undefined): number {
    if (code === undefined) return 0;
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.numFmtIds.get(code);
    if (id === undefined) {
      id = this.nextNumFmtId++;
      this.numFmtIds.set(code, id);
      this.newNumFmts.push(this.el('numFmt', ` numFmtId="${id}" formatCode="${escapeAttr(code)}"`));
    }
    return id;
  }

  /** An element in the stylesheet's own prefix. */
  private el(local: string, attrs = '', children = ''): string {
    const name = qname(this.root.prefix, local);
    return children ? `<${name}${attrs}>${children}</${name}>` : `<${name}${attrs}/>`;
  }
}

/** "#RRGGBB" → "FFRRGGBB" (opaque ARGB, as SpreadsheetML stores colours). */
export function argb(hex: string): string {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex);
  if (!m) throw new Error(`Not a #RRGGBB colour: ${hex}`);
  return `FF${m[1]!.toUpperCase()}`;
}
