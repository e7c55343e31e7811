// Chinese characters, and the punctuation that already belongs to Chinese text (full-width marks, “quotes”).
const CJK = '[\\u2018-\\u201d\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]';
const HALF_WIDTH_BESIDE_CJK = new RegExp(`(?<=${CJK})[,:;()!?]|[,:;()!?](?=${CJK})`);

/**
 * Whether Chinese text has a half-width , : ; ( ) ! ? beside a Chinese character, where a reader expects
 * ，：；（）！？. The checks of every zh label and catalogue use it.
 */
export const halfWidthBesideChinese = (text: string): boolean => HALF_WIDTH_BESIDE_CJK.test(text);
