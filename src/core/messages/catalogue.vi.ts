import type { Catalogue } from './catalogue';
import type { FieldKey } from '../mapping/fields';
import type { ArgName, SchemaProblem } from './params';

/** What each mappable column holds, as a Vietnamese label. */
const FIELD_VI: Readonly<Record<FieldKey, string>> = {
  id: 'STT',
  name: 'Chỉ tiêu',
  unit: 'Đơn vị tính',
  target: 'Chỉ tiêu năm',
  horizonTarget: 'Chỉ tiêu đến 2030',
  owner: 'Đơn vị chủ trì (xã)',
  upstreamOwner: 'Cơ quan chủ trì cấp trên',
  coordinators: 'Đơn vị phối hợp',
  deadline: 'Thời hạn',
  baseline: 'Hiện trạng (năm gốc)',
  actual: 'Kết quả thực hiện',
  numerator: 'Số thực hiện (tử số)',
  denominator: 'Tổng số (mẫu số)',
  assessment: 'Đánh giá, so sánh',
  notes: 'Ghi chú',
  basis: 'Căn cứ',
  tasks: 'Nhiệm vụ',
};

/** Argument names as Vietnamese sentences say them. */
export const ARG_VI: Readonly<Record<ArgName, string>> = {
  actual: 'kết quả',
  target: 'chỉ tiêu',
  unit: 'đơn vị tính',
  baseline: 'giá trị đầu kỳ',
  numerator: 'tử số',
  denominator: 'mẫu số',
  start: 'ngày bắt đầu',
  deadline: 'thời hạn',
  asOf: 'ngày đánh giá',
};

const TYPE_VI: Readonly<Record<string, string>> = {
  string: 'một chuỗi chữ',
  number: 'một con số',
  boolean: 'đúng/sai',
  object: 'một đối tượng',
  array: 'một danh sách',
  record: 'một bảng các mục',
};

function problem(p: SchemaProblem, f: Parameters<Catalogue['record.invalid']>[1]): string {
  switch (p.kind) {
    case 'type':
      return `cần ${TYPE_VI[p.expected] ?? `kiểu ${p.expected}`}`;
    case 'too-small':
      return `nhỏ hơn mức tối thiểu ${f.num(p.minimum)}`;
    case 'too-big':
      return `lớn hơn mức tối đa ${f.num(p.maximum)}`;
    case 'value':
      return `phải là một trong: ${p.allowed}`;
    case 'unknown-keys':
      return `có mục không biết: ${p.keys}`;
    case 'other':
      return 'sai dạng';
  }
}

const where = (path: string): string => (path === '' ? '' : ` (mục "${path}")`);

/** An example of each option's value, for the sentence that says it is missing. */
const OPTION_EXAMPLE_VI: Readonly<Record<string, string>> = {
  month: '--month 2026-11',
  out: '--out bao-cao.xlsx',
  sheet: '--sheet "Phụ lục 1"',
  lang: '--lang en',
  unit: '--unit %',
  commune: '--commune "xã Lộc Tấn"',
  pdf: '--pdf bao-cao.pdf',
  so: '--so 05',
  'kinh-gui': '--kinh-gui "Sở Khoa học và Công nghệ tỉnh Đồng Nai"',
  'chuc-vu': '--chuc-vu "Phó Chủ tịch"',
  'nguoi-ky': '--nguoi-ky "Nguyễn Văn An"',
  tinh: '--tinh "Đồng Nai"',
  'out-dir': '--out-dir phieu-T11',
  prefer: '--prefer form',
  'han-nop': '--han-nop 20',
  formulas: '--formulas plain',
};

const BLANK_PART_VI = {
  commune: 'tên xã (--commune "xã …")',
  number: 'số văn bản (--so 05)',
  recipient: 'nơi nhận "Kính gửi" (--tinh "…" hoặc --kinh-gui "…")',
  signerName: 'họ tên người ký (--nguoi-ky "…")',
} as const;

const RETURN_STATE_VI = { on_time: 'đúng hạn', late: 'muộn', missing: 'chưa gửi', waiting: 'chưa đến hạn' } as const;

const SAVE_AS_XLSX_VI = 'Hãy mở tệp trong Excel và lưu lại dạng "Excel Workbook (*.xlsx)".';

const SHEET_DAMAGE_VI = {
  'no-relationship': 'không có liên kết tới dữ liệu của nó',
  outside: 'liên kết của nó trỏ ra ngoài tệp',
  'not-a-sheet': 'liên kết của nó không trỏ tới một trang tính',
  'missing-part': 'dữ liệu của nó không có trong tệp',
} as const;

const SEVERITY_VI = { error: 'LỖI', warning: 'CẢNH BÁO', info: 'GHI CHÚ' } as const;

const OWNED_HEADER_VI = { gap: 'Chênh lệch', status: 'Tình trạng', progress: 'Tiến độ' } as const;

const EXCEL_ERROR_VI = {
  AccessDenied: 'Excel không cho phép thao tác này (trang tính hoặc tệp đang được bảo vệ?).',
  ItemNotFound: 'Không tìm thấy trang tính hoặc ô cần dùng. Có thể trang tính vừa bị đổi tên hoặc xóa; hãy bấm "Kiểm tra lại".',
  ItemAlreadyExists: 'Đã có trang tính trùng tên.',
  InvalidArgument: 'Excel không nhận dữ liệu ghi vào (có ô đang được gộp hoặc dữ liệu không hợp lệ).',
  RequestPayloadSizeLimitExceeded: 'Lượng dữ liệu quá lớn cho một lần ghi.',
  InvalidOperationInCellEditMode: 'Excel đang ở chế độ sửa ô. Nhấn Enter hoặc Esc trong ô rồi thử lại.',
  GeneralException: 'Excel báo lỗi chung. Hãy thử lại.',
  unknown: 'Đã có lỗi khi làm việc với Excel. Hãy thử lại.',
} as const;

