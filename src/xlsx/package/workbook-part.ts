/**
 * The workbook part (xl/workbook.xml) and its relationships: the sheets in
 * order with their sheetId and part, structure protection, defined names
 * (print titles), calculation properties, the visible sheet states and the
 * active tab. Changed in place; written only when something changed.
 */
import { message } from '../../core/messages';
import { OWN_SHEET_NAME } from '../../core/writing/own-sheets';
import { quoteSheetName } from '../../core/grid';
import { NS, REL_TYPE } from './namespaces';
import type { PackageEdit } from './opc-package';
import { PackageError } from './package-error';
import { Relationships } from './relationships';
import { WORKBOOK_ORDER, insertInOrder } from './schema-order';
import { attrNS, childNamed, childrenNamed, indexXml, prefixFor, qname, type XmlElement } from './xml-index';
import { XmlPatch, escapeAttr, escapeText } from './xml-patch';

export interface WorkbookSheet {
  name: string;
  sheetId: number;
  relId: string;
  /** 'hidden' / 'veryHidden', or undefined for a visible sheet. */
  state?: string;
  /** The sheet's part; null when its relationship is missing. */
  part: string | null;
  /** A worksheet (cells), or a chart sheet / dialog sheet / macro sheet. */
  isWorksheet: boolean;
}

interface DefinedName {
  name: string;
  localSheetId: number | null;
  element: XmlElement;
  /** The name's formula as written (entities decoded). */
  text: string;
}

const LOCKED = new Set(['1', 'true']);

export class WorkbookPart {
  readonly sheets: WorkbookSheet[];
  private readonly patch: XmlPatch;
  private readonly sheetsElement: XmlElement;
  private readonly definedNames: DefinedName[];
  /** Defined names to write, by "name|localSheetId": new text, or null to remove. */
  private readonly nameEdits = new Map<string, string | null>();
  private readonly newSheets: string[] = [];

  private constructor(
    readonly path: string,
    xml: string,
    private readonly root: XmlElement,
    readonly rels: Relationships,
  ) {
    this.patch = new XmlPatch(xml);
    const sheets = childNamed(root, 'sheets', NS.main);
    if (!sheets || root.local !== 'workbook' || root.uri !== NS.main) {
      throw new PackageError(message('package.not-workbook', { part: path }));
    }
    this.sheetsElement = sheets;
    this.sheets = childrenNamed(sheets, 'sheet', NS.main).map((element) => {
      const relId = attrNS(element, NS.rel, 'id') ?? '';
      const rel = rels.byId(relId);
      return {
        name: element.attrs.name ?? '',
        sheetId: Number(element.attrs.sheetId),
        relId,
        ...(element.attrs.state && element.attrs.state !== 'visible' ? { state: element.attrs.state } : {}),
        part: rel?.part ?? null,
        isWorksheet: rel?.type === REL_TYPE.worksheet,
      };
    });
    const names = childNamed(root, 'definedNames', NS.main);
    this.definedNames = (names ? childrenNamed(names, 'definedName', NS.main) : []).map((element) => ({
      name: element.attrs.name ?? '',
      localSheetId: element.attrs.localSheetId === undefined ? null : Number(element.attrs.localSheetId),
      element,
      text: decodeXmlText(xml.slice(element.openEnd, element.closeStart)),
    }));
  }

  static async load(edit: PackageEdit): Promise<WorkbookPart> {
    const packageRels = await Relationships.load(edit, '');
    const path = packageRels.ofType(REL_TYPE.officeDocument)[0]?.part ?? 'xl/workbook.xml';
    const xml = await edit.read(path);
    if (xml === null) throw new PackageError(message('package.no-workbook'));
    return new WorkbookPart(path, xml, indexXml(xml, path), await Relationships.load(edit, path));
  }

  /** "Protect Workbook" (structure): no sheet may be added, removed or moved. */
  get structureLocked(): boolean {
    const protection = childNamed(this.root, 'workbookProtection', NS.main);
    return protection !== undefined && LOCKED.has(protection.attrs.lockStructure ?? '');
  }

  /** The sheet of that name (case-insensitive, as Excel compares names). */
  find(name: string): WorkbookSheet | undefined {
    const key = name.toLocaleLowerCase();
    return this.sheets.find((s) => s.name.toLocaleLowerCase() === key);
  }

  /**
   * Lists a new worksheet part after the last sheet, so no existing sheet's
   * position (and no defined name's localSheetId) moves. Its sheetId is above
   * every id in use and every id in `reserved` (ids the DTI record still names).
   */
  addWorksheet(name: string, part: string, reserved: readonly number[] = [], hidden = false): WorkbookSheet {
    let sheetId = 1;
    for (const id of [...this.sheets.map((s) => s.sheetId), ...reserved]) if (Number.isFinite(id)) sheetId = Math.max(sheetId, id + 1);
    const relId = this.rels.add(REL_TYPE.worksheet, part);
    const rPrefix = prefixFor(this.sheetsElement, NS.rel);
    const relAttr = rPrefix ? `${rPrefix}:id="${relId}"` : `r:id="${relId}" xmlns:r="${NS.rel}"`;
    const state = hidden ? ' state="hidden"' : '';
    this.newSheets.push(`<${qname(this.sheetsElement.prefix, 'sheet')} name="${escapeAttr(name)}" sheetId="${sheetId}"${state} ${relAttr}/>`);
    const sheet: WorkbookSheet = { name, sheetId, relId, part, isWorksheet: true, ...(hidden ? { state: 'hidden' } : {}) };
    this.sheets.push(sheet);
    return sheet;
  }

