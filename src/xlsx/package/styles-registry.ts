/**
 * The workbook's styles part (xl/styles.xml) as a registry: a planned cell
 * style becomes a cellXfs index, a conditional format's colours a dxfs index.
 * A new sheet's cells start from Times New Roman 12 (the report's look); a cell
 * patched into a user's sheet keeps its own format and changes only what the
 * plan names (a number format, bold…), as Excel does when the add-in sets them.
 * Fonts, fills, borders, number formats and formats already in the part are
 * reused when they are written exactly as this writer writes them (so a second
 * run adds nothing); new ones are appended after the existing entries, whose
 * indexes never move, and the counts are set to the real number of entries
 * (other tools write wrong counts). The part is written only when something
 * was added.
 */
import { message } from '../../core/messages';
import type { CellStyle } from '../../core/writing/write-plan';
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

/** A font as its child elements (b, i, sz, color, name…), in order. */
type FontParts = Array<{ local: string; xml: string }>;

/** A cell format (an <xf> of cellXfs), as far as a derived format needs it. */
interface XfParts {
  numFmtId: number;
  fontId: number;
  fillId: number;
  borderId: number;
  xfId?: string;
  /** Attributes this writer does not set (quotePrefix, applyProtection…), kept as written. */
  others: Array<[string, string]>;
  alignment: Array<[string, string]>;
  /** Other children (<protection>), as written. */
  rest: string;
}

const XF_ATTRS = new Set(['numFmtId', 'fontId', 'fillId', 'borderId', 'xfId', 'applyNumberFormat', 'applyFont', 'applyFill', 'applyBorder', 'applyAlignment']);
const FONT_TAIL = ['name', 'family', 'charset', 'scheme'];

