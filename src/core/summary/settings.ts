/**
 * The document parts of the monthly report that a commune says once (its
 * name, the report's number, the recipient, the signer, the province), kept in
 * the workbook's DTI record, and the lines of text they make under Nghị định
 * 30/2020/NĐ-CP (Điều 8, Phụ lục I): the body's name, "Số: 05/BC-UBND", the
 * place and date, "Kính gửi:", the signer's block and "Nơi nhận:".
 */
import type { Bilingual } from '../i18n';
import { message } from '../messages';
import type { YearMonth } from '../months';
import { formatYearMonth } from '../months';
import type { ReportSettings } from '../schema';
import { foldWords } from '../text';
import { hasTwoLetters } from '../letters';

/** What the user gives for one report (task pane form, `dti summary` options); what is left out comes from the record. */
export interface ReportInput {
  commune?: string | null;
  /** This month's number in the register ("5", "05"). */
  number?: string;
  recipient?: string;
  signerTitle?: string;
  signerName?: string;
  province?: string;
}

/** Every line of the report's document parts. */
export interface DocumentParts {
  /** "ỦY BAN NHÂN DÂN", "XÃ ĐẠI PHƯỚC". */
  bodyLines: [string, string];
  /** "Ủy ban nhân dân xã Đại Phước", for sentences. */
  bodyName: string;
  /** "Số: 05/BC-UBND" (a gap to write the number by hand when none is given). */
  numberLine: string;
  /** "05/BC-UBND", or null. */
  reference: string | null;
  /** "Đại Phước, ngày 05 tháng 12 năm 2026". */
  dateLine: string;
  /** "05/12/2026". */
  dateShort: string;
  /** "Kính gửi: Sở Khoa học và Công nghệ tỉnh Đồng Nai." */
  recipientLine: string;
  /** "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH". */
  signerLines: string[];
  /** The signer's full name, or null (a space to write it by hand). */
  signerName: string | null;
  /** "Nơi nhận:" entries, the last one "- Lưu: VT, …". */
  recipients: string[];
  /** What the user has not said yet: the document has a blank there. */
  missing: Array<'commune' | 'number' | 'recipient' | 'signerName'>;
}

export const BLANK = '……………';

/** "5" → "05", "05" → "05", "123" → "123"; null for anything else. */
export function reportNumber(text: string): string | null {
  const m = /^\s*(?:số\s*:?\s*)?(\d{1,6})\s*(?:\/.*)?$/iu.exec(text);
  if (!m) return null;
  const n = Number(m[1]);
  if (!Number.isInteger(n) || n < 1) return null;
  return String(n).padStart(2, '0');
}

/** Why a given setting cannot be used, or null when all are fine. */
export function checkReportInput(input: ReportInput): Bilingual | null {
  if (input.number !== undefined && reportNumber(input.number) === null) {
    return message('report.bad-number', { text: input.number });
  }
  return null;
}

/** The record's settings with what the user gave this time (the number filed under its month). */
export function mergeReportSettings(saved: ReportSettings | undefined, input: ReportInput, month: YearMonth): ReportSettings {
  const out: ReportSettings = { ...(saved ?? {}) };
  const text = (value: string | undefined): string | undefined => {
    const t = value?.replace(/\s+/g, ' ').trim();
    return t ? t : undefined;
  };
  const number = input.number !== undefined ? reportNumber(input.number) : null;
  if (number) out.numbers = { ...(saved?.numbers ?? {}), [formatYearMonth(month)]: number };
  for (const key of ['recipient', 'signerTitle', 'signerName', 'province'] as const) {
    const value = text(input[key]);
    if (value) out[key] = value;
  }
  return out;
}

