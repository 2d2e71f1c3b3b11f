/**
 * A generated commune plan of any size, the shape officials keep: a title row,
 * the header row, then one row per indicator with its target, owner, deadline
 * and results for T1/2026 … T12/2026 (18 columns). Targets, units and results
 * vary from row to row the way real plans do: shares typed as 0.72 and shown as
 * 72%, shares typed as text with a comma decimal, "8/9", "Đạt"/"Chưa", numbers
 * with the unit in the header, cells left empty and unreadable ones.
 */
import ExcelJS from 'exceljs';

export const PLAN_SHEET = 'Kế hoạch';
export const PLAN_MONTHS = 12;
/** 0-based column of T1/2026; the months follow. */
export const FIRST_MONTH_COLUMN = 6;

export type PlanValue = string | number | null;

interface Kind {
  unit: string;
  target: string;
  result: (i: number, m: number) => PlanValue;
  /** Results stored as fractions and shown with the 0% number format. */
  percentFormat?: boolean;
}

const KINDS: Kind[] = [
  { unit: '%', target: 'Đạt tối thiểu 70%', result: (i, m) => ((i * 7 + m * 5) % 60) / 100 + 0.4, percentFormat: true },
  { unit: '%', target: 'Trên 80%', result: (i, m) => `${60 + ((i + m * 3) % 40)},5%` },
  { unit: 'nền tảng', target: '9/9 nền tảng', result: (i, m) => `${Math.min(9, 3 + ((i + m) % 7))}/9` },
  { unit: 'Đạt/Không đạt', target: 'Đạt', result: (i, m) => ((i + m) % 3 === 0 ? 'Chưa' : 'Đạt') },
  { unit: '%', target: 'Không quá 5%', result: (i, m) => `${(i + m) % 9}%` },
  { unit: 'doanh nghiệp/1.000 dân', target: '01 doanh nghiệp/1.000 dân', result: (i, m) => `${((i + m) % 15) / 10}`.replace('.', ',') },
  // Mostly numbers, sometimes nothing reported yet, sometimes unreadable.
  {
    unit: '%',
    target: '≥ 50%',
    result: (i, m) => ((i + m) % 11 === 0 ? null : (i + m) % 13 === 0 ? 'khoảng 60' : (i + m) % 17 === 0 ? '-' : `${40 + ((i * 3 + m) % 30)}%`),
  },
];

const OWNERS = ['Văn phòng HĐND và UBND', 'Phòng Văn hóa - Xã hội', 'Phòng Kinh tế', 'Công an xã', 'Trung tâm Phục vụ hành chính công'];

export interface LargePlan {
  /** Every row of the sheet from A1, values as stored. */
  rows: PlanValue[][];
  /** 0-based sheet rows whose month cells use the 0% number format. */
  percentRows: number[];
}

/** The plan of `n` indicators as rows of values. */
export function largePlan(n: number): LargePlan {
  const rows: PlanValue[][] = [
    ['KẾ HOẠCH CHUYỂN ĐỔI SỐ NĂM 2026 CỦA UBND xã Lộc Tấn'],
    ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Chỉ tiêu năm 2026', 'Đơn vị chủ trì', 'Thời hạn', ...Array.from({ length: PLAN_MONTHS }, (_, m) => `T${m + 1}/2026`)],
  ];
  const percentRows: number[] = [];
  for (let i = 0; i < n; i++) {
    const kind = KINDS[i % KINDS.length]!;
    if (kind.percentFormat) percentRows.push(rows.length);
    rows.push([
      String(i + 1),
      `Chỉ tiêu chuyển đổi số số ${i + 1}`,
      kind.unit,
      kind.target,
      OWNERS[i % OWNERS.length]!,
      `Tháng ${1 + (i % 12)}/2026`,
      ...Array.from({ length: PLAN_MONTHS }, (_, m) => kind.result(i, m)),
    ]);
  }
  return { rows, percentRows };
}

/** The plan of `n` indicators written to `path` as an .xlsx file. */
export async function writePlan(path: string, n: number): Promise<void> {
  const plan = largePlan(n);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(PLAN_SHEET);
  for (const row of plan.rows) ws.addRow(row);
  for (const r of plan.percentRows) {
    for (let m = 0; m < PLAN_MONTHS; m++) ws.getCell(r + 1, FIRST_MONTH_COLUMN + m + 1).numFmt = '0%';
  }
  await wb.xlsx.writeFile(path);
}
