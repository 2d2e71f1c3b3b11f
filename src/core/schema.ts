/**
 * The data contracts, in zod: a target's JSON form, the saved mapping of a
 * sheet's columns (stored in the workbook, validated when read back), and the
 * reporting month. Everything read from outside the core passes through here.
 */
import * as z from 'zod/mini';
import { type Message, message, schemaProblem } from './messages';
import { FIELD_KEYS } from './mapping/fields';
import { parseYearMonth, type YearMonth } from './months';
import { OPS, TARGET_KINDS } from './target/types';
import { OwnSheetSchema } from './writing/own-sheets';

/** "YYYY-MM" → { year, month }. */
export const ReportingMonthSchema = z.pipe(
  z.string().check(z.trim()),
  z.transform((text: string, ctx): YearMonth => {
    const ym = parseYearMonth(text);
    if (!ym) {
      ctx.issues.push({ code: 'custom', message: 'not a YYYY-MM month', input: text });
      return z.NEVER;
    }
    return ym;
  }),
);

/** The public JSON form of a target (the `dti target --json` contract; TargetJson is its type). */
export const TargetJsonSchema = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    kind: z.enum(TARGET_KINDS),
    op: z.enum(OPS),
    value: z.union([z.number(), z.boolean()]),
    of: z.optional(z.number()),
    per: z.optional(z.number()),
    unit: z.optional(z.string()),
    text: z.string(),
  }),
  z.object({ ok: z.literal(false), error: z.string(), code: z.string(), text: z.string() }),
]);

const ColumnLetters = z.string().check(z.regex(/^[A-Z]{1,3}$/, 'column letters such as "C"'));
const FieldKeySchema = z.enum(FIELD_KEYS);

/** One table of a sheet, as the user confirmed it (sheet coordinates: 1-based rows, column letters). */
export const TableMappingSchema = z
  .object({
    headerTop: z.int().check(z.minimum(1)),
    headerBottom: z.int().check(z.minimum(1)),
    columns: z.partialRecord(FieldKeySchema, ColumnLetters),
    months: z.array(
      z.object({
        column: ColumnLetters,
        year: z.nullable(z.int()),
        month: z.int().check(z.minimum(1), z.maximum(12)),
        part: z.optional(z.enum(['numerator', 'denominator'])),
      }),
    ),
  })
  .check(
    z.refine((t) => t.headerBottom >= t.headerTop, { message: 'headerBottom must not be above headerTop' }),
    z.refine((t) => t.columns.name !== undefined, { message: 'a table needs its indicator-name column' }),
  );
export type TableMapping = z.infer<typeof TableMappingSchema>;

export const SheetMappingSchema = z.object({
  /** False when the user said this sheet holds no indicators. */
  indicators: z.boolean(),
  tables: z.array(TableMappingSchema),
});
export type SheetMapping = z.infer<typeof SheetMappingSchema>;

/** A text setting: kept when it is a string, dropped (never an error) when a record holds anything else. */
const Setting = z.catch(z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(300))), undefined);

/**
 * The parts of the monthly report a commune says once (asked in the task pane,
 * given to `dti summary` as options), kept in the workbook's DTI record. Every
 * field is optional, and a field of the wrong type is dropped rather than
 * making the whole record unreadable, so older records and hand-edited ones
 * still read.
 */
export const ReportSettingsSchema = z.object({
  /** The report's number in the office's register, by reporting month ("2026-11" → "05"): each month's report has its own. */
  numbers: z.catch(z.optional(z.record(z.string().check(z.regex(/^\d{4}-\d{2}$/)), z.string().check(z.regex(/^\d{1,6}$/)))), undefined),
  /** "Kính gửi": the body the report goes to ("Sở Khoa học và Công nghệ tỉnh Đồng Nai"). */
  recipient: Setting,
  /** The signer's office as the user says it ("Phó Chủ tịch"), or the title lines themselves separated by "/". */
  signerTitle: Setting,
  signerName: Setting,
  /** The province ("Đồng Nai", "tỉnh Đồng Nai", "thành phố Hà Nội"). */
  province: Setting,
});
export type ReportSettings = z.infer<typeof ReportSettingsSchema>;

/** What the add-in keeps in the workbook (custom XML part / document settings). */
export const WorkbookMappingSchema = z.object({
  version: z.literal(1),
  sheets: z.record(z.string(), SheetMappingSchema),
  /** The commune's name for the summary header, once found or asked. */
  commune: z.optional(z.string()),
  /** The report's document parts said once (number, recipient, signer, province). */
  report: z.catch(z.optional(ReportSettingsSchema), undefined),
  /** The monthly cycle of forms: the day of the month units send theirs by (default 20). */
  cycle: z.catch(z.optional(z.object({ deadlineDay: z.optional(z.int().check(z.minimum(1), z.maximum(31))) })), undefined),
  /** The sheets the add-in made (reports, history): the only sheets it may replace. */
  ownSheets: z.optional(z.array(OwnSheetSchema)),
  savedAt: z.optional(z.string()),
});
export type WorkbookMapping = z.infer<typeof WorkbookMappingSchema>;

export type ParseResult<T> = { success: true; data: T } | { success: false; error: Message };

/** Reads a stored mapping; a broken or foreign one is an error, never a crash. */
export function parseWorkbookMapping(json: string): ParseResult<WorkbookMapping> {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { success: false, error: message('record.not-json') };
  }
  const parsed = WorkbookMappingSchema.safeParse(raw);
  if (parsed.success) return { success: true, data: parsed.data };
  return { success: false, error: message('record.invalid', schemaProblem(parsed.error.issues[0])) };
}
