/** The fake Worksheet, worksheet collection, custom XML parts and workbook objects. */
import { FakeClientObject, FakeClientResult, FakeContext, FakeOfficeError } from './fake-client';
import { FakeRange, areaA1, parseA1 } from './fake-range';
import { type FakeChart, type FakeLine, FakeSheet, type FakeWorkbook } from './fake-workbook';

export class FakeWorksheet extends FakeClientObject {
  readonly protection: FakeProtection;
  private readonly filter: FakeAutoFilter;
  readonly tables: FakeTables;
  readonly names: FakeSheetNames;
  readonly charts: FakeCharts;
  private readonly freeze: { freezeRows: (n: number) => void };
  private readonly layout: FakePageLayout;
  private readonly memos: FakeNotes;
  private readonly drawing: FakeShapes;
  private readonly breaks: { add: (at: string) => void };

  constructor(
    context: FakeContext,
    readonly find: () => FakeSheet | null,
    nullable: boolean,
  ) {
    super(context);
    if (nullable) this.trackNull();
    this.protection = new FakeProtection(context, () => this.find()?.protected ?? null);
    this.filter = new FakeAutoFilter(context, this);
    this.tables = new FakeTables(context, this);
    this.names = new FakeSheetNames(context, this);
    this.charts = new FakeCharts(context, this);
    this.freeze = { freezeRows: (n: number) => context.enqueue(() => (this.sheet().frozenRows = n)) };
    this.layout = new FakePageLayout(context, this);
    this.memos = new FakeNotes(context, this);
    this.drawing = new FakeShapes(context, this);
    this.breaks = {
      add: (at: string) => context.enqueue(() => this.sheet().pageBreaks.push(parseA1(at).top + 1)),
    };
  }

  get autoFilter(): FakeAutoFilter {
    this.context.requires('1.9', 'Worksheet.autoFilter');
    return this.filter;
  }
  get freezePanes(): { freezeRows: (n: number) => void } {
    this.context.requires('1.7', 'Worksheet.freezePanes');
    return this.freeze;
  }
  get notes(): FakeNotes {
    this.context.requires('1.18', 'Worksheet.notes');
    return this.memos;
  }
  get pageLayout(): FakePageLayout {
    this.context.requires('1.9', 'Worksheet.pageLayout');
    return this.layout;
  }
  get shapes(): FakeShapes {
    this.context.requires('1.9', 'Worksheet.shapes');
    return this.drawing;
  }
  get horizontalPageBreaks(): { add: (at: string) => void } {
    this.context.requires('1.9', 'Worksheet.horizontalPageBreaks');
    return this.breaks;
  }

  protected scalarNames(): string[] {
    return ['name', 'position', 'visibility', 'id'];
  }

  protected override isMissing(): boolean {
    return this.find() === null;
  }

  protected snapshot(name: string): unknown {
    const sheet = this.sheet();
    if (name === 'name') return sheet.name;
    if (name === 'id') return sheet.id;
    if (name === 'position') return this.context.state.sheets.indexOf(sheet);
    if (name === 'visibility') return sheet.visibility;
    throw new FakeOfficeError('InvalidArgument', `Worksheet has no property ${name}`);
  }

  sheet(): FakeSheet {
    const sheet = this.find();
    if (!sheet) throw new FakeOfficeError('ItemNotFound', 'The requested worksheet does not exist.');
    return sheet;
  }

