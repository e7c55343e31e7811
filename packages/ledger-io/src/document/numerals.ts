import { chineseNumeral } from '@rectify/domain';

export { chineseNumeral };

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
