import { bi, type Bilingual, joinSaid, say } from '../../core/i18n';
import { unreadNotice } from '../../core/plan/plain-limits';
import type { FormulaMode } from '../../core/plan/status-columns';
import { prepareStatusColumns } from '../../core/workbook/actions';
import type { CliIo, CommonOptions } from '../io';
import { CliError } from '../cli-error';
import { loadWorkbook } from '../load-workbook';
import { outputTarget } from '../output-target';
import { parseMonth } from '../month-option';

export interface StatusOptions extends CommonOptions {
  month: string | undefined;
  sheet: string | undefined;
  out: string | undefined;
  formulas: string | undefined;
  force: boolean;
}

/**
 * `dti status FILE --month YYYY-MM --out OUT.xlsx [--formulas plain|dti]`: the
 * status columns ("Chênh lệch", "Tình trạng", "Tiến độ") added to a copy, as the
 * task pane adds them; plain formulas by default, so the copy calculates in any
 * Excel, WPS or LibreOffice. The input is never written (same rules as summary --out).
 */
export async function statusCommand(file: string, opts: StatusOptions, io: CliIo): Promise<number> {
  const month = parseMonth(opts.month);
  const mode = parseMode(opts.formulas);
  if (opts.out === undefined) throw new CliError(bi('Thiếu --out TỆP_MỚI.xlsx (tệp gốc không bao giờ bị sửa).', 'Missing --out NEW.xlsx (the input is never modified).'));
  const output = outputTarget(io.cwd, opts.out, file, opts.force);
  await output.check();
  const loaded = await loadWorkbook(file, opts.sheet);
  const prep = prepareStatusColumns({ ...loaded.snapshot, analysis: loaded.analysis }, month, mode);
  const skipped = (lines: Bilingual[]): string[] => lines.map((l) => `  ${say(l, opts.lang)}`);
  if (prep.plans.length === 0) {
    throw new CliError(
      bi(
        ['Không có bảng nào để thêm cột tình trạng.', ...skipped(prep.skipped).map((l) => l)].join('\n'),
        ['No table to add status columns to.', ...prep.skipped.map((l) => `  ${l.en}`)].join('\n'),
      ),
      1,
    );
  }
  if (prep.foreign.length > 0) {
    const cells = prep.foreign.slice(0, 10).map((c) => `${c.sheet}!${c.address} ("${c.text.slice(0, 40)}")`);
    const more = prep.foreign.length > 10 ? ` …(+${prep.foreign.length - 10})` : '';
    throw new CliError(
      bi(
        `Các ô sau có dữ liệu không do DTI ghi, nằm ở chỗ cột tình trạng: ${cells.join(', ')}${more}. Chưa ghi gì; hãy xóa hoặc dời các ô đó trong Excel rồi chạy lại.`,
        `These cells hold data DTI did not write, where the status columns go: ${cells.join(', ')}${more}. Nothing was written; clear or move them in Excel and run again.`,
      ),
      1,
    );
  }
  const applied = await loaded.port.apply(prep.plans);
  if (!applied.ok) throw new CliError(joinSaid(applied.blocked.map((b) => b.message)), 1);
  const linkNote = await output.write(await loaded.port.toBytes());
  const sheets = [...new Set(prep.plans.map((p) => `"${p.sheet}"`))].join(', ');
  io.out(
    say(
      mode === 'plain'
        ? bi(
            `Đã thêm cột tình trạng tháng ${month.month}/${month.year} (công thức thông thường, mở được ở mọi nơi) cho ${prep.rows} chỉ tiêu trên trang ${sheets}, ghi vào ${opts.out}.`,
            `Added the ${month.year}-${String(month.month).padStart(2, '0')} status columns (plain formulas, they open anywhere) for ${prep.rows} indicators on ${sheets}, written to ${opts.out}.`,
          )
        : bi(
            `Đã thêm cột tình trạng tháng ${month.month}/${month.year} (công thức DTI, cần phần bổ trợ) cho ${prep.rows} chỉ tiêu trên trang ${sheets}, ghi vào ${opts.out}.`,
            `Added the ${month.year}-${String(month.month).padStart(2, '0')} status columns (DTI formulas, they need the add-in) for ${prep.rows} indicators on ${sheets}, written to ${opts.out}.`,
          ),
      opts.lang,
    ),
  );
  for (const line of prep.skipped) io.out(`  ${say(line, opts.lang)}`);
  const unread = unreadNotice(prep.unread);
  if (unread) io.out(`  ${say(unread, opts.lang)}`);
  if (linkNote) io.out(say(linkNote, opts.lang));
  return 0;
}

function parseMode(text: string | undefined): FormulaMode {
  if (text === undefined || text === 'plain') return 'plain';
  if (text === 'dti') return 'dti';
  throw new CliError(bi(`--formulas "${text}" không hợp lệ; dùng plain (công thức thông thường) hoặc dti.`, `Invalid --formulas "${text}"; use plain or dti.`));
}
