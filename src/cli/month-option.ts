import { bi } from '../core/i18n';
import type { YearMonth } from '../core/months';
import { ReportingMonthSchema } from '../core/schema';
import { CliError } from './cli-error';

/** `--month YYYY-MM`, required by the commands of a month. */
export function parseMonth(text: string | undefined): YearMonth {
  if (text === undefined) throw new CliError(bi('Thiếu tháng báo cáo: --month YYYY-MM (ví dụ --month 2026-11).', 'Missing the reporting month: --month YYYY-MM (e.g. --month 2026-11).'));
  const parsed = ReportingMonthSchema.safeParse(text);
  if (!parsed.success) throw new CliError(bi(`Tháng "${text}" không hợp lệ; dùng dạng YYYY-MM, ví dụ 2026-11.`, `Invalid month "${text}"; use YYYY-MM, e.g. 2026-11.`));
  return parsed.data;
}