export class StyleRegistry {
  private readonly patch: XmlPatch;
  private readonly fonts: FontParts[] = [];
  private readonly xfs: XfParts[] = [];
  private readonly derived = new Map<string, number>();
  private readonly entries: Record<Collection, Entries>;
  /** Custom number formats by code, and the next free id. */
  private readonly numFmtIds = new Map<string, number>();
  private nextNumFmtId = 164;
  private readonly newNumFmts: string[] = [];
  private readonly hasStyleXfs: boolean;
  /** Per base font ("Times New Roman|12"): the index of each style object already placed. */
  private readonly byStyle = new Map<string, WeakMap<CellStyle, number>>();
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
    for (const font of childNamed(root, 'fonts', NS.main)?.children.filter((c) => c.local === 'font') ?? []) {
      this.fonts.push(font.children.map((c) => ({ local: c.local, xml: xml.slice(c.start, c.end) })));
    }
    for (const xf of childNamed(root, 'cellXfs', NS.main)?.children.filter((c) => c.local === 'xf') ?? []) this.xfs.push(this.xfPartsOf(xf));
    // Excel reads fill 0 as "none" and fill 1 as "gray125" whatever they say: new fills go after them.
    while (this.entries.fills.count < 2) this.entries.fills.indexOf(this.el('fill', '', this.el('patternFill', ` patternType="${this.entries.fills.count === 0 ? 'none' : 'gray125'}"`)));
    // Cells without a style use xf 0: a package without cellXfs gets a default one first.
    if (this.entries.cellXfs.count === 0) {
      if (this.entries.fonts.count === 0) this.addFont([{ local: 'sz', xml: this.el('sz', ' val="11"') }, { local: 'name', xml: this.el('name', ' val="Calibri"') }]);
      if (this.entries.borders.count === 0) this.entries.borders.indexOf(this.el('border', '', ['left', 'right', 'top', 'bottom', 'diagonal'].map((side) => this.el(side)).join('')));
      this.addXf({ numFmtId: 0, fontId: 0, fillId: 0, borderId: 0, others: [], alignment: [], rest: '' });
    }
  }

  /** Reads the styles part linked from the workbook, or starts one when the package has none. */
  static async load(edit: PackageEdit, workbook: WorkbookPart): Promise<StyleRegistry> {
    const linked = workbook.rels.ofType(REL_TYPE.styles)[0]?.part;
    const xml = linked ? await edit.read(linked) : null;
    if (linked && xml !== null) {
      const root = indexXml(xml, linked);
      if (root.local !== 'styleSheet' || root.uri !== NS.main) throw new PackageError(message('package.not-stylesheet', { part: linked }));
      return new StyleRegistry(linked, xml, root, false);
    }
    const path = 'xl/styles.xml';
    const empty = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS.main}"></styleSheet>`;
    return new StyleRegistry(edit.has(path) ? 'xl/styles-dti.xml' : path, empty, indexXml(empty, path), true);
  }

  /**
   * The cellXfs index of a planned style on a new sheet: the sheet's font
   * (Times New Roman 12 unless the plan names one) changed where the style says.
   */
  cellXf(style: CellStyle, font: { name: string; size: number } = { name: FONT_NAME, size: FONT_SIZE }): number {
    const fontKey = `${font.name}|${font.size}`;
    let placed = this.byStyle.get(fontKey);
    if (!placed) this.byStyle.set(fontKey, (placed = new WeakMap()));
    let index = placed.get(style);
    if (index !== undefined) return index;
    const key = `${fontKey}|${JSON.stringify(style)}`;
    index = this.byKey.get(key);
    if (index === undefined) {
      const base: XfParts = { numFmtId: 0, fontId: this.addFont(this.fontParts(font)), fillId: 0, borderId: 0, others: [], alignment: [], rest: '' };
      index = this.addXf(this.derive(base, style));
      this.byKey.set(key, index);
    }
    placed.set(style, index);
    return index;
  }

  /**
   * The font of the workbook's Normal style (the first cell style format's,
   * else the first font): column widths in a file count characters of it.
   */
  normalFont(): { name: string; size: number } {
    const styleXf = childNamed(this.root, 'cellStyleXfs', NS.main)?.children.find((c) => c.local === 'xf');
    const font = this.fonts[Number(styleXf?.attrs.fontId ?? 0)] ?? this.fonts[0] ?? [];
    const attr = (local: string): string | undefined => {
      const part = font.find((p) => p.local === local);
      return part ? /\sval="([^"]*)"/.exec(part.xml)?.[1] : undefined;
    };
    const size = Number(attr('sz'));
    return { name: attr('name') ?? 'Calibri', size: Number.isFinite(size) && size > 0 ? size : 11 };
  }

  /** The cellXfs index of the format `base` (a cell's current s) changed only where the planned style says. */
  cellXfOver(base: number, style: CellStyle): number {
    const key = `${base}|${JSON.stringify(style)}`;
    let index = this.derived.get(key);
    if (index === undefined) {
      const parts = this.xfs[base] ?? this.xfs[0]!;
      index = this.addXf(this.derive(parts, style));
      this.derived.set(key, index);
    }
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

  /** The base font of a sheet the add-in writes (Times New Roman 12 unless its plan says another). */
  private fontParts(font: { name: string; size: number }): FontParts {
    return [
      { local: 'sz', xml: this.el('sz', ` val="${font.size}"`) },
      { local: 'name', xml: this.el('name', ` val="${escapeAttr(font.name)}"`) },
    ];
  }

  private derive(base: XfParts, s: CellStyle): XfParts {
    const alignment = new Map(base.alignment);
    if (s.horizontal) alignment.set('horizontal', s.horizontal);
    if (s.vertical) alignment.set('vertical', s.vertical === 'middle' ? 'center' : 'top');
    if (s.wrap !== undefined) {
      if (s.wrap) alignment.set('wrapText', '1');
      else alignment.delete('wrapText');
    }
    return {
      ...base,
      numFmtId: s.numberFormat === undefined ? base.numFmtId : this.numFmtId(s.numberFormat),
      fontId: this.derivedFont(base.fontId, s),
      fillId: s.fill ? this.entries.fills.indexOf(this.el('fill', '', this.el('patternFill', ' patternType="solid"', this.el('fgColor', ` rgb="${argb(s.fill)}"`)))) : base.fillId,
      borderId: s.border ? this.entries.borders.indexOf(this.thinBorderXml()) : s.line ? this.entries.borders.indexOf(this.lineXml(s.line)) : base.borderId,
      alignment: [...alignment],
    };
  }

  /** The font `base` with the style's bold, italic, size and colour. */
  private derivedFont(base: number, s: CellStyle): number {
    if (s.bold === undefined && s.italic === undefined && s.fontSize === undefined && !s.fontColor) return base;
    const parts = this.fonts[base] ?? [];
    const keep = (local: string): FontParts => parts.filter((p) => p.local === local);
    const flag = (local: string, on: boolean | undefined): FontParts => (on === undefined ? keep(local) : on ? [{ local, xml: this.el(local) }] : []);
    const font: FontParts = [
      ...flag('b', s.bold),
      ...flag('i', s.italic),
      ...parts.filter((p) => !['b', 'i', 'sz', 'color', ...FONT_TAIL].includes(p.local)),
      ...(s.fontSize === undefined ? keep('sz') : [{ local: 'sz', xml: this.el('sz', ` val="${s.fontSize}"`) }]),
      ...(s.fontColor ? [{ local: 'color', xml: this.el('color', ` rgb="${argb(s.fontColor)}"`) }] : keep('color')),
      ...parts.filter((p) => FONT_TAIL.includes(p.local)),
    ];
    return this.addFont(font);
  }

  private addFont(font: FontParts): number {
    const index = this.entries.fonts.indexOf(this.el('font', '', font.map((p) => p.xml).join('')));
    this.fonts[index] ??= font;
    return index;
  }

  private addXf(xf: XfParts): number {
    const alignment = xf.alignment.map(([name, value]) => ` ${name}="${escapeAttr(value)}"`).join('');
    const xfId = xf.xfId ?? (this.hasStyleXfs ? '0' : undefined);
    const attrs = [
      ` numFmtId="${xf.numFmtId}" fontId="${xf.fontId}" fillId="${xf.fillId}" borderId="${xf.borderId}"`,
      xfId !== undefined ? ` xfId="${escapeAttr(xfId)}"` : '',
      xf.numFmtId !== 0 ? ' applyNumberFormat="1"' : '',
      ' applyFont="1"',
      xf.fillId !== 0 ? ' applyFill="1"' : '',
      xf.borderId !== 0 ? ' applyBorder="1"' : '',
      alignment ? ' applyAlignment="1"' : '',
      ...xf.others.map(([name, value]) => ` ${name}="${escapeAttr(value)}"`),
    ].join('');
    const index = this.entries.cellXfs.indexOf(this.el('xf', attrs, (alignment ? this.el('alignment', alignment) : '') + xf.rest));
    this.xfs[index] ??= xf;
    return index;
  }

  private xfPartsOf(xf: XmlElement): XfParts {
    const number = (name: string): number => Number(xf.attrs[name] ?? 0) || 0;
    const alignment = xf.children.find((c) => c.local === 'alignment');
    return {
      numFmtId: number('numFmtId'),
      fontId: number('fontId'),
      fillId: number('fillId'),
      borderId: number('borderId'),
      ...(xf.attrs.xfId !== undefined ? { xfId: xf.attrs.xfId } : {}),
      others: Object.entries(xf.attrs).filter(([name]) => !XF_ATTRS.has(name) && !name.startsWith('xmlns')),
      alignment: alignment ? Object.entries(alignment.attrs) : [],
      rest: xf.children.filter((c) => c.local !== 'alignment').map((c) => this.xml.slice(c.start, c.end)).join(''),
    };
  }

  /** A thin line on one edge only. */
  private lineXml(edge: 'top' | 'bottom'): string {
    const side = (name: string): string => (name === edge ? this.el(name, ' style="thin"') : this.el(name));
    return this.el('border', '', side('left') + side('right') + side('top') + side('bottom') + this.el('diagonal'));
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
