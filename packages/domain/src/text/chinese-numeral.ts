const DIGITS = '一二三四五六七八九';

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 99 → 九十九: the numerals documents print (1–99). */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`no Chinese numeral for ${n}`);
  const tens = Math.floor(n / 10);
  const units = n % 10;
  const tensPart = tens === 0 ? '' : `${tens === 1 ? '' : DIGITS[tens - 1]}十`;
  return tensPart + (units === 0 ? '' : (DIGITS[units - 1] ?? ''));
}
