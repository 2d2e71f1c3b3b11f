/**
 * Carries out write plans on an .xlsx package by patching it: checks every
 * plan first and changes nothing when one is refused (the reasons and words of
 * the Excel adapter), then writes them all in one PackageEdit, committed at
 * the end. Parts touched, and why:
 * - the new or rewritten sheet parts, and the existing sheets `cells` plans write into;
 * - xl/workbook.xml: a new sheet's entry (hidden or not), print titles, the
 *   tab shown on opening, recalculation on open;
 * - a new or rewritten sheet's drawing (the rules a plan draws) and its relationships;
 * - another sheet that was the selected tab, when a plan's sheet is to be shown on opening;
 * - its relationships: new sheets (and, once, the DTI record part);
 * - [Content_Types].xml: new parts in, removed parts out;
 * - the sheet's comments part and its VML drawing: the add-in's cell notes (author "DTI");
 * - xl/styles.xml: the planned styles, when the workbook lacks them;
 * - the DTI record's custom XML part: the own-sheet list (refused when that record
 *   is damaged or a newer version's: it is never written over);
 * - xl/calcChain.xml is removed when formulas were replaced;
 * - the parts only a rewritten own sheet used (its printer settings…) are removed.
 * Every other part keeps its bytes.
 */
import { planNotes, type SheetPlan } from '../../core/writing/write-plan';
import type { WorkbookMapping } from '../../core/schema';
import { isOwnSheetOf, type OwnSheet, reconcileOwnSheets, recordOwnSheet, type SheetIdentity } from '../../core/writing/own-sheets';
import { recordKept, sheetExists, sheetMissing, sheetNotOurs, sheetProtected, structureProtected } from '../../ports/blocked-writes';
import type { ApplyOptions, ApplyResult, BlockedWrite } from '../../ports/workbook-port';
import { dropCalcChain } from './calc-chain';
import { DRAWING_CONTENT_TYPE, DRAWING_REL, drawingXml, nextDrawingPart } from './drawing-part';
import { Relationships } from './relationships';
import { childrenNamed } from './xml-index';
import { XmlPatch } from './xml-patch';
import { patchCells } from './cells-patch';
import { patchNotes } from './notes-patch';
import { ContentTypes } from './content-types';
import { keptRecord, writeDtiRecord } from './dti-record-part';
import { CONTENT_TYPE, NS, REL_TYPE } from './namespaces';
import type { PackageEdit, XlsxPackage } from './opc-package';
import { checkCellsPlan } from './sheet-checks';
import { SheetDocument, sharedStringsOf } from './sheet-document';
import { nextWorksheetPart, pruneRelationshipsOf } from './sheet-parts';
import { StyleRegistry } from './styles-registry';
import { WorkbookPart, type WorkbookSheet } from './workbook-part';
import { worksheetXml } from './worksheet-xml';

export interface PackageApply {
  result: ApplyResult;
  /** The DTI record after the writes (the own-sheet list updated when a plan made an own sheet); the one given when nothing changed. */
  record: WorkbookMapping | null;
  /** The parts changed and why (empty when refused). */
  touched: Array<{ path: string; why: string; removed: boolean }>;
}

/** The host-qualified id of a sheet in an .xlsx file: its sheetId, kept when the sheet is renamed. */
export function xlsxId(sheet: Pick<WorkbookSheet, 'sheetId'>): string {
  return `xlsx:${sheet.sheetId}`;
}

