import { maxOf } from '../arrays';
import { type Cell, type CellValue, type Grid, cellAt, isBlankValue, isEmptyRow, isUncalculated } from '../grid';
import { parseTargetText } from '../target/parse-target';
import { foldWords, joinFragments } from '../text';
import { cellText, tableCell } from './cells';
import { DATA_FIELDS, type FieldKey, TEXT_FIELDS } from './fields';
import { type HeaderLayout, isRepeatedHeader } from './header-rows';
import { type IdShape, idShape, isSectionShape, splitLeadingLabel } from './id-shape';
import { hasTwoLetters, startsLower, startsUpper } from '../letters';

/** One cell of an indicator, as read (text joined over continuation lines). */
export interface RawCell {
  text: string;
  value: CellValue;
  format?: string;
  /** Set when the cell holds a formula (value is its cached result). */
  formula?: string;
  /** The value is a merged cell's, begun on a row above. */
  inherited?: boolean;
  /** Grid row and column of the cell's first line. */
  row: number;
  col: number;
}

export interface Group {
  id: string | null;
  name: string;
  row: number;
  /** The owner written on the section's row: its indicators' owner when they name none. */
  owner?: RawCell;
}

/** An indicator as found in the rows, before its target and actuals are read. */
export interface RawIndicator {
  firstRow: number;
  lastRow: number;
  fields: Partial<Record<FieldKey, RawCell>>;
  months: Map<number, RawCell>;
  group: Group | null;
  /** The id was taken from the row above (a merged STT cell, or a pasted row without STT). */
  idShared: boolean;
  hidden: boolean;
}

export interface TableRows {
  indicators: RawIndicator[];
  sections: Group[];
  /** Rows inside the table that belong to nothing (grid rows, with their text). */
  stray: Array<{ row: number; text: string }>;
  continuations: number;
  repeatedHeaders: number;
  lastRow: number;
}

interface RowInfo {
  row: number;
  blank: boolean;
  repeat: boolean;
  /** The document's end: "Nơi nhận:", a signer's block, "Người lập biểu". */
  footer: boolean;
  id: string;
  idInherited: boolean;
  shape: IdShape;
  name: string;
  hasData: boolean;
  hasMonths: boolean;
  /** Non-empty text cells of the row, by field (inherited merge values left out). */
  own: Partial<Record<FieldKey, RawCell>>;
  months: Map<number, RawCell>;
  firstText: string;
}