/** "xã Đại Phước" for "Đại Phước", "XÃ ĐẠI PHƯỚC" or "xã Đại Phước". */
export function communeName(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  const m = /^(xã|phường|thị trấn|đặc khu)\s+(.+)$/iu.exec(t);
  const kind = m ? m[1]!.toLocaleLowerCase('vi') : 'xã';
  // A name typed in capitals ("ĐẠI PHƯỚC") is written as a name; "Lộc Tấn" and "Phường 7" stay as typed.
  const words = (m ? m[2]! : t).split(' ').map((w) => (w === w.toLocaleUpperCase('vi') && hasTwoLetters(w) ? w.charAt(0) + w.slice(1).toLocaleLowerCase('vi') : w));
  return `${kind} ${words.join(' ')}`;
}

/** "tỉnh Đồng Nai" for "Đồng Nai"; "thành phố Hà Nội" for "TP. Hà Nội" or "thành phố Hà Nội". */
export function provinceName(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  const city = /^(?:tp\.?|thành phố)\s*(.+)$/iu.exec(t);
  if (city) return `thành phố ${city[1]}`;
  const province = /^tỉnh\s+(.+)$/iu.exec(t);
  return `tỉnh ${province ? province[1] : t}`;
}

/** The title lines of the signer's block for the office the user named. */
export function signerLines(title: string | undefined): string[] {
  const upper = (s: string): string => s.trim().toLocaleUpperCase('vi');
  if (!title) return ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'];
  if (/[/\n]/.test(title)) return title.split(/[/\n]/).map(upper).filter(Boolean);
  const words = foldWords(title);
  if (words === 'chu tich') return ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'];
  if (words === 'pho chu tich') return ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'];
  return [upper(title)];
}

/** "05" for 5 and for February; a day under 10 and the months 1 and 2 take a leading zero (Phụ lục I, mục 5). */
function day(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function month(n: number): string {
  return n <= 2 ? `0${n}` : String(n);
}

/** "tháng 11 năm 2026", "tháng 02 năm 2026". */
export function monthWords(ym: YearMonth): string {
  return `tháng ${month(ym.month)} năm ${ym.year}`;
}

/** Every line of the document parts, from the settings (saved and given merged) and the date the report is made. */
export function documentParts(commune: string | null, settings: ReportSettings, reportMonth: YearMonth, date: Date): DocumentParts {
  const missing: DocumentParts['missing'] = [];
  const name = commune ? communeName(commune) : null;
  if (!name) missing.push('commune');
  const kind = name ? name.slice(0, name.indexOf(' ')) : 'xã';
  const place = name ? name.slice(kind.length + 1) : BLANK;
  const number = settings.numbers?.[formatYearMonth(reportMonth)] ?? null;
  if (!number) missing.push('number');
  const province = settings.province ? provinceName(settings.province) : null;
  const recipient = settings.recipient?.replace(/[\s.;,:]+$/u, '') ?? (province ? `Sở Khoa học và Công nghệ ${province}` : null);
  if (!recipient) missing.push('recipient');
  if (!settings.signerName) missing.push('signerName');
  const d = date.getDate();
  const m = date.getMonth() + 1;
  const y = date.getFullYear();
  return {
    bodyLines: ['ỦY BAN NHÂN DÂN', `${kind} ${place}`.toLocaleUpperCase('vi')],
    bodyName: `Ủy ban nhân dân ${kind} ${place}`,
    numberLine: number ? `Số: ${number}/BC-UBND` : 'Số:         /BC-UBND',
    reference: number ? `${number}/BC-UBND` : null,
    dateLine: `${place}, ngày ${day(d)} tháng ${month(m)} năm ${y}`,
    dateShort: `${day(d)}/${String(m).padStart(2, '0')}/${y}`,
    recipientLine: `Kính gửi: ${recipient ?? `Sở Khoa học và Công nghệ tỉnh ${BLANK}`}.`,
    signerLines: signerLines(settings.signerTitle),
    signerName: settings.signerName ?? null,
    recipients: ['- Như trên;', '- Lưu: VT, VHXH.'],
    missing,
  };
}