  get name(): string { return this.read('name'); }
  get id(): string { return this.read('id'); }
  get position(): number { return this.read('position'); }
  set position(to: number) {
    this.context.enqueue(() => {
      const sheets = this.context.state.sheets;
      const sheet = this.sheet();
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(Math.min(to, sheets.length), 0, sheet);
    });
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.find();
      return sheet ? { sheet, area: address ? parseA1(address) : { top: 0, left: 0, bottom: 1048575, right: 16383 } } : null;
    });
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): FakeRange {
    this.context.requires('1.7', 'Worksheet.getRangeByIndexes');
    return new FakeRange(this.context, () => {
      const sheet = this.find();
      return sheet ? { sheet, area: { top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 } } : null;
    });
  }

  getUsedRange(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.find();
      return sheet ? { sheet, area: sheet.usedArea() ?? { top: 0, left: 0, bottom: 0, right: 0 } } : null;
    });
  }

  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    const range = new FakeRange(this.context, () => {
      const sheet = this.find();
      const area = sheet?.usedArea();
      return sheet && area ? { sheet, area } : null;
    });
    return range;
  }

  set visibility(v: 'Visible' | 'Hidden' | 'VeryHidden') {
    this.context.enqueue(() => {
      const sheet = this.sheet();
      // As Excel: the active sheet, or the last visible one, cannot be hidden.
      if (v !== 'Visible' && (this.context.state.activeSheet === sheet.name || this.context.state.sheets.every((s) => s === sheet || s.visibility !== 'Visible'))) {
        throw new FakeOfficeError('InvalidOperation', 'This sheet cannot be hidden.');
      }
      sheet.visibility = v;
    });
  }
  get visibility(): 'Visible' | 'Hidden' | 'VeryHidden' { return this.read('visibility'); }

  set showGridlines(v: boolean) {
    this.context.requires('1.8', 'Worksheet.showGridlines');
    this.context.enqueue(() => (this.sheet().showGridlines = v));
  }

  activate(): void {
    this.context.enqueue(() => {
      const sheet = this.sheet();
      if (sheet.visibility !== 'Visible') throw new FakeOfficeError('InvalidOperation', 'A hidden sheet cannot be activated.');
      this.context.state.activeSheet = sheet.name;
    });
  }

  delete(): void {
    this.context.enqueue(() => {
      const sheets = this.context.state.sheets;
      sheets.splice(sheets.indexOf(this.sheet()), 1);
    });
  }
}

class FakeProtection extends FakeClientObject {
  constructor(
    context: FakeContext,
    private readonly value: () => boolean | null,
  ) {
    super(context);
  }
  protected scalarNames(): string[] { return ['protected']; }
  protected snapshot(): unknown { return this.value(); }
  get protected(): boolean { return this.read('protected'); }
}

class FakeAutoFilter extends FakeClientObject {
  constructor(
    context: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {
    super(context);
  }
  protected scalarNames(): string[] { return ['enabled', 'isDataFiltered']; }
  protected snapshot(name: string): unknown {
    const filter = this.ws.sheet().autoFilter;
    return name === 'enabled' ? filter !== null : (filter?.filtered ?? false);
  }
  get enabled(): boolean { return this.read('enabled'); }
  get isDataFiltered(): boolean { return this.read('isDataFiltered'); }
  getRangeOrNullObject(): FakeRange {
    const range = new FakeRange(this.context, () => {
      const sheet = this.ws.find();
      return sheet?.autoFilter ? { sheet, area: sheet.autoFilter.area } : null;
    });
    return range;
  }
}

class FakeTables extends FakeClientObject {
  constructor(
    context: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {
    super(context);
  }
  protected scalarNames(): string[] { return ['items']; }
  protected snapshot(): unknown {
    const sheet = this.ws.sheet();
    return sheet.tables.map((t) => ({ name: t.name, getRange: () => new FakeRange(this.context, () => ({ sheet, area: t.area })) }));
  }
  get items(): Array<{ name: string; getRange: () => FakeRange }> { return this.read('items'); }
}

/**
 * Names scoped to a sheet (Worksheet.names, ExcelApi 1.4): like Excel, they are
 * deleted with their sheet and kept when it is renamed or moved.
 */
class FakeSheetNames extends FakeClientObject {
  constructor(
    context: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {
    super(context);
  }
  protected scalarNames(): string[] { return ['items']; }
  protected override isMissing(): boolean {
    return this.ws.find() === null;
  }
  protected snapshot(): unknown {
    const sheet = this.ws.find();
    if (!sheet) return [];
    // A constant text formula ="…" gives that text as the value, as Excel evaluates it.
    return [...sheet.names].map(([name, n]) => ({ name, formula: n.formula, value: /^="(.*)"$/.exec(n.formula)?.[1]?.replace(/""/g, '"') ?? n.formula, visible: n.visible }));
  }
  get items(): Array<{ name: string; formula: string; value: unknown; visible: boolean }> { return this.read('items'); }

  add(name: string, reference: string): { visible: boolean } {
    const entry = { formula: reference, visible: true };
    this.context.enqueue(() => {
      const sheet = this.ws.sheet();
      if (sheet.names.has(name)) throw new FakeOfficeError('ItemAlreadyExists', `The name ${name} exists on ${sheet.name}.`);
      sheet.names.set(name, entry);
    });
    return {
      set visible(v: boolean) { entry.visible = v; },
      get visible(): boolean { return entry.visible; },
    };
  }
}

class FakeCharts {
  constructor(
    private readonly context: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {}

  add(type: string, source: FakeRange, _seriesBy?: string): { title: { text: string }; setPosition: (start: string) => void } {
    const chart: FakeChart = { type, source: '', title: '', anchor: null };
    this.context.enqueue(() => {
      const { sheet } = source.located();
      if (sheet !== this.ws.sheet()) throw new FakeOfficeError('InvalidArgument', 'The chart source is on another sheet.');
      chart.source = areaA1(source.located().area);
      sheet.charts.push(chart);
    });
    return {
      title: { set text(v: string) { chart.title = v; } } as { text: string },
      setPosition: (start: string) => {
        chart.anchor = start;
      },
    };
  }
}

class FakePageLayout {
  readonly headersFooters: { state: string; firstPage: { centerHeader: string }; defaultForAllPages: { centerHeader: string } };

