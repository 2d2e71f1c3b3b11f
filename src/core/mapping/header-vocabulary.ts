import { type HeaderMonth, parseMonthHeader } from '../months';
import { foldWords } from '../text';
import type { FieldKey } from './fields';

/** What one header text can mean, with a score (higher is surer). */
export type HeaderCandidate =
  | { kind: 'field'; field: FieldKey; score: number; year?: number }
  | { kind: 'year'; year: number; score: number }
  | { kind: 'month'; month: HeaderMonth; score: number }
  | { kind: 'owned'; column: OwnedColumn; score: number };

/** Columns the add-in writes itself ("Chênh lệch", "Tình trạng", "Tiến độ"). */
export type OwnedColumn = 'gap' | 'status' | 'progress';

type Rule = readonly [RegExp, FieldKey, number];

/**
 * Headers seen in the plans and their variants (folded: no diacritics, lower
 * case, punctuation as spaces; "Chi tiêu" and "Chỉ tiêu" fold alike). The order
 * matters only for readability: every matching rule gives a candidate.
 */
const RULES: readonly Rule[] = [
  [/^(stt|tt|so tt|so thu tu|ma|ma so|ma chi tieu|ma chi so|no|id)$/, 'id', 10],
  [/^(noi dung chi tieu|noi dung chi so|noi dung|ten chi tieu|ten chi so|chi so|chi tieu nhiem vu|chi tieu va nhiem vu|tieu chi|ten nhiem vu|ten|indicator)$/, 'name', 10],
  [/^(chi tieu chien luoc|noi dung|ten chi tieu|chi so|chi tieu nhiem vu)\b/, 'name', 8],
  [/^(don vi tinh|dvt|don vi do|unit)$/, 'unit', 10],
  [/^don vi$/, 'unit', 4],
  [/^(chi tieu|muc tieu|ke hoach|chi tieu ke hoach|chi tieu giao|chi tieu duoc giao|gia tri muc tieu|target)( phan dau)?( (nam )?(19|20)\d{2})$/, 'target', 10],
  // "Chỉ tiêu năm", "Kế hoạch năm", "Mục tiêu năm nay": the year's target without the year written.
  [/^(chi tieu|muc tieu|ke hoach|chi tieu ke hoach|chi tieu phan dau)( phan dau)? nam( nay)?$/, 'target', 11],
  [/^(muc tieu|ke hoach|chi tieu ke hoach|chi tieu giao|chi tieu duoc giao|gia tri muc tieu|target|chi tieu phan dau)$/, 'target', 10],
  // A bare "Chỉ tiêu" heads the indicator's name in some plans and its target in
  // others: both are offered, and a surer column ("Chỉ tiêu năm 2026") wins the target.
  [/^chi tieu$/, 'target', 8],
  [/^chi tieu$/, 'name', 8],
  [/^chi tieu phan dau\b/, 'target', 9],
  // Short and spelled-out forms: "KH 2026", "KH năm", "KH giao", "CT năm 2026", "Chỉ tiêu KH", "Mức chỉ tiêu",
  // "Chỉ tiêu cần đạt", "Mục tiêu đến 31/12/2026".
  [/^(kh|kh giao|chi tieu kh|chi tieu kh nam|muc chi tieu|chi tieu can dat|chi tieu phai dat|chi tieu de ra|chi tieu giao)( nam)?( (19|20)\d{2})?$/, 'target', 10],
  [/^ct( phan dau)? nam( (19|20)\d{2})?$/, 'target', 10],
  [/^(chi tieu|muc tieu|ke hoach|kh) den (ngay )?31 12 (19|20)\d{2}$/, 'target', 10],
  [/^(den nam|den|tam nhin|dinh huong den nam|muc tieu den nam|giai doan \d{4} den) ?(19|20)\d{2}$/, 'horizonTarget', 10],
  [/tiep nhan trien khai/, 'owner', 12],
  [/^(don vi|co quan|bo phan|can bo) (theo doi|quan ly|phu trach)$/, 'owner', 10],
  [/theo doi\b.*\b(tong hop|danh gia)/, 'owner', 12],
  [/^(co quan|don vi|bo phan|nguoi|can bo)( don vi| co quan)? (chu tri|thuc hien|phu trach|dau moi)\b/, 'owner', 10],
  [/^(trach nhiem|phan cong|chu tri|owner)\b/, 'owner', 7],
  [/chu tri\b.*\bcap tren|cap tren\b.*\bchu tri/, 'upstreamOwner', 13],
  [/^(co quan|don vi)( don vi| co quan)? chu tri\b/, 'upstreamOwner', 6],
  [/phoi hop/, 'coordinators', 11],
  [/^(thoi gian hoan thanh|thoi han|han hoan thanh|thoi gian thuc hien|tien do hoan thanh|thoi gian|han|deadline)$/, 'deadline', 10],
  [/^thoi (gian|han)\b/, 'deadline', 8],
  [/hien trang|gia tri co so|nam goc|baseline|^(ket qua|thuc hien) nam (19|20)\d{2}$/, 'baseline', 10],
  [/^(ket qua|thuc hien|ket qua thuc hien|gia tri thuc te|thuc te|ket qua dat duoc|dat duoc|so lieu|so lieu thuc hien|luy ke|ket qua hien tai|actual)$/, 'actual', 10],
  // A share kept beside its counts: "Tỷ lệ đạt (%)", "Tỷ lệ thực hiện", "Kết quả (%)", "Tỷ lệ (%)".
  [/^(ty le dat|ty le thuc hien|ty le dat duoc|ty le hoan thanh|ket qua|thuc hien)( %)?$/, 'actual', 10],
  [/^(ty le|ti le)( %)?$/, 'actual', 8],
  // Under a month broken down by hamlet ("Ấp 1 | Ấp 2 | Toàn xã"), the commune's own figure.
  [/^(toan xa|ca xa|tong|tong cong|cong|chung toan xa|toan xa phuong)$/, 'actual', 9],
  [/^(so luong|sl)$/, 'numerator', 8],
  // A month sheet's one result column: "Kết quả tháng", "Kết quả thực hiện trong tháng", "Thực hiện tháng này".
  [/^(ket qua|thuc hien|ket qua thuc hien|so lieu)( trong)? (thang|ky)( nay| bao cao)?$/, 'actual', 10],
  // The counts behind a share (seed 002's notes): "Số thực hiện" / "Tổng số", "Tử số" / "Mẫu số".
  [/^(tu so|so thuc hien|so da thuc hien|so luong thuc hien|so luong da thuc hien|so luong dat|so dat|so dat duoc|so hoan thanh|so da hoan thanh)$/, 'numerator', 11],
  [/^(mau so|tong so|tong so phai thuc hien|tong so can thuc hien|tong so phai dat|tong so can dat)$/, 'denominator', 11],
  // Columns that judge or compare a result ("Đánh giá", "So với KH (%)", "Tăng, giảm so với tháng 10"):
  // read, never taken for a result or a month.
  [/^(danh gia|nhan xet|so sanh|so voi|tang giam|tang giam so voi|muc do hoan thanh|xep loai)\b/, 'assessment', 9],
  [/^ghi chu$/, 'notes', 10],
  [/\bghi chu\b/, 'notes', 8],
  [/^can cu\b/, 'basis', 10],
  [/^nhiem vu\b/, 'tasks', 12],
  // A list of tasks may head its names "Nhiệm vụ": taken for the name when no other column is.
  [/^(nhiem vu|noi dung nhiem vu|cac nhiem vu)$/, 'name', 7],
  [/^giai phap\b/, 'tasks', 9],
];