  /** Rows repeated at the top of each printed page of the sheet at `index` (null removes them). */
  setPrintTitles(index: number, rows: { first: number; last: number } | null): void {
    const sheet = this.sheets[index]!;
    const text = rows ? `${quoteSheetName(sheet.name)}!$${rows.first}:$${rows.last}` : null;
    this.nameEdits.set(`_xlnm.Print_Titles|${index}`, text);
  }

  /** Drops the built-in names (print area, print titles, filter range) that belonged to the old content of the sheet at `index`. */
  dropBuiltInNames(index: number): void {
    for (const n of this.definedNames) if (n.localSheetId === index && n.name.startsWith('_xlnm.')) this.nameEdits.set(`${n.name}|${index}`, null);
  }

  /**
   * The add-in's hidden mark on the sheet at `index`: a name scoped to it holding
   * its own-sheet token (see core/writing/own-sheets), which moves and goes with the sheet.
   */
  setOwnMark(index: number, token: string): void {
    this.nameEdits.set(`${OWN_SHEET_NAME}|${index}`, `"${token}"`);
  }

  /** The own-sheet tokens the sheets carry, by sheet index (as written; marks set in this edit included). */
  ownMarks(): Map<number, string> {
    const out = new Map<number, string>();
    for (const n of this.definedNames) if (n.name === OWN_SHEET_NAME && n.localSheetId !== null) out.set(n.localSheetId, unquote(n.text));
    for (const [key, text] of this.nameEdits) {
      const [name, local] = key.split('|');
      if (name === OWN_SHEET_NAME && text !== null) out.set(Number(local), unquote(text));
    }
    return out;
  }

  /** Makes Excel recalculate every formula when the file is opened (formulas were written without results). */
  requestFullCalcOnLoad(): void {
    const calcPr = childNamed(this.root, 'calcPr', NS.main);
    if (calcPr) this.patch.setAttr(calcPr, 'fullCalcOnLoad', '1');
    else insertInOrder(this.patch, this.root, WORKBOOK_ORDER, 'calcPr', `<${qname(this.root.prefix, 'calcPr')} fullCalcOnLoad="1"/>`);
  }

  /** Shows or hides an existing sheet. */
  setHidden(index: number, hidden: boolean): void {
    const element = childrenNamed(this.sheetsElement, 'sheet', NS.main)[index];
    if (!element) throw new Error(`No existing sheet at ${index}`);
    this.patch.setAttr(element, 'state', hidden ? 'hidden' : null);
  }

  /** The sheet shown when the file is opened. */
  setActiveTab(index: number): void {
    const view = childNamed(childNamed(this.root, 'bookViews', NS.main) ?? this.root, 'workbookView', NS.main);
    if (view) {
      this.patch.setAttr(view, 'activeTab', index === 0 ? null : String(index));
      // The first tab shown in the tab bar must not be right of the active one.
      if (Number(view.attrs.firstSheet ?? 0) > index) this.patch.setAttr(view, 'firstSheet', null);
    }
    else insertInOrder(this.patch, this.root, WORKBOOK_ORDER, 'bookViews', `<${qname(this.root.prefix, 'bookViews')}><${qname(this.root.prefix, 'workbookView')} activeTab="${index}"/></${qname(this.root.prefix, 'bookViews')}>`);
  }

  async save(edit: PackageEdit, why: string): Promise<void> {
    if (this.newSheets.length > 0) this.patch.append(this.sheetsElement, this.newSheets.join(''));
    this.writeDefinedNames();
    if (this.patch.changed) await edit.write(this.path, this.patch.toString(), why);
    await this.rels.save(edit, 'new sheets are linked from the workbook');
  }

  private writeDefinedNames(): void {
    if (this.nameEdits.size === 0) return;
    const element = (name: string, local: number, text: string): string =>
      `<${qname(this.root.prefix, 'definedName')} name="${escapeAttr(name)}" localSheetId="${local}"${name === OWN_SHEET_NAME ? ' hidden="1"' : ''}>${escapeText(text)}</${qname(this.root.prefix, 'definedName')}>`;
    const pending = new Map(this.nameEdits);
    const replaced: Array<{ at: XmlElement; text: string | null }> = [];
    for (const n of this.definedNames) {
      const key = `${n.name}|${n.localSheetId}`;
      if (!pending.has(key)) continue;
      const text = pending.get(key)!;
      pending.delete(key);
      replaced.push({ at: n.element, text: text === null ? null : element(n.name, n.localSheetId!, text) });
    }
    const added = [...pending].filter(([, text]) => text !== null).map(([key, text]) => {
      const [name, local] = key.split('|') as [string, string];
      return element(name, Number(local), text!);
    });
    const container = childNamed(this.root, 'definedNames', NS.main);
    if (!container) {
      if (added.length === 0) return;
      const name = qname(this.root.prefix, 'definedNames');
      insertInOrder(this.patch, this.root, WORKBOOK_ORDER, 'definedNames', `<${name}>${added.join('')}</${name}>`);
      return;
    }
    const left = this.definedNames.length - replaced.filter((r) => r.text === null).length + added.length;
    // An empty <definedNames/> is dropped rather than left behind.
    if (left === 0) {
      this.patch.remove(container);
      return;
    }
    for (const r of replaced) {
      if (r.text === null) this.patch.remove(r.at);
      else this.patch.replace(r.at, r.text);
    }
    if (added.length > 0) this.patch.append(container, added.join(''));
  }
}

/** A defined name's text constant: `"token"` → token. */
function unquote(text: string): string {
  const m = /^\s*=?\s*"(.*)"\s*$/.exec(text);
  return m ? m[1]!.replace(/""/g, '"') : text.trim();
}

function decodeXmlText(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
}