/** Reads the rows under a header, from `start` up to (not including) `end`. */
export function readTableRows(grid: Grid, header: HeaderLayout, start: number, end: number, title: Group | null): TableRows {
  const infos: RowInfo[] = [];
  // Rows with nothing at all are only gaps: a sparse sheet (a stray cell at XFD1048576) costs nothing here.
  for (let row = start; row < end; row++) infos.push(isEmptyRow(grid, row) ? blankRow(row) : rowInfo(grid, header, row));
  const indicatorShapes = new Set(infos.filter((i) => i.hasData && !i.repeat && i.shape !== 'none').map((i) => i.shape));
  if (indicatorShapes.size === 0) {
    // No row has data yet (a plan typed before its targets): the deepest numbering is the indicators'.
    const depth = maxOf(infos.map((i) => (i.shape.startsWith('number-') ? Number(i.shape.slice(7)) : 0)));
    if (depth > 0) indicatorShapes.add(`number-${depth}`);
  }
  const hidden = new Set(grid.hiddenRows ?? []);
  // Where numbered rows hold the figures, "I", "II", "A" rows are sections even when they carry an owner, a
  // deadline or a count of their indicators ("02 chỉ tiêu").
  const numbered = infos.some((i) => i.shape.startsWith('number-') && hasFigures(i));

  const result: TableRows = { indicators: [], sections: [], stray: [], continuations: 0, repeatedHeaders: 0, lastRow: start - 1 };
  let group = title;
  let current: RawIndicator | null = null;
  let gap = false; // a blank row since the last indicator line

  for (let at = 0; at < infos.length; at++) {
    const info = infos[at]!;
    // What follows the signatures is not the table's.
    if (info.footer) break;
    if (info.blank) {
      gap = true;
      continue;
    }
    if (info.repeat) {
      result.repeatedHeaders++;
      continue; // a page break: the indicator above may go on below it
    }

    // A note, a source or a total under the rows ("Ghi chú: …", "(*) …", "Nguồn: …", "Tổng cộng") belongs to
    // no indicator: it neither continues the row above nor counts as one, whatever figures it holds.
    if (info.id === '' && isAsideLine(info.firstText)) {
      result.stray.push({ row: info.row, text: info.firstText });
      current = null;
      continue;
    }

    // A page break may leave blank lines inside a cut cell: after a gap only a line that
    // starts mid-sentence (lower case) continues the indicator above.
    const cut = current !== null && (!gap || startsLower(info.name || info.firstText));
    // "2.1 Tỷ lệ văn bản đi được ký số, trong đó:" heads the a), b) rows under it (it may name their owner).
    const heading = !info.hasMonths && !info.own.target && !info.own.actual && /:\s*$/.test(info.name);
    const isSection =
      heading ||
      (numbered && isSectionShape(info.shape)) ||
      (info.shape === 'none' && !hasFigures(info) && (isCapitals(info.firstText) || ((!cut || ownsRow(info)) && (nextLine(infos, at)?.shape ?? 'none') !== 'none'))) ||
      (!info.hasData && !info.hasMonths && headsNumbering(info.id, nextLine(infos, at)?.id ?? '')) ||
      (!info.hasData &&
      !info.hasMonths &&
      (isSectionShape(info.shape) ||
        (info.shape !== 'none' && !indicatorShapes.has(info.shape)) ||
        (info.shape === 'none' && !cut && info.firstText !== '')));
    if (isSection) {
      const label = info.shape === 'none' || info.shape === 'other' ? splitLeadingLabel(info.firstText) : { label: info.id, text: info.name };
      group = { id: label.label, name: label.text || info.firstText, row: info.row, ...(info.own.owner ? { owner: info.own.owner } : {}) };
      result.sections.push(group);
      current = null;
      gap = false;
      continue;
    }

    // A merged STT cell over a wrapped row gives its lines an inherited id: they still continue the row above.
    if ((info.id === '' || info.idInherited) && current && cut && !startsNewIndicator(info)) {
      joinInto(current, info);
      result.continuations++;
      result.lastRow = info.row;
      continue;
    }

    if (info.id === '' && !info.hasData && !info.hasMonths) {
      result.stray.push({ row: info.row, text: info.firstText });
      continue;
    }

    const shared = info.id === '' && current !== null && !gap;
    const aboveId = shared ? current?.fields.id : undefined;
    const idCell: RawCell | undefined = info.own.id ?? (aboveId ? { ...aboveId, row: info.row } : undefined);
    const next: RawIndicator = {
      firstRow: info.row,
      lastRow: info.row,
      fields: { ...(group?.owner ? { owner: { ...group.owner, inherited: true } } : {}), ...info.own, ...(idCell ? { id: idCell } : {}) },
      months: new Map(info.months),
      group,
      idShared: info.idInherited || (shared && idCell !== undefined),
      hidden: hidden.has(info.row),
    };
    current = next;
    result.indicators.push(next);
    result.lastRow = info.row;
    gap = false;
  }
  return result;
}

/**
 * A row without an id after an indicator is a new indicator only when it reads as
 * one: its name starts a sentence and its target stands alone ("Tỷ lệ hồ sơ … một
 * phần" with "80%" under seed 002's merged 1.3). Otherwise it is what a PDF paste
 * left of the cells above ("chung", "đẫn của Bộ", "ngành/1.000 dân").
 */
