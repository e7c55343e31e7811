import { chineseNumeral, circledNumeral } from '../numerals.js';

const FULL_WIDTH_ZERO = 0xff10;
const IDEOGRAPH_DIGITS = '〇一二三四五六七八九';
const LEGAL = new Map([...'一二三四五六七八九十'].map((c, i) => [c, '壹贰叁肆伍陆柒捌玖拾'[i]!]));
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const ROMAN: [number, string][] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];

/**
 * A level's counter as Word shows it for the level's `w:numFmt` (ST_NumberFormat): the formats Chinese
 * documents use, the Latin ones, and decimal for anything else. Bullets and `none` show no number.
 */
export function formatNumber(n: number, numFmt: string): string {
  switch (numFmt) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
      return n >= 1 && n <= 99 ? chineseNumeral(n) : String(n);
    case 'chineseLegalSimplified':
      return n >= 1 && n <= 99 ? [...chineseNumeral(n)].map((c) => LEGAL.get(c) ?? c).join('') : String(n);
    case 'ideographDigital':
    case 'japaneseDigitalTenThousand':
    case 'taiwaneseDigital':
      return [...String(n)].map((d) => IDEOGRAPH_DIGITS[Number(d)]).join('');
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? HEAVENLY_STEMS[n - 1]! : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return circledNumeral(n);
    case 'decimalEnclosedParen':
      return `(${n})`;
    case 'decimalEnclosedFullstop':
      return `${n}.`;
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCharCode(FULL_WIDTH_ZERO + Number(d))).join('');
    case 'lowerLetter':
    case 'upperLetter': {
      // a … z, then aa … zz, as Word counts.
      const letter = String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return numFmt === 'upperLetter' ? letter.toUpperCase() : letter;
    }
    case 'lowerRoman':
    case 'upperRoman': {
      let rest = n;
      let roman = '';
      for (const [value, digits] of ROMAN) {
        for (; rest >= value; rest -= value) roman += digits;
      }
      return numFmt === 'upperRoman' ? roman.toUpperCase() : roman;
    }
    case 'bullet':
    case 'none':
      return '';
    default:
      return String(n);
  }
}
