/** The texts of the units' forms (CycleView and cycle-commands), Vietnamese first; loaded with them, on demand. */
import { stringTable } from './string-table';

const vi = {
  title: 'Phiếu báo cáo của các đơn vị',
  help: 'Tạo cho mỗi đơn vị chủ trì một phiếu của tháng đã chọn (tải về một tệp .zip), gửi đơn vị điền kết quả và tài liệu kiểm chứng; khi nhận lại, chọn các tệp để nhập vào sổ này. Ô đã có số liệu khác sẽ được hỏi trước khi ghi đè.',
  make: 'Tạo phiếu cho các đơn vị',
  merge: 'Nhập phiếu đơn vị',
  noOwners: 'Không có chỉ tiêu nào của tháng {month} ghi đơn vị chủ trì: chưa tạo được phiếu. Hãy chọn cột đơn vị chủ trì ở mục Ánh xạ cột.',
  formItem: '{file}: {unit} ({n} chỉ tiêu)',
  unowned: '{n} chỉ tiêu không ghi đơn vị chủ trì nên không có trong phiếu nào.',
  formsMade: 'Đã tạo {n} phiếu báo cáo tháng {month} trong tệp {name}: gửi mỗi đơn vị phiếu của mình.',
  nothingWritten: 'Chưa ghi gì vào sổ làm việc:',
  refusal: '{where}: {reason}',
  unitNote: 'Ghi chú của {unit} ({indicator}): {note}',
  noChange: 'Không có ô nào thay đổi.',
  merged: 'Đã nhập {n} ô từ {forms} phiếu (kết quả vào cột tháng {month}, tài liệu kiểm chứng vào cột "Minh chứng {month}").',
};

type CycleKey = keyof typeof vi;

const en: Record<CycleKey, string> = {
  title: "Units' monthly forms",
  help: 'Make one form per owning unit for the chosen month (downloaded as one .zip), send each unit its own to fill in results and evidence; when they come back, pick the files to merge them into this workbook. A cell already holding another value is asked about first.',
  make: 'Make the units\u2019 forms',
  merge: "Merge the units' forms",
  noOwners: 'No indicator of {month} names an owning unit: no form can be made. Choose the owner column under Mapping.',
  formItem: '{file}: {unit} ({n} indicators)',
  unowned: '{n} indicators name no owning unit, so they are on no form.',
  formsMade: 'Made {n} forms for {month} in {name}: send each unit its own.',
  nothingWritten: 'Nothing was written to the workbook:',
  refusal: '{where}: {reason}',
  unitNote: 'Note from {unit} ({indicator}): {note}',
  noChange: 'No cell changed.',
  merged: 'Merged {n} cells from {forms} forms (results into the {month} column, evidence into "Minh chứng {month}").',
};

export const { t: cycleText, both: cycleNotice } = stringTable<CycleKey>(vi, en);