function startsNewIndicator(info: RowInfo): boolean {
  if (info.hasMonths && !info.own.name) return true;
  const name = info.own.name?.text ?? '';
  const target = info.own.target;
  // Upper and lower case Vietnamese letters interleave in Unicode: only the Unicode classes tell them apart.
  if (!startsUpper(name) || !target) return false;
  if (startsLower(target.text)) return false;
  return parseTargetText(target.text).ok;
}

function joinInto(indicator: RawIndicator, info: RowInfo): void {
  for (const [field, cell] of Object.entries(info.own) as Array<[FieldKey, RawCell]>) {
    const prev = indicator.fields[field];
    // A cell merged over the wrapped lines is one value, not a text to join again ("100%" + "100%").
    if (cell.inherited && prev) continue;
    if (!prev) {
      indicator.fields[field] = cell;
    } else if (TEXT_FIELDS.includes(field)) {
      const text = joinFragments(prev.text, cell.text);
      indicator.fields[field] = { ...prev, text, value: text };
    }
  }
  for (const [col, cell] of info.months) if (!indicator.months.has(col)) indicator.months.set(col, cell);
  indicator.lastRow = info.row;
}

/**
 * The row under a header that numbers its columns ("1 | 2 | 3 …", "(1) | (2) …",
 * "A | B | C | 1 | 2"): part of the header, repeated with it at page breaks.
 */
function isColumnNumbering(grid: Grid, row: number, header: HeaderLayout): boolean {
  let labels = 0;
  let last = 0;
  for (let col = header.left; col <= header.right; col++) {
    const value = cellAt(grid, row, col).value;
    if (isBlankValue(value)) continue;
    const m = /^\(?([A-Za-z]|\d{1,2})\)?\.?$/.exec(String(value).trim());
    if (!m) return false;
    const n = Number(m[1]);
    if (!Number.isNaN(n)) {
      if (n <= last) return false;
      last = n;
    }
    labels++;
  }
  return labels >= 3 && labels >= 0.6 * header.texts.size;
}

/** A row with something to judge: a target, a result or its counts. */
function hasFigures(info: RowInfo): boolean {
  return info.hasMonths || info.own.target !== undefined || info.own.actual !== undefined || info.own.numerator !== undefined;
}

/** A line naming its own owner, starting a sentence: a heading, not the wrapped end of the name above. */
function ownsRow(info: RowInfo): boolean {
  return startsUpper(info.firstText) && info.own.owner !== undefined && !info.own.owner.inherited;
}

/** "CHÍNH QUYỀN SỐ": a section's title, in capitals, of two words or more (not an acronym cut off a name, "(VNEID)"). */
function isCapitals(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => hasTwoLetters(w));
  return words.length >= 2 && text === text.toLocaleUpperCase('vi');
}

/** Lines that annotate or total a table: notes, footnotes, sources, totals. */
function isAsideLine(text: string): boolean {
  if (/^\s*(\(\*+\)|\*+)/.test(text)) return true;
  // "Ghi chú: …", "Nguồn: …" (not "Nguồn nhân lực số", a name).
  if (/^\s*(ghi chú|lưu ý|chú thích|chú ý|nguồn( số liệu)?)\s*(:|$)/iu.test(text)) return true;
  // "Tổng cộng", "Cộng", "Tổng số chỉ tiêu đạt: …" (not "Tổng số hồ sơ …", "Cộng đồng số …").
  return /^(tong cong\b|tong so chi tieu\b|(cong|tong|tong so)$)/.test(foldWords(text));
}

/** The words that open a document's closing part: recipients, the signer's block, who drew the table up. */
const FOOTER = /^(noi nhan|tm ?(uy ban|ubnd|ban)|t m|kt ?(chu tich|truong)|k t|chu tich|pho chu tich|nguoi lap( bieu)?|nguoi tong hop|thu truong( don vi)?|xac nhan cua)\b/;

function isFooterRow(grid: Grid, row: number, header: HeaderLayout): boolean {
  for (let col = header.left; col <= header.right; col++) {
    const value = cellAt(grid, row, col).value;
    if (typeof value === 'string' && value.length < 120 && FOOTER.test(foldWords(value))) return true;
  }
  return false;
}

