// Chinese characters, and the punctuation that already belongs to Chinese text (full-width marks, “quotes”).
const CJK = '[\\u2018-\\u201d\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]';
const HALF_WIDTH_BESIDE_CJK = new RegExp(`(?<=${CJK})[,:;()!?]|[,:;()!?](?=${CJK})`);

/**
 * Whether Chinese text has a half-width , : ; ( ) ! ? beside a Chinese character, where a reader expects
 * ，：；（）！？. The checks of every zh label and catalogue use it.
 */
export const halfWidthBesideChinese = (text: string): boolean => HALF_WIDTH_BESIDE_CJK.test(text);

const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '(': '（',
  ')': '）',
  '!': '！',
  '?': '？',
};
const CJK_CHAR = new RegExp(`^${CJK}$`, 'u');

/**
 * The source text's ASCII , : ; ( ) ! ? made full-width where they sit in Chinese text (县(区)委 → 县（区）委,
 * 一是,二是 → 一是，二是), leaving ASCII text alone (7, 3, 1). A bracket pair changes together, so that
 * （2017-2019年) never keeps one half-width half.
 */
export function fullWidthPunctuation(text: string): string {
  const chars = [...text];
  const beside = (i: number) => CJK_CHAR.test(chars[i - 1] ?? '') || CJK_CHAR.test(chars[i + 1] ?? '');
  const convert = new Set<number>();
  const open: number[] = [];
  chars.forEach((c, i) => {
    if (c === '(') open.push(i);
    else if (c === ')') {
      const o = open.pop();
      if (o != null && (beside(o) || beside(i))) convert.add(o).add(i);
      else if (o == null && beside(i)) convert.add(i);
    } else if (FULL_WIDTH[c] && beside(i)) convert.add(i);
  });
  for (const o of open) if (beside(o)) convert.add(o);
  if (convert.size === 0) return text;
  return chars.map((c, i) => (convert.has(i) ? (FULL_WIDTH[c] ?? c) : c)).join('');
}
