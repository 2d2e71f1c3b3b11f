import { bi, type Bilingual, isLang, type Lang, say } from '../core/i18n';
import { message, sentence } from '../core/messages';
import { FileError } from '../files/file-error';
import { removeTempFilesNow } from '../files/temp-files';
import { CliError } from './cli-error';
import { COMMAND_HELP } from './command-help';
import { targetCommand } from './commands/target';
import { type CliIo, processIo } from './io';
import { parseOptions } from './parse-options';

const USAGE = bi(
  `Cách dùng:
  dti target "<chỉ tiêu>" [--unit ĐVT] [--json]      Cách hiểu một chỉ tiêu
  dti check <tệp.xlsx> [--sheet TÊN] [--json]         Bảng, cột và các vấn đề tìm thấy
  dti summary <tệp.xlsx> --month YYYY-MM [--sheet TÊN] [--json] [--out BÁO_CÁO.xlsx] [--pdf BÁO_CÁO.pdf] [--force]
                                                      Tình trạng từng chỉ tiêu trong tháng; --out ghi báo cáo tháng ra tệp mới,
                                                      --pdf ra tệp PDF để ký số (xem: dti help summary)
  dti status <tệp.xlsx> --month YYYY-MM --out <tệp-mới.xlsx> [--formulas plain|dti] [--sheet TÊN] [--force]
                                                      Thêm cột tình trạng vào bản sao; plain (mặc định) mở được ở mọi nơi
  dti values-copy <tệp.xlsx> --out <bản-gửi.xlsx> [--force]
                                                      Bản để gửi đi: công thức DTI.* thay bằng giá trị
  dti forms <sổ.xlsx> --month YYYY-MM --out-dir THƯ_MỤC [--han-nop 20] [--force]
                                                      Phiếu báo cáo tháng cho từng đơn vị chủ trì (xem: dti help forms)
  dti merge <sổ.xlsx> <phiếu.xlsx>… --month YYYY-MM --out <sổ-mới.xlsx> [--prefer form] [--han-nop 20] [--force]
                                                      Nhập các phiếu đơn vị gửi về vào sổ theo dõi (xem: dti help merge)
Tùy chọn chung: --lang vi|en (mặc định vi). Cách dùng một lệnh: dti help <lệnh>`,
  `Usage:
  dti target "<target>" [--unit UNIT] [--json]        How one target is understood
  dti check <file.xlsx> [--sheet NAME] [--json]       Tables, columns and problems found
  dti summary <file.xlsx> --month YYYY-MM [--sheet NAME] [--json] [--out REPORT.xlsx] [--pdf REPORT.pdf] [--force]
                                                      Every indicator's status for the month; --out writes the monthly report to a new file,
                                                      --pdf a PDF to sign digitally (see: dti help summary)
  dti status <file.xlsx> --month YYYY-MM --out <new.xlsx> [--formulas plain|dti] [--sheet NAME] [--force]
                                                      The status columns added to a copy; plain (default) opens anywhere
  dti values-copy <file.xlsx> --out <copy.xlsx> [--force]
                                                      A copy to send: DTI.* formulas replaced by their values
  dti forms <tracker.xlsx> --month YYYY-MM --out-dir FOLDER [--han-nop 20] [--force]
                                                      The month's form for each owning unit (see: dti help forms)
  dti merge <tracker.xlsx> <form.xlsx>… --month YYYY-MM --out <new.xlsx> [--prefer form] [--han-nop 20] [--force]
                                                      Merge the forms units sent back into the tracker (see: dti help merge)
Common options: --lang vi|en (default vi). One command's help: dti help <command>`,
);