  constructor(
    private readonly context: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {
    const set = this.set.bind(this);
    const group = (l: FakeSheet['pageLayout']) => (l.headersFooters ??= { firstPage: {}, defaultForAllPages: {} });
    this.headersFooters = {
      set state(v: string) { set((l) => (group(l).state = v)); },
      firstPage: { set centerHeader(v: string) { set((l) => (group(l).firstPage.centerHeader = v)); } } as { centerHeader: string },
      defaultForAllPages: { set centerHeader(v: string) { set((l) => (group(l).defaultForAllPages.centerHeader = v)); } } as { centerHeader: string },
    } as FakePageLayout['headersFooters'];
  }
  private set(fn: (layout: FakeSheet['pageLayout']) => void): void {
    this.context.enqueue(() => fn(this.ws.sheet().pageLayout));
  }
  private margin(side: 'top' | 'bottom' | 'left' | 'right' | 'header' | 'footer', v: number): void {
    this.set((l) => ((l.margins ??= {})[side] = v));
  }
  set orientation(v: string) { this.set((l) => (l.orientation = v)); }
  set paperSize(v: string) { this.set((l) => (l.paperSize = v)); }
  set zoom(v: { horizontalFitToPages?: number; scale?: number }) {
    this.set((l) => {
      if (v.horizontalFitToPages !== undefined) l.fitToWidth = v.horizontalFitToPages;
      if (v.scale !== undefined) l.scale = v.scale;
    });
  }
  set topMargin(v: number) { this.margin('top', v); }
  set bottomMargin(v: number) { this.margin('bottom', v); }
  set leftMargin(v: number) { this.margin('left', v); }
  set rightMargin(v: number) { this.margin('right', v); }
  set headerMargin(v: number) { this.margin('header', v); }
  set footerMargin(v: number) { this.margin('footer', v); }
  set centerHorizontally(v: boolean) { this.set((l) => (l.centerHorizontally = v)); }
  set firstPageNumber(v: number | '') { this.set((l) => (l.firstPageNumber = v)); }
  setPrintTitleRows(rows: string): void { this.set((l) => (l.printTitleRows = rows)); }
}

class FakeShapes {
  constructor(
    private readonly context: FakeContext,
    private readonly ws: FakeWorksheet,
  ) {}

