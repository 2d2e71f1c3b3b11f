/**
 * Plans carry a part of tasks next to their indicators ("Nhiệm vụ": documents to
 * issue, campaigns to run): rows with no numeric target, often with a deadline,
 * whose result is written in words ("Đã ban hành", "Chưa thực hiện"). Such a row
 * is a task, not an indicator missing its target.
 */
import { foldWords } from '../text';
import { classifyUnit, nameIsMeasure } from '../units';

/** What a task shows where a target would stand; the status formulas pass it as the target (it reads as a task). */
export const TASK_TARGET_TEXT = 'Nhiệm vụ';

/** Words that open an action: "Ban hành …", "Tổ chức …", "Triển khai …". */
const ACTION =
  /^(ban hanh|xay dung|trien khai|to chuc|tuyen truyen|ra soat|cap nhat|hoan thien|hoan thanh|thuc hien|kien toan|day manh|tang cuong|duy tri|nang cap|dau tu|bo tri|phat dong|huong dan|dao tao|tap huan|so hoa|lap dat|thanh lap|chi dao|phoi hop|kiem tra|danh gia|van hanh|khai thac|mua sam|trang bi|ho tro|tiep tuc|quan triet|lua chon|cong bo|pho bien|cung cap|thi diem|tham muu|chuyen doi|ket noi|tich hop|dang ky|phat trien|ung dung|boi duong|mo rong|tao lap|giao nhiem vu|thanh tra|sap xep)\b/;

/** Section or table titles over a part of tasks. */
const TASK_PART = /\b(nhiem vu|giai phap|hoat dong|cong viec|nhiem vu trong tam)\b/;

/** Result words that only a task has ("Đã ban hành", "Chưa thực hiện", "Đang triển khai"). */
const TASK_RESULT = /^(da|chua|dang) [a-z]/;

export interface RowForTask {
  name: string;
  unit: string | null;
  /** Titles of the section and table the row stands in. */
  part: ReadonlyArray<string | null>;
  /** The row's results as written (month columns or the result column). */
  results: readonly string[];
}

export function isTaskRow(row: RowForTask): boolean {
  if (!row.name || nameIsMeasure(row.name)) return false;
  const unit = classifyUnit(row.unit);
  if (unit === 'percent' || unit === 'index') return false;
  if (row.part.some((title) => title !== null && TASK_PART.test(foldWords(title)))) return true;
  if (ACTION.test(foldWords(row.name))) return true;
  return row.results.length > 0 && row.results.every((r) => TASK_RESULT.test(foldWords(r)));
}
