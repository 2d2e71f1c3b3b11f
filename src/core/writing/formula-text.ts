/**
 * Pieces of formula text as files store them: English function names, `,`
 * between arguments, `;` between the rows of an array constant, numbers
 * without an exponent (some engines do not read `1E-9`).
 */

/** A string literal: "Đạt", with inner quotes doubled. */
export function str(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A number as a formula literal: at most 15 significant digits (what Excel keeps), never in exponent form. */
export function num(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`Not a finite number: ${value}`);
  const v = Number(value.toPrecision(15));
  if (v === 0) return '0';
  const text = String(v);
  if (!/e/i.test(text)) return text;
  const [mantissa, exp] = text.split(/e/i) as [string, string];
  const negative = mantissa.startsWith('-');
  const digits = mantissa.replace(/^-/, '').replace('.', '');
  const point = mantissa.replace(/^-/, '').indexOf('.');
  const shift = (point < 0 ? mantissa.replace(/^-/, '').length : point) + Number(exp);
  const body = shift <= 0 ? `0.${'0'.repeat(-shift)}${digits}` : shift >= digits.length ? digits + '0'.repeat(shift - digits.length) : `${digits.slice(0, shift)}.${digits.slice(shift)}`;
  return (negative ? '-' : '') + body;
}

/** An array constant: a row `{"a","b"}` or a column `{"a";"b"}`. */
export function row(items: ReadonlyArray<string | number>): string {
  return `{${items.map((i) => (typeof i === 'number' ? num(i) : str(i))).join(',')}}`;
}

export function column(items: ReadonlyArray<string | number>): string {
  return `{${items.map((i) => (typeof i === 'number' ? num(i) : str(i))).join(';')}}`;
}

/** 1, 2, … n as a row constant. */
export function positions(n: number): string {
  return `{${Array.from({ length: n }, (_, i) => i + 1).join(',')}}`;
}

/**
 * A formula's text reduced to what makes it the same formula wherever it stands:
 * string literals as written, everything else upper-cased without spaces, row
 * numbers of cell references dropped (a formula moved by an inserted row is the
 * same formula), numbers in one spelling (0.000000001 and 1E-09 alike).
 */
export function canonicalFormula(formula: string): string {
  let out = '';
  let i = formula.startsWith('=') ? 1 : 0;
  let plain = '';
  const flush = (): void => {
    out += plain
      .toUpperCase()
      .replace(/\s+/g, '')
      .replace(/(\$?[A-Z]{1,3}\$?)\d+(?![\d(])/g, '$1#')
      .replace(/(^|[^A-Z#\d.])(\d+(?:\.\d+)?(?:E[+-]?\d+)?)/g, (_, before: string, n: string) => before + String(Number(n)));
    plain = '';
  };
  while (i < formula.length) {
    const ch = formula[i]!;
    if (ch === '"') {
      flush();
      let j = i + 1;
      while (j < formula.length) {
        if (formula[j] === '"' && formula[j + 1] === '"') j += 2;
        else if (formula[j] === '"') break;
        else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    plain += ch;
    i++;
  }
  flush();
  return out;
}

/** FNV-1a (32 bits) in base 36: a short fingerprint of a text. */
export function fingerprint(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}