const SUMMARY_HELP = bi(
  `dti summary <tệp.xlsx> --month YYYY-MM [tùy chọn]
  Tình trạng từng chỉ tiêu trong tháng (đạt, chưa đạt, chênh lệch, tiến độ, đơn vị chủ trì).

  --month YYYY-MM        tháng báo cáo, ví dụ 2026-11 (bắt buộc)
  --sheet TÊN            chỉ đọc một trang tính
  --json                 kết quả dạng JSON (tỷ lệ là số thập phân: 0,8 là 80%)
  --out BÁO_CÁO.xlsx     ghi báo cáo tháng vào một tệp MỚI: trang "Báo cáo T11-2026" (A4 dọc, văn bản hành chính
                         theo Nghị định 30/2020/NĐ-CP), trang "Phụ lục BC T11-2026" (A4 ngang, chi tiết từng chỉ tiêu),
                         trang lịch sử (ẩn); tệp mở ra ở trang báo cáo
  --pdf BÁO_CÁO.pdf      ghi báo cáo và phụ lục ra tệp PDF để ký số, qua LibreOffice (cần cài LibreOffice)
  --force                ghi đè tệp --out/--pdf đã có

  Phần văn bản (cho một lần, được lưu trong tệp --out, lần sau không cần nhập lại):
  --commune "xã Đại Phước"  tên xã (mặc định: tên đã lưu, hoặc tìm trong sổ làm việc)
  --so 05                số văn bản của báo cáo tháng này trong sổ văn bản ("Số: 05/BC-UBND"); lưu theo từng tháng
  --tinh "Đồng Nai"      tỉnh, cho "Kính gửi: Sở Khoa học và Công nghệ tỉnh Đồng Nai"
  --kinh-gui "…"         nơi nhận báo cáo, nếu khác Sở Khoa học và Công nghệ của tỉnh
  --chuc-vu "Phó Chủ tịch"  chức vụ người ký: "Chủ tịch" (TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH), "Phó Chủ tịch"
                         (TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH), hoặc các dòng cách nhau bởi "/"
  --nguoi-ky "Nguyễn Văn An"  họ tên người ký`,
  `dti summary <file.xlsx> --month YYYY-MM [options]
  Each indicator's status for the month (met, not met, gap, progress, owner).

  --month YYYY-MM        the reporting month, e.g. 2026-11 (required)
  --sheet NAME           read one sheet only
  --json                 JSON output (shares as fractions: 0.8 is 80%)
  --out REPORT.xlsx      write the monthly report into a NEW file: sheet "Báo cáo T11-2026" (A4 portrait, an
                         administrative document per Decree 30/2020/NĐ-CP), sheet "Phụ lục BC T11-2026" (A4 landscape,
                         every indicator), the history sheet (hidden); the file opens on the report
  --pdf REPORT.pdf       write the report and its appendix as a PDF to sign digitally, through LibreOffice (must be installed)
  --force                replace an existing --out/--pdf file

  Document parts (given once, kept in the --out file, so they need not be typed again):
  --commune "xã Đại Phước"  the commune (default: the saved name, or the one found in the workbook)
  --so 05                this month's report number in the register ("Số: 05/BC-UBND"); kept per month
  --tinh "Đồng Nai"      the province, for "Kính gửi: Sở Khoa học và Công nghệ tỉnh Đồng Nai"
  --kinh-gui "…"         the recipient, when not the province's Department of Science and Technology
  --chuc-vu "Phó Chủ tịch"  the signer's office: "Chủ tịch", "Phó Chủ tịch" (signing for the chairman), or the lines separated by "/"
  --nguoi-ky "Nguyễn Văn An"  the signer's full name`,
);

const CYCLE_HELP = bi(
  `dti forms <sổ.xlsx> --month YYYY-MM --out-dir THƯ_MỤC [--han-nop 20] [--force]
  Một "Phiếu báo cáo tháng" (.xlsx) cho mỗi đơn vị chủ trì: các chỉ tiêu của đơn vị (STT, tên, chỉ tiêu năm,
  kết quả tháng trước) và các ô để nhập kết quả, tài liệu kiểm chứng (số, ngày, trích yếu hoặc đường dẫn),
  ghi chú. Chỉ các ô nhập (nền vàng) được sửa; trang được khóa không mật khẩu. Tên tệp không dấu, không ghi đè
  tệp đã có (trừ khi --force). --han-nop: ngày phải gửi phiếu trong tháng (mặc định 20).

dti merge <sổ.xlsx> <phiếu.xlsx>… --month YYYY-MM --out <sổ-mới.xlsx> [--prefer form] [--han-nop 20] [--force]
  Nhập phiếu vào cột (hoặc trang) kết quả của tháng và cột "Minh chứng MM/YYYY" do dti quản lý, ghi ra tệp MỚI.
  Ô đã có số liệu khác: liệt kê (kèm địa chỉ ô) và dừng, không ghi gì, trừ khi --prefer form. Phiếu của tháng khác,
  của kế hoạch khác, dòng bị sửa hay thêm: không nhập, báo kèm địa chỉ ô. Nhập lại cùng một phiếu không đổi gì.
  Nhật ký nhập phiếu nằm ở trang ẩn "DTI_NhatKyPhieu". Cũng nhận sổ riêng của đơn vị theo bố cục sổ theo dõi
  (khớp chỉ tiêu theo STT và tên). --han-nop được lưu vào sổ, để báo cáo tháng biết đơn vị nào nộp muộn.`,
  `dti forms <tracker.xlsx> --month YYYY-MM --out-dir FOLDER [--han-nop 20] [--force]
  One monthly form (.xlsx) per owning unit: the unit's indicators (id, name, target, last month's result) and
  cells to enter the result, the evidence (document number, date, title or link) and a note. Only the input
  cells (yellow) can be edited; the sheet is protected without a password. File names are plain ASCII; an
  existing file is never replaced unless --force. --han-nop: the day of the month the forms are due (default 20).

dti merge <tracker.xlsx> <form.xlsx>… --month YYYY-MM --out <new.xlsx> [--prefer form] [--han-nop 20] [--force]
  Merges the forms into the month's result column (or sheet) and a "Minh chứng MM/YYYY" evidence column dti owns,
  writing a NEW file. A cell already holding another value is listed (with its address) and nothing is written,
  unless --prefer form. A form for another month or plan, and rows changed or added, are not merged and are
  reported with cell addresses. Merging the same form twice changes nothing. The log of merges is the hidden
  sheet "DTI_NhatKyPhieu". A unit's own workbook in the tracker's layout is accepted too (matched by id and name).
  --han-nop is kept in the tracker, so the monthly report can tell which units were late.`,
);

