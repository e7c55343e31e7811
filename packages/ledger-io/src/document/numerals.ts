const DIGITS = '一二三四五六七八九';

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 99 → 九十九: the numerals documents print (1–99). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`no Chinese numeral for ${n}`);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  const tensPart = tens === 0 ? '' : `${tens === 1 ? '' : DIGITS[tens - 1]}十`;
  return tensPart + (units === 0 ? '' : (DIGITS[units - 1] ?? ''));
}

/** The inverse of chineseNumeral; null for anything it would not print. */
export function parseChineseNumeral(text: string): number | null {
  for (let n = 1; n <= 99; n++) if (chineseNumeral(n) === text) return n;
  return null;
}

/** 1 → ①, … 20 → ⑳, 21 → ㉑ … 50 → ㊿; beyond that the plain number in brackets. */
export function circledNumeral(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
  return `[${n}]`;
}

/** Full-width digits (０–９) as ASCII, so that １． and 1. number alike. */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}