export async function applyPlansToPackage(
  pkg: XlsxPackage,
  plans: SheetPlan[],
  record: WorkbookMapping | null,
  options: ApplyOptions = {},
  onProgress?: (done: number, total: number) => void,
): Promise<PackageApply> {
  const edit = pkg.begin();
  const workbook = await WorkbookPart.load(edit);
  const ownSheets = record?.ownSheets ?? [];
  const docs = new Map<SheetPlan, SheetDocument>();
  const blocked = await check(edit, workbook, plans, ownSheets, options, docs);
  if (blocked.length > 0) return { result: { ok: false, blocked }, record, touched: [] };

  const types = await ContentTypes.load(edit);
  const styles = await StyleRegistry.load(edit, workbook);
  let uncalculated = false;
  let formulasRemoved = false;
  const made: Array<{ plan: SheetPlan; sheet: WorkbookSheet }> = [];
  onProgress?.(0, plans.length);
  for (const [i, plan] of plans.entries()) {
    if (plan.mode === 'cells') {
      // Two plans on one sheet: the second patches what the first wrote.
      const doc = docs.get(plan)!;
      const current = await edit.read(doc.path);
      const out = patchCells(current === doc.xml ? doc : new SheetDocument(doc.path, current!), plan, styles);
      await edit.write(doc.path, out.xml, 'the planned cells are written into the sheet');
      await patchNotes(edit, types, doc.path, planNotes(plan));
      uncalculated ||= out.uncalculated;
      formulasRemoved ||= out.formulasRemoved;
    } else {
      const sheet = await writeSheet(edit, workbook, types, styles, plan, ownSheets);
      uncalculated ||= sheet.uncalculated;
      formulasRemoved ||= sheet.formulasRemoved;
      made.push({ plan, sheet: sheet.sheet });
    }
    onProgress?.(i + 1, plans.length);
  }
  const shown = made.filter((m) => m.plan.activate).pop();
  if (shown) await activate(edit, workbook, shown.sheet);
  if (uncalculated) workbook.requestFullCalcOnLoad();
  if (formulasRemoved) dropCalcChain(edit, workbook, types);

  let next = record;
  if (plans.some((p) => p.own)) {
    let registry = reconcileOwnSheets(ownSheets, identitiesOf(workbook));
    for (const { plan, sheet } of made) if (plan.own) registry = recordOwnSheet(registry, { name: sheet.name, id: xlsxId(sheet), token: plan.own.token }, plan.own);
    next = { ...(record ?? { version: 1 as const, sheets: {} }), ownSheets: registry };
    await writeDtiRecord(edit, workbook, types, next);
  }
  await styles.save(edit, workbook, types);
  await workbook.save(edit, 'a sheet was added, or its print titles or recalculation changed');
  await types.save(edit, 'parts were added or removed');
  const touched = edit.touched();
  edit.commit();
  return { result: { ok: true, written: plans.map((p) => p.sheet) }, record: next, touched };
}

/** Every refusal, before anything is written. */
async function check(
  edit: PackageEdit,
  workbook: WorkbookPart,
  plans: SheetPlan[],
  ownSheets: readonly OwnSheet[],
  options: ApplyOptions,
  docs: Map<SheetPlan, SheetDocument>,
): Promise<BlockedWrite[]> {
  const blocked: BlockedWrite[] = [];
  // A plan that makes an own sheet records it in the DTI record, which must then be one this version may rewrite.
  const recording = plans.find((p) => p.own);
  const kept = recording ? await keptRecord(edit) : null;
  if (recording && kept) blocked.push(recordKept(recording.sheet, kept.state, kept.part));
  for (const plan of plans.filter((p) => p.mode !== 'cells')) {
    const found = workbook.find(plan.sheet);
    if (workbook.structureLocked) blocked.push(structureProtected(plan.sheet));
    else if (found && plan.mode === 'create') blocked.push(sheetExists(plan.sheet));
    else if (found && plan.mode === 'replace-own') {
      const identities = identitiesOf(workbook);
      const ours = found.isWorksheet && plan.own !== undefined && isOwnSheetOf(identities[workbook.sheets.indexOf(found)]!, ownSheets, plan.own, identities);
      const xml = ours && found.part ? await edit.read(found.part) : null;
      if (!ours) blocked.push(sheetNotOurs(plan.sheet));
      // A report the user protected is kept as it is, even the add-in's own.
      else if (xml !== null && new SheetDocument(found.part!, xml).isProtected) blocked.push(sheetProtected(plan.sheet));
    }
  }
  const allowed = new Set(options.allowOverwrite ?? []);
  let shared: string[] | null = null;
  const sharedPath = workbook.rels.ofType(REL_TYPE.sharedStrings)[0]?.part;
  const sharedXml = sharedPath ? await edit.read(sharedPath) : null;
  const sharedStrings = (): string[] => (shared ??= sharedXml && sharedPath ? sharedStringsOf(sharedXml, sharedPath) : []);
  for (const plan of plans.filter((p) => p.mode === 'cells')) {
    const found = workbook.find(plan.sheet);
    const xml = found?.isWorksheet && found.part ? await edit.read(found.part) : null;
    if (!found || xml === null) {
      blocked.push(sheetMissing(plan.sheet));
      continue;
    }
    const doc = [...docs.values()].find((d) => d.path === found.part) ?? new SheetDocument(found.part!, xml);
    docs.set(plan, doc);
    // Every cell of a column may be refused: no spread of a list that long.
    for (const b of await checkCellsPlan(edit, doc, plan, allowed, sharedStrings)) blocked.push(b);
  }
  return blocked;
}