/** Each command's own help (`dti help <command>`, `dti <command> --help`). */
const HELP: Record<string, Bilingual> = { ...COMMAND_HELP, summary: SUMMARY_HELP, forms: CYCLE_HELP, merge: CYCLE_HELP };

/** Runs one `dti` command; returns the exit code (0 ok, 1 problems found, 2 usage or file error). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let lang: Lang = 'vi';
  try {
    const { values, positionals, error } = parseOptions(argv);
    if (values.lang !== undefined) {
      if (!isLang(values.lang)) throw new CliError(message('cli.bad-lang', { text: String(values.lang) }));
      lang = values.lang;
    }
    if (error) throw new CliError(error);
    const [command, arg] = positionals;
    const common = { lang, json: values.json ?? false };
    const helpFor = command === 'help' ? arg : values.help ? command : undefined;
    const help = helpFor !== undefined && Object.hasOwn(HELP, helpFor) ? HELP[helpFor] : null;
    if (help) {
      io.out(say(help, lang));
      return 0;
    }
    if (values.help || command === undefined || command === 'help') {
      io.out(say(USAGE, lang));
      return command === undefined && !values.help ? 2 : 0;
    }
    const needFile = (): string => {
      if (arg === undefined) throw new CliError(message('cli.missing-file', { command: String(command) }));
      return arg;
    };
    switch (command) {
      case 'target':
        return targetCommand(arg, values.unit, common, io);
      // The commands that open workbooks load their libraries only when run: `dti target` starts without them.
      case 'check':
        return await (await import('./commands/check')).checkCommand(needFile(), values.sheet, common, io);
      case 'summary':
        return await (await import('./commands/summary')).summaryCommand(
          needFile(),
          {
            ...common,
            month: values.month,
            sheet: values.sheet,
            out: values.out,
            pdf: values.pdf,
            commune: values.commune,
            report: {
              ...(values.so !== undefined ? { number: values.so } : {}),
              ...(values['kinh-gui'] !== undefined ? { recipient: values['kinh-gui'] } : {}),
              ...(values['chuc-vu'] !== undefined ? { signerTitle: values['chuc-vu'] } : {}),
              ...(values['nguoi-ky'] !== undefined ? { signerName: values['nguoi-ky'] } : {}),
              ...(values.tinh !== undefined ? { province: values.tinh } : {}),
            },
            force: values.force ?? false,
          },
          io,
        );
      case 'forms':
        return await (await import('./commands/forms')).formsCommand(needFile(), { ...common, month: values.month, outDir: values['out-dir'], deadlineDay: values['han-nop'], force: values.force ?? false }, io);
      case 'merge':
        return await (await import('./commands/merge')).mergeCommand(
          needFile(),
          positionals.slice(2),
          { ...common, month: values.month, out: values.out, prefer: values.prefer, deadlineDay: values['han-nop'], force: values.force ?? false },
          io,
        );
      case 'status':
        return await (await import('./commands/status')).statusCommand(
          needFile(),
          { ...common, month: values.month, sheet: values.sheet, out: values.out, formulas: values.formulas, force: values.force ?? false },
          io,
        );
      case 'values-copy':
        return await (await import('./commands/values-copy')).valuesCopyCommand(needFile(), values.out, values.force ?? false, common, io);
      default:
        throw new CliError(message('cli.unknown-command', { command: String(command), usage: USAGE }));
    }
  } catch (e) {
    if (e instanceof CliError) {
      io.err(errorLines(e.text, e.detail, lang));
      return e.exitCode;
    }
    if (e instanceof FileError) {
      io.err(errorLines(e.text, e.detail, lang));
      return 2;
    }
    // A bug: the library's words go on the detail line, for the report.
    const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    io.err(errorLines(UNEXPECTED, detail.slice(0, 300), lang));
    return 3;
  }
}

const UNEXPECTED = message('cli.unexpected');

/** "Lỗi: <sentence>" and, on its own line, "Chi tiết: <code>". */
function errorLines(text: Bilingual, detail: string | undefined, lang: Lang): string {
  const first = sentence(lang, 'cli.error-line', { text });
  return detail ? `${first}\n${sentence(lang, 'cli.detail-line', { detail })}` : first;
}

/** Entry point of the `dti` binary. */
export function main(): void {
  // A reader that stops early (dti … | head) is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
  });
  // Ctrl+C while a file is being written: remove the temporary file, keep the old output whole.
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    process.once(signal, () => {
      removeTempFilesNow();
      process.exit(code);
    });
  }
  void runCli(process.argv.slice(2), processIo()).then((code) => {
    process.exitCode = code;
  });
}