  addLine(startLeft: number, startTop: number, endLeft: number, endTop: number, type: string): { name: string; lineFormat: { color: string; weight: number } } {
    const line: FakeLine = { startLeft, startTop, endLeft, endTop, type };
    this.context.enqueue(() => {
      const sheet = this.ws.sheet();
      if (sheet.protected) throw new FakeOfficeError('AccessDenied', `The sheet ${sheet.name} is protected.`);
      sheet.lines.push(line);
    });
    return {
      set name(v: string) { line.name = v; },
      lineFormat: {
        set color(v: string) { line.color = v; },
        set weight(v: number) { line.weight = v; },
      },
    } as { name: string; lineFormat: { color: string; weight: number } };
  }
}

export class FakeWorksheets extends FakeClientObject {
  constructor(context: FakeContext) {
    super(context);
  }
  protected scalarNames(): string[] { return ['items']; }
  protected snapshot(): unknown {
    return this.context.state.sheets.map((s, position) => ({ name: s.name, position, id: s.id }));
  }
  /** Like Excel's, the loaded items are worksheet proxies: their names and protection can be loaded in turn. */
  get items(): Array<{ name: string; position: number; id: string; names: FakeSheetNames; protection: FakeProtection; getUsedRangeOrNullObject: (valuesOnly?: boolean) => FakeRange }> {
    return this.read<Array<{ name: string; position: number; id: string }>>('items').map((item) => {
      let ws = this.proxies.get(item.id);
      if (!ws) {
        ws = new FakeWorksheet(this.context, () => this.context.state.sheets.find((s) => s.id === item.id) ?? null, false);
        this.proxies.set(item.id, ws);
      }
      const proxy = ws;
      return { ...item, names: ws.names, protection: ws.protection, getUsedRangeOrNullObject: (valuesOnly?: boolean) => proxy.getUsedRangeOrNullObject(valuesOnly) };
    });
  }
  private readonly proxies = new Map<string, FakeWorksheet>();

  getItem(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.context, () => this.context.state.findSheet(name) ?? null, false);
    this.context.enqueue(() => ws.sheet());
    return ws;
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.context.state.findSheet(name) ?? null, true);
  }
  add(name: string): FakeWorksheet {
    const state = this.context.state;
    this.context.enqueue(() => {
      if (state.structureProtected) throw new FakeOfficeError('AccessDenied', 'The workbook structure is protected.');
      if (state.findSheet(name)) throw new FakeOfficeError('ItemAlreadyExists', `A sheet named ${name} exists.`);
      state.sheets.push(new FakeSheet(name));
    });
    return new FakeWorksheet(this.context, () => state.findSheet(name) ?? null, false);
  }
}

export class FakeCustomXmlPart extends FakeClientObject {
  constructor(
    context: FakeContext,
    private readonly part: () => { id: string; xml: string } | null,
  ) {
    super(context);
  }
  protected scalarNames(): string[] { return ['id', 'namespaceUri']; }
  protected override isMissing(): boolean { return this.part() === null; }
  protected snapshot(name: string): unknown {
    const part = this.part()!;
    return name === 'id' ? part.id : namespaceOf(part.xml);
  }
  get id(): string { return this.read('id'); }
  getXml(): FakeClientResult<string> {
    return new FakeClientResult(this.context, () => {
      const part = this.part();
      if (!part) throw new FakeOfficeError('ItemNotFound', 'The custom XML part does not exist.');
      return part.xml;
    });
  }
  setXml(xml: string): void {
    this.context.enqueue(() => {
      const part = this.part();
      if (!part) throw new FakeOfficeError('ItemNotFound', 'The custom XML part does not exist.');
      part.xml = xml;
    });
  }
  delete(): void {
    this.context.enqueue(() => {
      const parts = this.context.state.customXmlParts;
      const part = this.part();
      if (part) parts.splice(parts.indexOf(part), 1);
    });
  }
}

function namespaceOf(xml: string): string | null {
  const root = /<(?!\?)[^>]*?\sxmlns(?::\w+)?="([^"]*)"/.exec(xml);
  return root ? root[1]! : null;
}

class FakeCustomXmlPartCollection extends FakeClientObject {
  private list: FakeCustomXmlPart[] | null = null;
  constructor(
    context: FakeContext,
    private readonly filter: (xml: string) => boolean,
  ) {
    super(context);
  }
  protected scalarNames(): string[] { return ['items']; }
  protected snapshot(): unknown {
    const parts = this.context.state.customXmlParts.filter((p) => this.filter(p.xml));
    this.list = parts.map((p) => {
      // "items/id" brings each part's id with the list, as Excel does.
      return new FakeCustomXmlPart(this.context, () => (this.context.state.customXmlParts.includes(p) ? p : null)).loadedWith({ id: p.id });
    });
    return true;
  }
  get items(): FakeCustomXmlPart[] {
    this.read('items');
    return this.list!;
  }
}

export class FakeCustomXmlParts extends FakeCustomXmlPartCollection {
  constructor(context: FakeContext) {
    super(context, () => true);
  }
  getByNamespace(ns: string): FakeCustomXmlPartCollection {
    return new FakeCustomXmlPartCollection(this.context, (xml) => namespaceOf(xml) === ns);
  }
  add(xml: string): FakeCustomXmlPart {
    let added: { id: string; xml: string } | null = null;
    this.context.enqueue(() => {
      if (!/^\s*(<\?xml[^>]*\?>\s*)?<[A-Za-z]/.test(xml)) throw new FakeOfficeError('InvalidArgument', 'The XML is not well formed.');
      added = this.context.state.addPart(xml);
    });
    return new FakeCustomXmlPart(this.context, () => added);
  }
  getItemOrNullObject(id: string): FakeCustomXmlPart {
    return new FakeCustomXmlPart(this.context, () => this.context.state.customXmlParts.find((p) => p.id === id) ?? null);
  }
  /** A part by id; the batch fails there (ItemNotFound) when no part has that id any more, as in Excel. */
  getItem(id: string): FakeCustomXmlPart {
    const find = (): { id: string; xml: string } | null => this.context.state.customXmlParts.find((p) => p.id === id) ?? null;
    this.context.enqueue(() => {
      if (!find()) throw new FakeOfficeError('ItemNotFound', 'The custom XML part does not exist.');
    });
    return new FakeCustomXmlPart(this.context, find);
  }
}

export class FakeWorkbookApi {
  readonly worksheets: FakeWorksheets;
  private readonly parts: FakeCustomXmlParts;
  private readonly structure: FakeProtection;

