import { FIRST_MONTH_COLUMN, largePlan, PLAN_MONTHS, PLAN_SHEET } from '../plans/large-plan';
import { FakeWorkbook } from './fake-workbook';

/** kit/plans/large-plan's plan of `n` indicators (18 columns, 12 months) in the fake Excel. */
export function largePlanWorkbook(n: number): FakeWorkbook {
  const plan = largePlan(n);
  const workbook = new FakeWorkbook();
  const sheet = workbook.addSheet(PLAN_SHEET, plan.rows);
  for (const r of plan.percentRows) {
    for (let m = 0; m < PLAN_MONTHS; m++) sheet.own(r, FIRST_MONTH_COLUMN + m).numberFormat = '0%';
  }
  return workbook;
}
