import type { Deadline } from './deadline';
import type { CellValue } from './grid';
import type { Bilingual } from './i18n';
import type { FieldKey } from './mapping/fields';
import type { OwnedColumn } from './mapping/header-vocabulary';
import type { TargetParse } from './target/types';

/** A cell of the user's sheet that a value was read from. */
export interface CellRef {
  sheet: string;
  /** A1 address on the sheet. */
  address: string;
  /** 1-based sheet row. */
  row: number;
  /** 0-based sheet column. */
  col: number;
  value: CellValue;
  format?: string;
  /** Set when the cell holds a formula (value is its cached result, null when never calculated). */
  formula?: string;
  text: string;
}

/** A month result column of a table, in sheet coordinates. */
export interface SheetMonthColumn {
  /** 0-based sheet column. */
  col: number;
  year: number | null;
  month: number;
  label: string;
  /** Set when the column holds one of the counts behind the month's share. */
  part?: 'numerator' | 'denominator';
}

/** An indicator table as mapped on a sheet. */
export interface SheetTable {
  sheet: string;
  index: number;
  /** 1-based sheet rows of the header (equal for a one-row header). */
  headerTop: number;
  headerBottom: number;
  /** 1-based sheet rows of the first and last line of data. */
  firstRow: number;
  lastRow: number;
  /** 0-based sheet columns of the table's left and right edges. */
  left: number;
  right: number;
  /** Field → 0-based sheet column. */
  columns: Partial<Record<FieldKey, number>>;
  months: SheetMonthColumn[];
  owned: Partial<Record<OwnedColumn, number>>;
  /** Header text per 0-based sheet column. */
  headers: Record<number, string>;
  targetYear: number | null;
  /** The year the table plans for (its target header's, else its title's, its months', its sheet's). */
  planYear: number | null;
  title: string | null;
  /** 0–1: how much of the header was understood and how many targets could be read. */
  confidence: number;
  source: 'detected' | 'saved';
}

export interface Indicator {
  /** Stable key within a workbook: "Sheet!row". */
  key: string;
  sheet: string;
  table: number;
  /** 1-based sheet row of the indicator's first line, and of its last (continuation lines). */
  row: number;
  lastRow: number;
  id: string | null;
  /** The id is shared with the row above (a merged STT cell). */
  idShared: boolean;
  group: string | null;
  groupId: string | null;
  name: string;
  unit: string | null;
  target: TargetParse;
  /** The target was written in the indicator's name, not in a target cell. */
  targetFromName: boolean;
  horizonTarget: TargetParse | null;
  owner: string | null;
  upstreamOwner: string | null;
  coordinators: string | null;
  deadline: Deadline | null;
  /** True when no deadline column exists and the end of the plan year is assumed. */
  deadlineAssumed: boolean;
  notes: string | null;
  hidden: boolean;
  /** The cells each field was read from (first line). */
  cells: Partial<Record<FieldKey, CellRef>>;
  /** Values in the table's month columns, by 0-based sheet column (empty cells absent). */
  monthValues: Record<number, CellRef>;
}

export type Severity = 'error' | 'warning' | 'info';

export type ProblemCode =
  | 'no-table'
  | 'target-missing'
  | 'target-unreadable'
  | 'unit-contradiction'
  | 'share-over-100'
  | 'actual-unreadable'
  | 'actual-out-of-range'
  | 'duplicate-id'
  | 'missing-owner'
  | 'horizon-unreadable'
  | 'deadline-unreadable'
  | 'hidden-row'
  | 'stray-row'
  | 'formula-error'
  | 'formula-not-calculated'
  | 'mapping-doubtful'
  | 'month-sheet-twice'
  | 'month-column-twice'
  | 'targets-from-plan'
  | 'month-sheet-copy';

export interface Problem {
  sheet: string;
  /** A1 address of the cell the problem sits in. */
  cell: string;
  severity: Severity;
  code: ProblemCode;
  message: Bilingual;
  /** The indicator's id (or name) when the problem belongs to one. */
  indicator?: string;
}

export interface SheetReport {
  sheet: string;
  tables: number;
  indicators: number;
  /** The month the sheet reports when it is one of a plan's monthly copies ("T11", "… THÁNG 11/2026"). */
  month: { year: number | null; month: number; from: 'name' | 'title' } | null;
  /** The user hid the sheet. */
  hidden?: boolean;
}

export interface Analysis {
  tables: SheetTable[];
  indicators: Indicator[];
  problems: Problem[];
  sheets: SheetReport[];
}