  constructor(
    private readonly context: FakeContext,
    state: FakeWorkbook,
  ) {
    this.worksheets = new FakeWorksheets(context);
    this.parts = new FakeCustomXmlParts(context);
    this.structure = new FakeProtection(context, () => state.structureProtected);
  }

  get customXmlParts(): FakeCustomXmlParts {
    this.context.requires('1.5', 'Workbook.customXmlParts');
    return this.parts;
  }
  get protection(): FakeProtection {
    this.context.requires('1.7', 'Workbook.protection');
    return this.structure;
  }
}

/** Worksheet.notes (ExcelApi 1.18): one note a cell, by address. */
class FakeNotes {
  constructor(
    private readonly context: FakeContext,
    private readonly worksheet: FakeWorksheet,
  ) {}

  getItemOrNullObject(address: string): FakeNote {
    return new FakeNote(this.context, () => this.worksheet.sheet(), address.toUpperCase());
  }

  add(address: string, content: string): void {
    this.context.enqueue(() => {
      const notes = this.worksheet.sheet().notes;
      if (notes.has(address.toUpperCase())) throw new FakeOfficeError('InvalidArgument', `The cell ${address} already has a note.`);
      notes.set(address.toUpperCase(), content);
    });
  }
}

class FakeNote extends FakeClientObject {
  constructor(
    context: FakeContext,
    private readonly sheet: () => FakeSheet,
    private readonly address: string,
  ) {
    super(context);
    this.trackNull();
  }

  protected scalarNames(): string[] {
    return ['content'];
  }

  protected override isMissing(): boolean {
    return !this.sheet().notes.has(this.address);
  }

  protected snapshot(): unknown {
    return this.sheet().notes.get(this.address) ?? null;
  }

  get content(): string {
    return this.read('content');
  }

  set content(text: string) {
    this.context.enqueue(() => this.sheet().notes.set(this.address, text));
  }

  delete(): void {
    this.context.enqueue(() => this.sheet().notes.delete(this.address));
  }
}
