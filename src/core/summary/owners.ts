import { startsUpper } from '../letters';

/** Words that open the name of a commune unit ("Phòng VH-XH", "Công an xã", "Trung tâm Phục vụ HCC"). */
const UNIT_START = /^(Phòng|Trung tâm|Công an|Văn phòng|Đoàn|Hội|Ban|Trạm|Trường|UBND|Ủy ban|Uỷ ban|Quân sự|Bưu điện|Mặt trận)\b/u;

/**
 * The units an owner cell names. "Phòng VH-XH; Công an xã" and "Phòng VH-XH,
 * Trung tâm Phục vụ hành chính công xã" name two; "Phòng Kinh tế, Hạ tầng và
 * Đô thị" and "Các cơ quan, đơn vị; các ngành xã" name one: a comma splits only
 * before a unit word, a semicolon only before a capital.
 */
export function ownerUnits(owner: string | null): string[] {
  if (!owner) return [];
  const parts: string[] = [];
  for (const piece of owner.split(/\s*;\s*/)) {
    const last = parts.length - 1;
    if (last >= 0 && !startsUpper(piece)) parts[last] = `${parts[last]}; ${piece}`;
    else parts.push(piece);
  }
  const units = parts.flatMap((part) => {
    const out: string[] = [];
    for (const piece of part.split(/\s*,\s*/)) {
      const last = out.length - 1;
      if (last >= 0 && !UNIT_START.test(piece)) out[last] = `${out[last]}, ${piece}`;
      else out.push(piece);
    }
    return out;
  });
  return [...new Set(units.map((u) => u.replace(/[\s;,.]+$/u, '').trim()).filter(Boolean))];
}
