import { foldWords } from './text';

/**
 * What the unit column (Đơn vị tính) says about the values of a row.
 * - percent: values are shares (%, Tỷ lệ);
 * - boolean: a yes/no indicator (Đạt);
 * - noun: what is counted or whose share is taken (Dân số, Người, Hộ, Nền tảng);
 * - index: a score (Chỉ số, Điểm);
 * - none: no unit given.
 */
export type UnitKind = 'percent' | 'boolean' | 'noun' | 'index' | 'none';

export function classifyUnit(unit: string | null | undefined): UnitKind {
  if (unit == null) return 'none';
  const words = foldWords(unit);
  if (!words) return 'none';
  if (words.includes('%') || /^(ty le|ti le|phan tram|percent)\b/.test(words)) return 'percent';
  if (/^(dat|dat khong dat|co khong|co|hoan thanh|yes no)$/.test(words)) return 'boolean';
  if (/^(chi so|diem|he so|index|score)$/.test(words)) return 'index';
  return 'noun';
}

/** Indicator names that announce a share: "Tỷ lệ …", "Tỉ trọng …". */
export function nameIsShare(name: string | null | undefined): boolean {
  if (!name) return false;
  return /^(ty|ti) (le|trong)\b/.test(foldWords(name));
}

/** Names that announce a count: "Số …", "Số lượng …", "Tổng số …" (not "Số hóa …", not a share). */
export function nameIsCount(name: string | null | undefined): boolean {
  if (!name) return false;
  return /^(so luong|tong so|so(?! hoa\b))\b/.test(foldWords(name)) && !nameIsShare(name);
}

/**
 * Names that announce a measured quantity ("Tỷ lệ …", "Số lượng …", "Mức độ …",
 * "Chỉ số …"): such a row needs a number as its target, it is never a task.
 */
export function nameIsMeasure(name: string | null | undefined): boolean {
  if (!name) return false;
  return /^(ty le|ti le|ty trong|ti trong|so luong|so(?! hoa\b)|tong so|tong chi|tong muc|muc do|chi so|diem|toc do|doanh thu|gia tri|thu nhap|nang suat|ty so|mat do|thoi gian|dung luong|bang thong)\b/.test(foldWords(name));
}

/** Whether values of a row should be read as shares (percent) given its unit and name. */
export function isShareContext(unit: string | null | undefined, name?: string | null): boolean {
  const kind = classifyUnit(unit);
  if (kind === 'percent') return true;
  if (kind === 'boolean' || kind === 'index') return false;
  return nameIsShare(name);
}
