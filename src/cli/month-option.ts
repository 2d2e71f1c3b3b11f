import { message } from '../core/messages';
import type { YearMonth } from '../core/months';
import { ReportingMonthSchema } from '../core/schema';
import { CliError } from './cli-error';

/** `--month YYYY-MM`, required by the commands of a month. */
export function parseMonth(text: string | undefined): YearMonth {
  if (text === undefined) throw new CliError(message('cli.missing-month'));
  const parsed = ReportingMonthSchema.safeParse(text);
  if (!parsed.success) throw new CliError(message('cli.bad-month', { text }));
  return parsed.data;
}
