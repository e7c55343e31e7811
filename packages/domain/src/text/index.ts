export * from './chinese-date.js';
export * from './zh-punctuation.js';
