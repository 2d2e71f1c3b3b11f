/**
 * Why a workbook port refused a plan, in the same words whatever holds the
 * workbook (Excel through Office.js, or an .xlsx file): one definition per
 * reason, used by both adapters.
 */
import { bi } from '../core/i18n';
import type { BlockedWrite } from './workbook-port';

export function sheetExists(sheet: string): BlockedWrite {
  return { sheet, where: sheet, reason: 'sheet-exists', message: bi(`Đã có trang tính "${sheet}"; không ghi đè.`, `A sheet named "${sheet}" exists; it is not replaced.`) };
}

export function sheetNotOurs(sheet: string): BlockedWrite {
  return { sheet, where: sheet, reason: 'sheet-exists', message: bi(`Trang tính "${sheet}" không do DTI tạo; không ghi đè.`, `The sheet "${sheet}" was not made by DTI; it is not replaced.`) };
}

export function sheetMissing(sheet: string): BlockedWrite {
  return {
    sheet,
    where: sheet,
    reason: 'sheet-missing',
    message: bi(
      `Không còn trang tính "${sheet}" (có thể vừa bị đổi tên hoặc xóa); chưa ghi gì. Bấm "Kiểm tra lại" rồi thử lại.`,
      `There is no sheet named "${sheet}" any more (it may have been renamed or deleted); nothing was written. Check again and retry.`,
    ),
  };
}

export function sheetProtected(sheet: string): BlockedWrite {
  return {
    sheet,
    where: sheet,
    reason: 'protected',
    message: bi(`Trang tính "${sheet}" đang được bảo vệ. Bỏ bảo vệ (Xem lại → Bỏ bảo vệ trang tính) rồi thử lại.`, `The sheet "${sheet}" is protected. Unprotect it (Review → Unprotect Sheet) and try again.`),
  };
}

export function structureProtected(sheet: string): BlockedWrite {
  return {
    sheet,
    where: sheet,
    reason: 'protected',
    message: bi('Cấu trúc sổ làm việc đang được bảo vệ nên không thêm được trang tính. Bỏ bảo vệ sổ làm việc rồi thử lại.', 'The workbook structure is protected, so no sheet can be added. Unprotect the workbook and try again.'),
  };
}

export function cellNotEmpty(sheet: string, address: string): BlockedWrite {
  return {
    sheet,
    where: address,
    reason: 'cell-not-empty',
    message: bi(`Ô ${address} trên "${sheet}" đã có dữ liệu không do DTI ghi; chưa ghi đè.`, `Cell ${address} on "${sheet}" holds data DTI did not write; it was not overwritten.`),
  };
}

export function tableOverlap(sheet: string, table: string): BlockedWrite {
  return {
    sheet,
    where: table,
    reason: 'table-overlap',
    message: bi(
      `Cột tình trạng trên "${sheet}" sẽ nằm trong bảng Excel "${table}". Chuyển bảng về vùng dữ liệu thường (Thiết kế bảng → Chuyển thành dải ô) hoặc để trống các cột bên phải bảng.`,
      `The status columns on "${sheet}" would fall inside the Excel table "${table}". Convert it to a range (Table Design → Convert to Range) or leave the columns right of it empty.`,
    ),
  };
}

export function filtered(sheet: string, range: string): BlockedWrite {
  return {
    sheet,
    where: range,
    reason: 'filter',
    message: bi(
      `Trang tính "${sheet}" đang lọc dữ liệu (${range}). Xóa bộ lọc (Dữ liệu → Xóa) rồi thử lại, để không ghi vào các dòng đang bị ẩn.`,
      `The sheet "${sheet}" has an active filter (${range}). Clear it (Data → Clear) and try again, so no hidden row is written.`,
    ),
  };
}

export function splitFormula(sheet: string, address: string): BlockedWrite {
  return {
    sheet,
    where: address,
    reason: 'shared-formula',
    message: bi(
      `Ô ${address} trên "${sheet}" thuộc một công thức mảng hoặc công thức dùng chung trải trên nhiều ô mà lần ghi này chỉ thay một phần; DTI không tách công thức đó. Nhập lại (hoặc xóa) các ô đó trong Excel rồi thử lại.`,
      `Cell ${address} on "${sheet}" belongs to an array or shared formula spanning cells this write only partly replaces; DTI does not split such a formula. Re-enter (or clear) those cells in Excel and try again.`,
    ),
  };
}

/**
 * The DTI record (column mapping, the sheets DTI made) cannot be read, or a newer
 * version wrote it: a write that would replace it is refused, so nothing the
 * record holds is lost. `where` is the part holding it.
 */
export function recordKept(sheet: string, state: 'damaged' | 'newer', where: string): BlockedWrite {
  const message =
    state === 'newer'
      ? bi(
          'Sổ làm việc này có bản ghi DTI do một phiên bản DTI mới hơn ghi, nên phiên bản này không ghi đè lên nó; chưa ghi gì. Hãy cập nhật DTI (add-in và lệnh dti) rồi thử lại.',
          'This workbook holds a DTI record written by a newer version of DTI, so this version does not write over it; nothing was written. Update DTI (the add-in and the dti command) and try again.',
        )
      : bi(
          'Bản ghi DTI trong sổ làm việc (ánh xạ cột, danh sách trang tính do DTI tạo) bị hỏng, nên DTI không ghi đè lên nó; chưa ghi gì. Hãy dùng bản sao của sổ làm việc từ trước khi bị hỏng, hoặc chép các trang tính sang một sổ làm việc mới rồi thử lại.',
          'The DTI record in the workbook (column mapping, the sheets DTI made) is damaged, so DTI does not write over it; nothing was written. Use a copy of the workbook from before the damage, or copy the sheets into a new workbook and try again.',
        );
  return { sheet, where, reason: 'record-kept', message };
}

/** The same reason for the same place once. */
export function dedupeBlocked(list: BlockedWrite[]): BlockedWrite[] {
  const seen = new Set<string>();
  return list.filter((b) => {
    const key = `${b.sheet}|${b.reason}|${b.where}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