const OP_VI = { '>=': 'tối thiểu', '>': 'trên', '<=': 'tối đa', '<': 'dưới', '=': 'bằng' } as const;

const KIND_VI = {
  percent: 'tỷ lệ',
  number: 'số',
  count: 'số lượng',
  rate: 'mật độ',
  boolean: 'đạt / không đạt',
  qualitative: 'định tính, cần minh chứng',
  task: 'nhiệm vụ: hoàn thành hay chưa',
} as const;

export const vi: Catalogue = {
  'field.label': (p) => FIELD_VI[p.field],
  'label.met': () => 'Đạt',
  'label.not-met': () => 'Chưa đạt',
  'label.no-data': () => 'Chưa có số liệu',
  'label.unreadable': () => 'Không đọc được',
  'label.answer-yes': () => 'Đạt',
  'label.answer-no': () => 'Chưa đạt',
  'label.threshold-no': () => 'Không',
  'label.done': () => 'Hoàn thành',
  'label.not-done': () => 'Chưa hoàn thành',
  'label.per-year': () => '/năm',
  'label.points': () => 'điểm %',
  'column.id': () => 'STT',
  'column.indicator': () => 'Chỉ tiêu',
  'column.target': () => 'Chỉ tiêu năm',
  'column.previous': () => 'Tháng trước',
  'column.month': (p) => `T${String(p.month).padStart(2, '0')}/${p.year}`,
  'column.gap': () => 'Chênh lệch',
  'column.status': () => 'Tình trạng',
  'column.owner': () => 'Đơn vị chủ trì',
  'formula.on-track': () => 'Đúng tiến độ',
  'formula.behind': () => 'Chậm tiến độ',
  'formula.bad-lang': () => 'Ngôn ngữ phải là "vi" hoặc "en".',
  'formula.cell-error': (p) => `Ô ${ARG_VI[p.arg]} đang báo lỗi ${p.error}.`,
  'formula.number-not-boolean': (p) => `Ô ${ARG_VI[p.arg]} cần một con số, không phải ${p.value ? 'TRUE' : 'FALSE'}.`,
  'formula.not-a-number': (p) => `Không đọc được "${p.text}" ở ô ${ARG_VI[p.arg]} thành một con số.`,
  'formula.date-empty': (p) => `Ô ${ARG_VI[p.arg]} để trống.`,
  'formula.date-not-a-day': (p, f) => `Ô ${ARG_VI[p.arg]} không phải là một ngày${p.value === undefined ? '' : ` (${f.num(p.value, 6)})`}.`,
  'formula.date-not-real': (p) => `"${p.text}" ở ô ${ARG_VI[p.arg]} không phải là một ngày có thật.`,
  'formula.date-unreadable': (p) => `Không đọc được "${p.text}" ở ô ${ARG_VI[p.arg]} thành một ngày (ví dụ 31/12/2026 hoặc Tháng 12/2026).`,
  'formula.yes-no-no-path': () => 'Chỉ tiêu Đạt/Không đạt không có lộ trình theo số; hãy dùng DTI.STATUS.',
  'formula.yes-no-no-gap': () => 'Chỉ tiêu Đạt/Không đạt không có khoảng cách bằng số; hãy dùng DTI.STATUS hoặc DTI.MET.',
  'formula.baseline-empty': () => 'Ô giá trị đầu kỳ để trống (nhập 0 nếu bắt đầu từ 0).',
  'formula.deadline-not-after-start': () => 'Thời hạn phải sau ngày bắt đầu.',
  'formula.denominator-zero': () => 'Mẫu số bằng 0: không tính được tỷ lệ.',
  'formula.ranges-differ': () => 'Các vùng ô không cùng kích thước.',
  'formula.unclear-scale': (p, f) => {
    const [tv, pct, av] = [f.num(p.target, 4), f.pct(p.target, 2), f.num(p.actual, 4)];
    return `Không rõ chỉ tiêu ${tv} là tỷ lệ ${pct} hay con số ${tv} (kết quả là ${av}). Hãy ghi chỉ tiêu dạng "${pct}" hoặc nhập đơn vị tính (ví dụ "%" hoặc "điểm").`;
  },
  'actual.negative': (p) => `Kết quả âm (${p.shown}) không hợp lệ.`,
  'actual.over-100': (p) => `Kết quả tỷ lệ vượt 100% (${p.shown}).`,
  'actual.over-total': (p, f) => `Kết quả ${f.num(p.value, 6)} vượt quá tổng số ${f.num(p.total, 6)} của chỉ tiêu.`,
  'actual.error-value': (p) => `Ô kết quả đang báo lỗi ${p.error}.`,
  'actual.not-real-number': (p) => `Ô kết quả chứa giá trị không phải số thực (${p.shown}); hãy nhập lại.`,
  'actual.date': (p, f) =>
    `Ô kết quả chứa ngày ${f.date(p.serial)}: có lẽ Excel đã đổi một phân số như "8/10" thành ngày. Hãy định dạng ô là Văn bản (Text) rồi gõ lại.`,
  'actual.not-a-number': (p) => `Không đọc được "${p.text}" thành một con số.`,
  'actual.ambiguous-share': (p, f) => {
    const v = f.num(p.value, 6);
    return `Số ${v} không rõ là ${v}% hay ${f.pct(p.value, 4)}: hãy ghi kèm dấu % (ví dụ ${v}%).`;
  },
  'actual.share-for-rate': (p) => `Chỉ tiêu tính theo ${p.unit === undefined ? 'mật độ' : `"${p.unit}"`}; kết quả phần trăm không dùng được (ví dụ đúng: "0,8/1.000").`,
  'actual.counts-unreadable': (p) => `Không đọc được số thực hiện / tổng số "${p.text}".`,
  'actual.zero-total': () => 'Tổng số (mẫu số) bằng 0: chưa tính được tỷ lệ.',
  'actual.not-calculated': () => 'Ô có công thức nhưng tệp chưa lưu kết quả tính: mở tệp trong Excel và lưu lại để tính.',
  'actual.not-yes-no': (p) => `Chỉ tiêu này cần kết quả "Đạt"/"Chưa đạt" (hoặc "Có", "Hoàn thành", "Đã …"); "${p.text}" không rõ đạt hay chưa.`,
  'actual.yes-no-for-number': (p) => `Chỉ tiêu này cần một con số, không phải "${p.text}".`,
  'target.empty': () => 'Ô chỉ tiêu để trống.',
  'target.error-value': (p) => `Ô chỉ tiêu đang báo lỗi ${p.error}.`,
  'target.two-thresholds': (p) => `Chỉ tiêu có nhiều mức (${p.thresholds}), không biết dùng mức nào.`,
  'target.bad-number': (p) => `Không đọc được số "${p.text}".`,
  'target.no-threshold': () => 'Không tìm thấy mức chỉ tiêu (số, tỷ lệ % hoặc "Đạt").',
  'target.not-a-target': (p) => `"${p.text}" không phải là một chỉ tiêu.`,
  'target.unit-boolean-number': (p) => `Đơn vị tính "${p.unit}" là chỉ tiêu Đạt/Không đạt nhưng chỉ tiêu lại là một con số.`,
  'target.relative': () =>
    'Chỉ tiêu là một mức tăng/giảm so với trước đó; bảng không có số liệu gốc để tính. Hãy ghi mức cần đạt (ví dụ "Dưới 8%", "Giảm còn 5%").',
  'target.rank': () => 'Chỉ tiêu là một thứ hạng (nhóm dẫn đầu, xếp hạng): bảng không có số liệu để so; hãy ghi mức cần đạt bằng con số.',
  'target.ambiguous-share': (p, f) => {
    const [v, share] = [f.num(p.value, 4), f.pct(p.value, 2)];
    return `Số ${v} dưới đơn vị "%" không rõ là ${v}% hay ${share}: hãy ghi kèm dấu % (ví dụ ${share}).`;
  },
  'target.date': (p, f) =>
    `Ô chỉ tiêu chứa ngày ${f.date(p.serial)}: có lẽ Excel đã đổi một phân số như "9/9" thành ngày. Hãy định dạng ô là Văn bản (Text) rồi gõ lại.`,
  'target.not-calculated': () => 'Ô chỉ tiêu có công thức nhưng tệp chưa lưu kết quả tính: mở tệp trong Excel và lưu lại để tính.',
  'target.unit-percent-text': (p) => `Đơn vị tính "${p.unit}" là tỷ lệ nhưng chỉ tiêu không có con số.`,
  'check.sheet-empty': () => 'Trang tính trống.',
  'check.no-table': () => 'Không tìm thấy bảng chỉ tiêu (cần một dòng tiêu đề có cột chỉ tiêu và cột STT, đơn vị tính hoặc chỉ tiêu năm).',
  'check.stray-row': (p) => `Dòng "${p.text}" không thuộc chỉ tiêu nào nên được bỏ qua.`,
  'check.month-hidden': (p) => `Cột "${p.label}" (${p.here}) đang ẩn và trùng tháng với cột ${p.read}: đọc cột ${p.read}.`,
  'check.month-cumulative': (p) => `Cột "${p.label}" (${p.here}) là số trong tháng; kết quả so với chỉ tiêu năm được đọc ở cột lũy kế ${p.read}.`,
  'check.month-twice': (p) => `Hai cột cùng ghi "${p.label}" (${p.here} và ${p.read}): đọc cột ${p.read}, bỏ qua cột ${p.here}. Hãy sửa tiêu đề cột bị chép nhầm.`,
  'check.no-owner-column': () => 'Bảng không có cột đơn vị chủ trì: báo cáo sẽ không chỉ ra được ai phụ trách các chỉ tiêu chưa đạt.',
  'check.target-missing': (p) => `Chỉ tiêu "${p.label}" chưa có mức chỉ tiêu.`,
  'check.target-unreadable': (p) => `Không đọc được chỉ tiêu "${p.text}": ${p.reason.vi}`,
  'check.share-over-100': (p) => `Chỉ tiêu tỷ lệ vượt 100% ("${p.text}").`,
  'check.count-with-share-target': (p) =>
    `Tên "${p.name}" và đơn vị tính "${p.unit}" là số đếm nhưng chỉ tiêu là tỷ lệ ("${p.text}"): kết quả được hiểu là tỷ lệ. Hãy kiểm tra lại đơn vị tính hoặc mức chỉ tiêu.`,
  'check.horizon-unreadable': (p) => `Không đọc được chỉ tiêu đến 2030 "${p.text}": ${p.reason.vi}`,
  'check.deadline-unreadable': (p) => `Không đọc được thời hạn "${p.text}" (ví dụ đúng: "Tháng 12/2026", "Thường xuyên").`,
  'check.missing-owner': (p) => `Chỉ tiêu "${p.label}" chưa có đơn vị chủ trì.`,
  'check.hidden-row': (p) => `Chỉ tiêu "${p.label}" nằm trên dòng đang bị ẩn; vẫn được tính.`,
  'check.cell-error': (p) => `Ô đang báo lỗi ${p.error}.`,
  'check.unit-contradiction': (p) => `Đơn vị tính "${p.unit}" không khớp với kết quả "${p.text}": ${p.reason.vi}`,
  'check.mapping-doubtful': (p) =>
    `Cột ${p.letters} ("${p.header}") được hiểu là cột chỉ tiêu năm nhưng chỉ ${p.thresholds}/${p.written} ô đọc được thành mức chỉ tiêu: ánh xạ có thể sai. Hãy kiểm tra mục Ánh xạ cột (hoặc "dti check") và chọn đúng cột chỉ tiêu.`,
  'check.duplicate-id': (p) => `STT "${p.id}" trùng với dòng ${p.row} trong cùng nhóm.`,
  'cli.option-takes-no-value': (p) => `Tùy chọn --${p.name} không nhận giá trị; chỉ cần viết --${p.name}.`,
  'cli.option-needs-value': (p) => `Thiếu giá trị sau --${p.name}, ví dụ ${OPTION_EXAMPLE_VI[p.name] ?? `--${p.name} …`}.`,
  'cli.unknown-option-meant': (p) => `Không có tùy chọn ${p.written}. Có phải ý bạn là --${p.meant}?`,
  'cli.unknown-option': (p) => `Không có tùy chọn ${p.written}. Xem các tùy chọn bằng: dti --help`,
  'summary.pdf-is-out': () => '--pdf và --out phải là hai tệp khác nhau.',
  'summary.wrote-report': (p) => `Đã ghi báo cáo vào trang tính "${p.sheet}" và phụ lục vào trang "${p.appendix}" của tệp ${p.file}.`,
  'summary.renamed': (p) => `Đã có trang tính của người dùng trùng tên nên báo cáo được đặt tên "${p.sheet}", phụ lục "${p.appendix}".`,
  'summary.pdf-failed': (p) => `LibreOffice không tạo được tệp PDF (${p.program}).`,
  'summary.wrote-pdf': (p) => `Đã ghi báo cáo và phụ lục ra tệp PDF ${p.file} (để ký số và gửi).`,
  'summary.no-libreoffice': () =>
    'Không tìm thấy LibreOffice để tạo tệp PDF. Cài LibreOffice (https://www.libreoffice.org), hoặc bỏ --pdf, dùng --out rồi mở tệp trong Excel: Tệp → Xuất → Tạo PDF/XPS, chọn hai trang báo cáo và phụ lục (giữ Ctrl khi bấm tên trang), Tùy chọn → "Trang tính hiện hoạt".',
  'summary.blank-parts': (p) =>
    `Phần văn bản còn để trống, điền tay hoặc chạy lại với: ${p.parts.map((x) => BLANK_PART_VI[x]).join('; ')}. Thông tin đã cho được lưu trong tệp --out, lần sau không cần nhập lại.`,
  'summary.forms-heading': (p) => `Phiếu báo cáo tháng (hạn ${p.deadline}):`,
  'summary.form-state': (p) => RETURN_STATE_VI[p.state],
  'summary.unit-shortfalls': (p) => `chưa đạt ${p.count}`,
  'summary.met-without-evidence': (p) => `Đạt nhưng chưa có tài liệu kiểm chứng (${p.count}):`,
  'summary.sheet-heading': (p) => `Trang tính "${p.sheet}"`,
  'summary.totals': (p) =>
    `Tháng ${String(p.month).padStart(2, '0')}/${p.year}: ${p.met} đạt, ${p.notMet} chưa đạt, ${p.noData} chưa có số liệu, ${p.invalid} không đọc được (tổng ${p.all}).`,
  'summary.data-problems': (p) => `Vấn đề dữ liệu: ${p.count}`,
  'summary.kept-edited': (p) => `${p.names} đã được sửa tay nên được giữ nguyên; báo cáo mới nằm ở trang "${p.sheet}", phụ lục ở trang "${p.appendix}".`,
  'input.not-found': (p) => `Không tìm thấy tệp "${p.file}". Hãy kiểm tra tên tệp và thư mục.`,
  'input.is-folder': (p) => `"${p.file}" là thư mục, không phải tệp Excel. Hãy chỉ tới tệp .xlsx.`,
  'input.not-regular': (p) => `"${p.file}" không phải một tệp thường (mà là thiết bị, ống dẫn hay ổ cắm). Hãy chỉ tới tệp .xlsx.`,
  'input.too-large': (p, f) =>
    `"${p.file}" nặng ${f.size(p.size)}, quá giới hạn ${f.size(p.limit)} mà dti đọc. Hãy bỏ bớt ảnh hay trang tính không cần, hoặc tách thành nhiều sổ làm việc.`,
  'input.no-permission': (p) => `Không có quyền đọc "${p.file}". Hãy xin quyền đọc hoặc chép tệp sang thư mục của bạn.`,
  'input.cannot-read': (p) => `Không đọc được tệp "${p.file}". Hãy kiểm tra đường dẫn và ổ đĩa.`,
  'workbook.not-xlsx': (p) => `"${p.file}" không phải sổ làm việc Excel .xlsx. ${SAVE_AS_XLSX_VI}`,
  'workbook.old-xls': (p) => `"${p.file}" là sổ làm việc Excel kiểu cũ (.xls, Excel 97–2003), dti chỉ đọc .xlsx. ${SAVE_AS_XLSX_VI}`,
  'workbook.encrypted': (p) =>
    `"${p.file}" được đặt mật khẩu nên dti không đọc được. Hãy mở tệp trong Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ Sổ làm việc → Mã hóa bằng Mật khẩu, xóa mật khẩu), lưu lại rồi chạy lại.`,
  'workbook.damaged': (p) => `Không đọc được "${p.file}": tệp có dạng nén như .xlsx nhưng bị hỏng hoặc không phải sổ làm việc Excel. ${SAVE_AS_XLSX_VI}`,
  'workbook.size-mismatch': (p) =>
    `Không đọc được "${p.file}": tệp bị hỏng hoặc đã bị sửa, vì một phần bên trong giải nén ra khác kích thước ghi trong tệp. Hãy xin lại tệp gốc, hoặc mở trong Excel và lưu lại.`,
  'workbook.checksum': (p) =>
    `Không đọc được "${p.file}": tệp bị hỏng, vì dữ liệu của một phần bên trong không khớp mã kiểm tra (CRC) ghi trong tệp (tệp chép thiếu, hoặc hỏng trên ổ đĩa). Hãy xin lại tệp gốc, hoặc mở trong Excel và lưu lại.`,
  'workbook.duplicate': (p) =>
    `Không đọc được "${p.file}": tệp bị hỏng hoặc đã bị sửa, vì có hai phần bên trong cùng một tên nên mỗi chương trình có thể đọc ra dữ liệu khác nhau. Hãy xin lại tệp gốc.`,
  'workbook.damaged-sheet': (p) =>
    `Không đọc được "${p.file}": sổ làm việc bị hỏng, vì trang tính "${p.sheet}" có trong danh sách trang tính nhưng ${SHEET_DAMAGE_VI[p.damage]}. Hãy mở tệp trong Excel và lưu lại, hoặc xin lại tệp gốc.`,
  'workbook.unsupported': (p) => `Không đọc được "${p.file}": tệp nén được mã hóa hoặc nén theo cách Excel không dùng. ${SAVE_AS_XLSX_VI}`,
  'workbook.too-many-parts': (p, f) =>
    `"${p.file}" gồm ${f.count(p.count)} phần, quá giới hạn ${f.count(p.limit)} phần mà dti đọc; một sổ làm việc thường chỉ có vài chục. Hãy kiểm tra nguồn tệp, hoặc mở trong Excel và lưu lại.`,
  'workbook.too-large': (p, f) =>
    `"${p.file}" khi giải nén lớn ${f.size(p.size)}, quá giới hạn ${f.size(p.limit)} mà dti đọc. Tệp có thể là "bom nén" hoặc quá lớn: hãy kiểm tra nguồn tệp, hoặc tách thành nhiều sổ làm việc.`,
  'workbook.part-too-large': (p, f) =>
    `"${p.file}" có một phần giải nén lớn ${f.size(p.size)}, quá giới hạn ${f.size(p.limit)} cho một phần. Hãy tách trang tính lớn thành nhiều trang tính hoặc nhiều sổ làm việc.`,
  'output.same-as-input': (p) =>
    `Tệp kết quả "${p.file}" chính là tệp đầu vào "${p.input}" (cùng một tệp, có thể qua liên kết); tệp gốc không bao giờ bị sửa. Hãy chọn tên khác cho tệp kết quả.`,
  'output.exists': (p) => `Đã có tệp "${p.file}". Thêm --force để ghi đè, hoặc chọn tên khác.`,
  'output.is-folder': (p) => `"${p.file}" là một thư mục. Hãy ghi cả tên tệp, ví dụ "${p.folder}/bao-cao.xlsx".`,
  'output.not-regular': (p) => `"${p.file}" không phải một tệp thường (mà là thiết bị, ống dẫn hay ổ cắm); dti chỉ ghi ra tệp thường. Hãy chọn tên tệp khác.`,
  'output.parent-not-folder': (p) => `Không ghi được "${p.file}": "${p.parent}" là một tệp, không phải thư mục. Hãy kiểm tra lại đường dẫn.`,
  'output.cannot-create-folder': (p) => `Không tạo được thư mục "${p.folder}" để ghi tệp kết quả. Hãy chọn một thư mục có sẵn mà bạn được quyền ghi.`,
  'output.disk-full': (p) => `Ổ đĩa đã đầy nên không ghi được "${p.file}"; tệp cũ cùng tên (nếu có) vẫn nguyên vẹn. Hãy giải phóng dung lượng rồi chạy lại.`,
  'output.no-permission': (p) =>
    `Không có quyền ghi "${p.file}" (thư mục chỉ đọc, thiếu quyền, hoặc tệp đang mở trong chương trình khác); tệp cũ cùng tên (nếu có) vẫn nguyên vẹn. Hãy đóng tệp hoặc chọn thư mục khác rồi chạy lại.`,
  'output.name-too-long': (p) => `Tên tệp "${p.file}" quá dài. Hãy đặt tên ngắn hơn.`,
  'output.cannot-write': (p) => `Không ghi được "${p.file}"; tệp cũ cùng tên (nếu có) vẫn nguyên vẹn. Hãy kiểm tra ổ đĩa và đường dẫn rồi chạy lại.`,
  'status.needs-out': () => 'Thiếu --out TỆP_MỚI.xlsx (tệp gốc không bao giờ bị sửa).',
  'status.no-table': (p) => ['Không có bảng nào để thêm cột tình trạng.', ...p.skipped.map((l) => `  ${l.vi}`)].join('\n'),
  'status.foreign-cells': (p) =>
    `Các ô sau có dữ liệu không do DTI ghi, nằm ở chỗ cột tình trạng: ${p.cells}${p.more > 0 ? ` …(+${p.more})` : ''}. Chưa ghi gì; hãy xóa hoặc dời các ô đó trong Excel rồi chạy lại.`,
  'status.added-plain': (p) =>
    `Đã thêm cột tình trạng tháng ${p.month}/${p.year} (công thức thông thường, mở được ở mọi nơi) cho ${p.rows} chỉ tiêu trên trang ${p.sheets}, ghi vào ${p.file}.`,
  'status.added-dti': (p) =>
    `Đã thêm cột tình trạng tháng ${p.month}/${p.year} (công thức DTI, cần phần bổ trợ) cho ${p.rows} chỉ tiêu trên trang ${p.sheets}, ghi vào ${p.file}.`,
  'status.bad-formulas': (p) => `--formulas "${p.text}" không hợp lệ; dùng plain (công thức thông thường) hoặc dti.`,
  'cli.bad-lang': (p) => `Ngôn ngữ "${p.text}" không hỗ trợ; dùng vi hoặc en.`,
  'cli.missing-file': (p) => `Thiếu tên tệp .xlsx cho lệnh "${p.command}".`,
  'cli.unknown-command': (p) => `Không có lệnh "${p.command}".\n${p.usage.vi}`,
  'cli.unexpected': () => 'Lỗi không mong đợi trong dti. Vui lòng báo lại, kèm tệp gây lỗi và dòng chi tiết dưới đây.',
  'cli.error-line': (p) => `Lỗi: ${p.text.vi}`,
  'cli.detail-line': (p) => `Chi tiết: ${p.detail}`,
  'cli.missing-month': () => 'Thiếu tháng báo cáo: --month YYYY-MM (ví dụ --month 2026-11).',
  'cli.bad-month': (p) => `Tháng "${p.text}" không hợp lệ; dùng dạng YYYY-MM, ví dụ 2026-11.`,
  'cli.no-such-sheet': (p) => `Không có trang tính "${p.sheet}". Các trang tính: ${p.sheets}.`,
  'cli.using-saved-mapping': () => 'Dùng ánh xạ cột đã lưu trong sổ làm việc.',
  'cli.output-was-link': (p) => `"${p.file}" là liên kết tới "${p.pointed}": liên kết đã được thay bằng tệp mới, còn "${p.pointed}" giữ nguyên.`,
  'values-copy.needs-out': () => 'Thiếu --out BẢN_GỬI.xlsx.',
  'values-copy.wrote': (p) => `Đã ghi bản gửi ${p.file}: ${p.replaced} ô công thức DTI được thay bằng giá trị.`,
  'target.missing-text': () => 'Thiếu nội dung chỉ tiêu: dti target "Đạt tối thiểu 70%"',
  'target.read-as': (p) => `Hiểu là: ${p.description}`,
  'target.cannot-read': (p) => `Không đọc được: ${p.description}`,
  'check.sheet-line': (p) => `Trang tính "${p.sheet}": ${p.indicators} chỉ tiêu, ${p.tables} bảng`,
  'check.problems-heading': (p) => `Vấn đề: ${p.count}`,
  'check.totals': (p) => `${p.errors} lỗi, ${p.warnings} cảnh báo.`,
  'check.table-line': (p, f) => `Bảng ${p.index}${p.title ? ` ("${p.title}")` : ''}: dòng tiêu đề ${p.rows}, độ tin cậy ${f.pct(p.confidence, 0)}`,
  'check.month-column': (p) => `Tháng ${p.month}${p.year ? `/${p.year}` : ''}`,
  'problem.severity': (p) => SEVERITY_VI[p.severity],
  'month.sheet-twice': (p, f) => `Có nhiều trang cho tháng ${f.month(p.month)}: đã đọc "${p.chosen}" (trang sau cùng), bỏ qua ${p.others}. Hãy xóa hoặc ẩn trang không dùng.`,
  'month.sheet-copy-of-months': (p, f) => `Trang "${p.sheet}" có cùng các chỉ tiêu với các trang theo tháng; báo cáo tháng ${f.month(p.month)} đọc trang "${p.read}".`,
  'month.sheet-copy-of-sheet': (p, f) => `Trang "${p.sheet}" có cùng các chỉ tiêu với trang "${p.read}"; báo cáo tháng ${f.month(p.month)} đọc trang "${p.read}".`,
  'coverage.no-table': () => 'Không tìm thấy bảng chỉ tiêu nào trong tệp. Chạy "dti check" để xem chi tiết.',
  'coverage.no-month-sheet': (p, f) =>
    `Không có trang tính của tháng ${f.month(p.month)}. Các trang theo tháng trong tệp: ${p.have}. Hãy sao chép trang của tháng trước, đặt tên "T${p.month.month}" và điền kết quả.`,
  'coverage.no-month-column': (p, f) => `Không có cột kết quả cho tháng ${f.month(p.month)}. Các tháng có trong tệp: ${p.have}.`,
  'coverage.no-year': (p) => `Không có bảng chỉ tiêu nào cho năm ${p.year}${p.years ? ` (các bảng trong tệp là kế hoạch năm ${p.years})` : ''}.`,
  'form.row-changed': (p) => `Dòng ${p.row} đã bị sửa (phiếu gửi đi ghi "${p.sent}"): dòng này không được nhập.`,
  'form.row-added': (p) => `Dòng ${p.row} được thêm vào phiếu: phiếu chỉ nhận các chỉ tiêu đã gửi đi, dòng này không được nhập.`,
  'form.not-a-form': () => 'Tệp không phải phiếu do DTI tạo, cũng không có bảng chỉ tiêu của tháng theo bố cục sổ theo dõi: không nhập.',
  'plan.targets-from-plan': (p) =>
    `Trang "${p.sheet}" không có cột chỉ tiêu: mức chỉ tiêu lấy từ trang "${p.plan}" (khớp ${p.matched}/${p.rows} dòng theo mục, STT và tên).`,
  'plan.plain-unread': (p) =>
    `${p.count} kết quả DTI đọc được nhưng công thức thông thường sẽ báo "Không đọc được": ${p.list}. Hãy ghi gọn lại (ví dụ "85%", "7/9"; ghi chú để ở cột khác) rồi thêm lại cột, hoặc dùng công thức DTI.`,
  'report.bad-number': (p) => `Số báo cáo "${p.text}" không hợp lệ: chỉ ghi số thứ tự trong sổ văn bản, ví dụ 05.`,
  'excel.row-too-large': (p, f) =>
    `Dòng ${p.row} của trang "${p.sheet}" quá lớn để gửi sang Excel trong một lần (khoảng ${f.num(p.bytes / 1_000_000, 1)} MB, tối đa ${f.num(p.budget / 1_000_000, 1)} MB): có ô chứa văn bản quá dài. Chưa ghi gì. Hãy rút ngắn các ô quá dài rồi thử lại.`,
  'blocked.sheet-exists': (p) => `Đã có trang tính "${p.sheet}"; không ghi đè.`,
  'blocked.sheet-not-ours': (p) => `Trang tính "${p.sheet}" không do DTI tạo; không ghi đè.`,
  'blocked.sheet-missing': (p) => `Không còn trang tính "${p.sheet}" (có thể vừa bị đổi tên hoặc xóa); chưa ghi gì. Bấm "Kiểm tra lại" rồi thử lại.`,
  'blocked.sheet-protected': (p) => `Trang tính "${p.sheet}" đang được bảo vệ. Bỏ bảo vệ (Xem lại → Bỏ bảo vệ trang tính) rồi thử lại.`,
  'blocked.structure-protected': () => 'Cấu trúc sổ làm việc đang được bảo vệ nên không thêm được trang tính. Bỏ bảo vệ sổ làm việc rồi thử lại.',
  'blocked.cell-not-empty': (p) => `Ô ${p.address} trên "${p.sheet}" đã có dữ liệu không do DTI ghi; chưa ghi đè.`,
  'blocked.table-overlap': (p) =>
    `Cột tình trạng trên "${p.sheet}" sẽ nằm trong bảng Excel "${p.table}". Chuyển bảng về vùng dữ liệu thường (Thiết kế bảng → Chuyển thành dải ô) hoặc để trống các cột bên phải bảng.`,
  'blocked.filtered': (p) => `Trang tính "${p.sheet}" đang lọc dữ liệu (${p.range}). Xóa bộ lọc (Dữ liệu → Xóa) rồi thử lại, để không ghi vào các dòng đang bị ẩn.`,
  'blocked.split-formula': (p) =>
    `Ô ${p.address} trên "${p.sheet}" thuộc một công thức mảng hoặc công thức dùng chung trải trên nhiều ô mà lần ghi này chỉ thay một phần; DTI không tách công thức đó. Nhập lại (hoặc xóa) các ô đó trong Excel rồi thử lại.`,
  'blocked.record-newer': () =>
    'Sổ làm việc này có bản ghi DTI do một phiên bản DTI mới hơn ghi, nên phiên bản này không ghi đè lên nó; chưa ghi gì. Hãy cập nhật DTI (add-in và lệnh dti) rồi thử lại.',
  'blocked.record-damaged': () =>
    'Bản ghi DTI trong sổ làm việc (ánh xạ cột, danh sách trang tính do DTI tạo) bị hỏng, nên DTI không ghi đè lên nó; chưa ghi gì. Hãy dùng bản sao của sổ làm việc từ trước khi bị hỏng, hoặc chép các trang tính sang một sổ làm việc mới rồi thử lại.',
  'merge.other-month': (p) => `Phiếu là của tháng ${p.formMonth}, không phải tháng ${p.month}: không nhập.`,
  'merge.other-plan': () =>
    'Phiếu được tạo từ một kế hoạch khác (danh sách chỉ tiêu không khớp với sổ theo dõi này): không nhập. Hãy tạo lại phiếu từ sổ theo dõi hiện tại.',
  'merge.indicator-gone': (p) => `Chỉ tiêu "${p.label}" không còn trong sổ theo dõi: không nhập.`,
  'merge.formula-cell': (p) => `Ô ${p.cell} của sổ theo dõi chứa công thức: không ghi đè.`,
  'merge.two-counts': (p) => `Sổ theo dõi ghi chỉ tiêu "${p.label}" bằng số thực hiện / tổng số: hãy nhập tay.`,
  'merge.no-month-column': (p, f) => `Sổ theo dõi không có cột kết quả tháng ${f.month(p.month)} cho "${p.label}": hãy thêm cột (hoặc trang) của tháng rồi nhập lại.`,
  'merge.result-unreadable': (p) => `Kết quả "${p.result}" của "${p.label}": ${p.reason.vi}`,
  'merge.evidence-without-result': (p) => `Có tài liệu kiểm chứng nhưng chưa có kết quả cho "${p.label}": không nhập.`,
  'merge.bad-prefer': (p) => `--prefer chỉ nhận "form" (lấy số liệu của phiếu khi khác sổ theo dõi), không phải "${p.text}".`,
  'merge.missing-forms': () => 'Thiếu tệp phiếu: dti merge SỔ.xlsx PHIẾU.xlsx… --month YYYY-MM --out RA.xlsx',
  'merge.missing-out': () => 'Thiếu tệp kết quả: --out SỔ-MỚI.xlsx (sổ theo dõi gốc không bao giờ bị ghi đè).',
  'merge.wrote': (p) => `Đã ghi sổ theo dõi đã nhập phiếu ra tệp ${p.file} (sổ gốc giữ nguyên).`,
  'merge.bad-deadline-day': (p) => `--han-nop "${p.text}" không hợp lệ: dùng một ngày từ 1 đến 28, ví dụ --han-nop 20.`,
  'merge.conflicts': (p) => `${p.count} ô khác với số liệu đã có trong sổ theo dõi:`,
  'merge.conflict-line': (p) => `${p.at} [${p.indicator}]: sổ "${p.existing}" ≠ ${p.source} "${p.incoming}"`,
  'merge.stopped': () => 'Chưa ghi gì. Hãy sửa trong sổ hoặc phiếu rồi nhập lại, hoặc chạy lại với --prefer form để lấy số liệu của phiếu.',
  'merge.forms-preferred': () => 'Đã lấy số liệu của phiếu (--prefer form).',
  'merge.not-merged-line': (p) => `Không nhập: ${p.where}: ${p.reason.vi}`,
  'merge.nothing-changed': (p, f) => `Không có ô nào thay đổi (tháng ${f.month(p.month)}).`,
  'merge.changed': (p) => `Đã nhập ${p.count} ô:`,
  'merge.note-line': (p) => `Ghi chú ${p.where}: ${p.note}`,
  'forms.missing-out-dir': () => 'Thiếu thư mục ghi phiếu: --out-dir THƯ_MỤC (ví dụ --out-dir phieu-T11).',
  'forms.no-owner': (p, f) => `Không có chỉ tiêu nào của tháng ${f.month(p.month)} ghi đơn vị chủ trì: không tạo được phiếu. Hãy kiểm tra cột "Đơn vị chủ trì" (dti check).`,
  'forms.form-line': (p) => `${p.file}: ${p.unit} (${p.count} chỉ tiêu)`,
  'forms.made': (p, f) => `Đã tạo ${p.count} phiếu báo cáo tháng ${f.month(p.month)}:`,
  'forms.unowned': (p) => `${p.count} chỉ tiêu không ghi đơn vị chủ trì nên không có trong phiếu nào: ${p.list}.`,
  'forms.no-month-column': (p, f) => `Lưu ý: sổ theo dõi chưa có cột (hoặc trang) kết quả tháng ${f.month(p.month)}; hãy thêm trước khi nhập phiếu.`,
  'column.owned': (p) => OWNED_HEADER_VI[p.column],
  'status.table-empty': (p) => `Bảng trên trang "${p.sheet}" chưa có chỉ tiêu nào.`,
  'status.no-month-column': (p, f) => `Bảng trên trang "${p.sheet}" không có cột kết quả cho tháng ${f.month(p.month)}.`,
  'status.no-result-column': (p) => `Bảng trên trang "${p.sheet}" chưa có cột kết quả (Kết quả/Thực hiện). Hãy chọn cột đó ở mục Ánh xạ.`,
  'form-rule.share': () => 'Nhập tỷ lệ phần trăm từ 0% đến 100%, ví dụ 85%.',
  'form-rule.count-of': (p, f) => `Nhập một số từ 0 đến ${f.num(p.of)}.`,
  'form-rule.not-negative': () => 'Nhập một số không âm.',
  'form-rule.one-of': (p) => `Chọn một trong: ${p.values.join(', ')}.`,
  'form-rule.yes-no': () => 'Chọn "Đạt" hoặc "Chưa đạt".',
  'package.damaged': () => 'Tệp .xlsx bị hỏng. Hãy mở trong Excel và lưu lại.',
  'package.ambiguous': (p) =>
    `Tệp .xlsx bị hỏng hoặc đã bị sửa: có hai phần bên trong cùng tên (${p.names}) nên mỗi chương trình có thể đọc ra dữ liệu khác nhau; không có gì được ghi. Hãy xin lại tệp gốc.`,
  'package.checksum': (p) =>
    `Tệp .xlsx bị hỏng: dữ liệu của phần "${p.part}" không khớp mã kiểm tra (CRC) ghi trong tệp (tệp chép thiếu, hoặc hỏng trên ổ đĩa) nên không được đọc hay chép sang tệp kết quả; không có gì được ghi. Hãy xin lại tệp gốc, hoặc mở trong Excel và lưu lại.`,
  'package.too-large-to-write': () => 'Tệp quá lớn để ghi.',
  'package.not-stylesheet': (p) => `Phần "${p.part}" không phải bảng kiểu SpreadsheetML.`,
  'package.no-content-types': () => 'Tệp thiếu phần [Content_Types].xml.',
  'package.cannot-open': () => 'Không mở được gói .xlsx.',
  'package.bad-xml': (p) => `Phần "${p.part}" của tệp không phải XML hợp lệ.`,
  'package.not-workbook': (p) => `Phần "${p.part}" không phải sổ làm việc SpreadsheetML.`,
  'package.no-workbook': () => 'Tệp không có phần sổ làm việc (xl/workbook.xml).',
  'excel.error': (p) => EXCEL_ERROR_VI[p.code],
  'excel.mapping-invalid': () => 'Ánh xạ chưa hợp lệ nên chưa được lưu.',
  'excel.no-custom-xml': () => 'Phiên bản Excel này không cho lưu ánh xạ vào tệp.',
  'excel.settings-not-saved': () => 'Không lưu được cài đặt của tệp.',
  'excel.bad-address': (p) => `Địa chỉ ô không hợp lệ: ${p.address}`,
  'target.op': (p) => OP_VI[p.op],
  'target.kind': (p) => KIND_VI[p.kind],
  'record.damaged-xml': () => 'Bản ghi DTI trong sổ làm việc bị hỏng (phần XML không đọc được)',
  'record.newer': (p) => `Bản ghi DTI do một phiên bản DTI mới hơn ghi (phiên bản ${p.version}); hãy cập nhật DTI`,
  'record.not-json': () => 'Bản ghi ánh xạ không phải JSON',
  'record.invalid': (p, f) => `Bản ghi ánh xạ không hợp lệ${where(p.path)}: ${problem(p.problem, f)}`,
  'form-record.damaged-xml': () => 'phần XML không đọc được',
  'form-record.not-json': () => 'bản ghi của phiếu không phải JSON',
  'form-record.invalid': (p, f) => `bản ghi của phiếu không hợp lệ${where(p.path)}: ${problem(p.problem, f)}`,
  'form-record.damaged-not-merged': (p) => `Phần thông tin của phiếu bị hỏng (${p.reason.vi}): không nhập.`,
  'mapping.ignored': (p) => `Bỏ qua ánh xạ đã lưu: ${p.reason.vi}`,
};