/**
 * What a pasted document leaves between pages, alone on its row: "(tiếp theo)",
 * "(tiếp)", a page number ("2", "- 2 -", "Trang 2/5", "2/5").
 */
function isContinuedMark(firstText: string, grid: Grid, row: number, header: HeaderLayout): boolean {
  if (!/^\(?\s*tiếp( theo)?\s*\)?\.?$/i.test(firstText) && !/^[-–—\s]*(trang\s*)?\d{1,3}(\s*\/\s*\d{1,3})?[-–—\s]*$/i.test(firstText)) return false;
  let texts = 0;
  for (let col = header.left; col <= header.right; col++) if (!isBlankValue(cellAt(grid, row, col).value)) texts++;
  return texts === 1;
}

/** "1." over "1.1", "1.2": a row numbered as the parent of the next row's number is a sub-section (when it holds no figures). */
function headsNumbering(id: string, nextId: string): boolean {
  const stem = id.trim().replace(/\.$/, '');
  const next = nextId.trim().replace(/\.$/, '');
  return /^\d+(\.\d+)*$/.test(stem) && next.startsWith(`${stem}.`) && /^\d+(\.\d+)+$/.test(next);
}

function nextLine(infos: readonly RowInfo[], at: number): RowInfo | undefined {
  for (let i = at + 1; i < infos.length; i++) if (!infos[i]!.blank && !infos[i]!.repeat) return infos[i];
  return undefined;
}

function blankRow(row: number): RowInfo {
  return { row, blank: true, repeat: false, footer: false, id: '', idInherited: false, shape: 'none', name: '', hasData: false, hasMonths: false, own: {}, months: new Map(), firstText: '' };
}

function rowInfo(grid: Grid, header: HeaderLayout, row: number): RowInfo {
  const own: Partial<Record<FieldKey, RawCell>> = {};
  let idInherited = false;
  let blank = true;
  let firstText = '';
  for (let col = header.left; col <= header.right; col++) {
    const t = tableCell(grid, row, col);
    if (!isBlankValue(t.cell.value)) {
      blank = false;
      if (!firstText && !t.inherited) firstText = cellText(t.cell.value);
    }
  }
  for (const [field, col] of Object.entries(header.columns) as Array<[FieldKey, number]>) {
    const t = tableCell(grid, row, col);
    if (!holdsSomething(t.cell)) continue;
    // A merged cell counts on every row it spans for the id and the data fields, not for the name.
    if (t.inherited && field !== 'id' && !DATA_FIELDS.includes(field)) continue;
    if (field === 'id' && t.inherited) idInherited = true;
    own[field] = { ...rawCell(t.cell, row, col), ...(t.inherited ? { inherited: true } : {}) };
  }
  const months = new Map<number, RawCell>();
  for (const m of header.months) {
    const c = cellAt(grid, row, m.col);
    if (holdsSomething(c)) months.set(m.col, rawCell(c, row, m.col));
  }
  const id = own.id?.text ?? '';
  const hasData = DATA_FIELDS.some((f) => own[f] !== undefined);
  return {
    row,
    blank,
    repeat: !blank && (isRepeatedHeader(grid, row, header) || isColumnNumbering(grid, row, header) || isContinuedMark(firstText, grid, row, header)),
    footer: !blank && isFooterRow(grid, row, header),
    id,
    idInherited,
    shape: idShape(id),
    name: own.name?.text ?? '',
    hasData,
    hasMonths: months.size > 0,
    own,
    months,
    firstText,
  };
}

/** A value, or a formula still to be calculated (which is a problem to report, not an empty cell). */
function holdsSomething(cell: Cell): boolean {
  return !isBlankValue(cell.value) || isUncalculated(cell);
}

function rawCell(cell: Cell, row: number, col: number): RawCell {
  return {
    text: cellText(cell.value),
    value: cell.value,
    ...(cell.format ? { format: cell.format } : {}),
    ...(cell.formula ? { formula: cell.formula } : {}),
    row,
    col,
  };
}