/** A `create` or `replace-own` plan: a new sheet after the last one, or the own sheet's part rewritten where it is. */
async function writeSheet(
  edit: PackageEdit,
  workbook: WorkbookPart,
  types: ContentTypes,
  styles: StyleRegistry,
  plan: SheetPlan,
  ownSheets: readonly OwnSheet[],
): Promise<{ sheet: WorkbookSheet; uncalculated: boolean; formulasRemoved: boolean }> {
  const found = plan.mode === 'replace-own' ? workbook.find(plan.sheet) : undefined;
  let formulasRemoved = false;
  let sheet: WorkbookSheet;
  let part: string;
  if (found?.part) {
    // Same part, same sheetId, same place: defined names and the own-sheet record keep pointing at it.
    part = found.part;
    const old = (await edit.read(part)) ?? '';
    formulasRemoved = /<(?:\w+:)?f[\s>/]/.test(old);
    await pruneRelationshipsOf(edit, types, part, 'only the replaced own sheet used it');
    workbook.dropBuiltInNames(workbook.sheets.indexOf(found));
    if ((found.state === 'hidden') !== (plan.hidden ?? false)) workbook.setHidden(workbook.sheets.indexOf(found), plan.hidden ?? false);
    sheet = found;
  } else {
    part = nextWorksheetPart(edit, workbook.path);
    types.setOverride(part, CONTENT_TYPE.worksheet);
    const reserved = ownSheets.flatMap((s) => s.ids).map((id) => /^xlsx:(\d+)$/.exec(id)?.[1]).filter((n): n is string => n !== undefined).map(Number);
    sheet = workbook.addWorksheet(plan.sheet, part, reserved, plan.hidden ?? false);
  }
  const links = plan.rules?.length ? { drawing: await writeDrawing(edit, types, part, plan) } : {};
  const { xml, uncalculated } = worksheetXml(plan, styles, links);
  await edit.write(part, xml, found?.part ? "the add-in's own sheet is rewritten in place" : 'a new sheet');
  if (plan.print?.repeatRows) workbook.setPrintTitles(workbook.sheets.indexOf(sheet), plan.print.repeatRows);
  if (plan.own) workbook.setOwnMark(workbook.sheets.indexOf(sheet), plan.own.token);
  return { sheet, uncalculated, formulasRemoved };
}

/** Every sheet as the own-sheet record knows it: name, sheetId, and the token of its hidden mark. */
function identitiesOf(workbook: WorkbookPart): SheetIdentity[] {
  const marks = workbook.ownMarks();
  return workbook.sheets.map((s, i) => ({ name: s.name, id: xlsxId(s), ...(marks.get(i) ? { token: marks.get(i)! } : {}) }));
}

/** The plan's rules as the sheet's drawing part (linked from the sheet's relationships); returns the relationship id. */
async function writeDrawing(edit: PackageEdit, types: ContentTypes, sheetPart: string, plan: SheetPlan): Promise<string> {
  const base = sheetPart.slice(0, sheetPart.lastIndexOf('/', sheetPart.lastIndexOf('/') - 1) + 1);
  const drawing = nextDrawingPart(edit.paths(), base);
  const geometry = { columns: plan.columnPoints ?? {}, heights: plan.heights ?? {}, defaultHeight: 15 };
  await edit.write(drawing, drawingXml(plan.rules!, geometry), "the rules under the report's heading lines");
  types.setOverride(drawing, DRAWING_CONTENT_TYPE);
  const rels = await Relationships.load(edit, sheetPart);
  const id = rels.add(DRAWING_REL, drawing);
  await rels.save(edit, "the sheet's drawing (its rules) is linked from it");
  return id;
}

/**
 * The sheet shown when the file is opened: the workbook's active tab, and the
 * only selected tab (another sheet left selected would open grouped with it,
 * and an edit would go to both).
 */
async function activate(edit: PackageEdit, workbook: WorkbookPart, sheet: WorkbookSheet): Promise<void> {
  workbook.setActiveTab(workbook.sheets.indexOf(sheet));
  for (const other of workbook.sheets) {
    if (other === sheet || !other.part || !other.isWorksheet) continue;
    const xml = await edit.read(other.part);
    if (xml === null || !/\btabSelected="(?:1|true)"/.test(xml)) continue;
    const doc = new SheetDocument(other.part, xml);
    const views = doc.child('sheetViews');
    const patch = new XmlPatch(xml);
    for (const view of views ? childrenNamed(views, 'sheetView', NS.main) : []) if (view.attrs.tabSelected !== undefined) patch.setAttr(view, 'tabSelected', null);
    if (patch.changed) await edit.write(other.part, patch.toString(), 'the report is the tab shown on opening: this sheet is no longer selected with it');
  }
}
