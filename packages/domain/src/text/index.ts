export * from './chinese-date.js';
export * from './zh-punctuation.js';
export * from './chinese-numeral.js';