const OWNED: ReadonlyArray<readonly [RegExp, OwnedColumn]> = [
  [/^(chenh lech|gap)\b/, 'gap'],
  [/^(tinh trang|status)\b/, 'status'],
  [/^(tien do|progress)$/, 'progress'],
];

/** Every meaning a header text can have, best first. */
export function headerCandidates(text: string): HeaderCandidate[] {
  // Every row is asked whether it is a header; the same texts come back again and again.
  const known = candidateCache.get(text);
  if (known) return known;
  const found = findCandidates(text);
  if (candidateCache.size >= 20_000) candidateCache.clear();
  candidateCache.set(text, found);
  return found;
}

const candidateCache = new Map<string, HeaderCandidate[]>();

function findCandidates(text: string): HeaderCandidate[] {
  const words = foldWords(text);
  if (!words) return [];
  const out: HeaderCandidate[] = [];
  for (const [re, column] of OWNED) if (re.test(words)) out.push({ kind: 'owned', column, score: 20 });
  const month = parseMonthHeader(text);
  if (month) out.push({ kind: 'month', month, score: 15 });
  const year = /^(nam )?((?:19|20)\d{2})$/.exec(words);
  if (year) out.push({ kind: 'year', year: Number(year[2]), score: 9 });
  const yearInText = /\b((?:19|20)\d{2})\b/.exec(words);
  // "Chỉ tiêu năm 2026 (%)", "(%, số lượng)": the unit after a header says nothing about the column.
  const bare = words.replace(/ %( .*)?$/, '');
  for (const [re, field, score] of RULES) {
    if (!re.test(words) && !re.test(bare)) continue;
    const withYear = yearInText && (field === 'target' || field === 'horizonTarget') ? { year: Number(yearInText[1]) } : {};
    out.push({ kind: 'field', field, score, ...withYear });
  }
  return out.sort((a, b) => b.score - a.score);
}
