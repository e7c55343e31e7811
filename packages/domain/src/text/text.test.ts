import { describe, expect, it } from 'vitest';
import { chineseDate } from './chinese-date.js';
import { halfWidthBesideChinese } from './zh-punctuation.js';

describe('Chinese text', () => {
  it('writes a date as a Chinese sentence does', () => {
    expect(chineseDate('2018-11-26')).toBe('2018年11月26日');
    expect(chineseDate('2019-03-01')).toBe('2019年3月1日');
    expect(chineseDate('长期坚持')).toBe('长期坚持');
    expect(chineseDate(null)).toBe('');
  });

  it('finds half-width punctuation beside Chinese characters only', () => {
    expect(halfWidthBesideChinese('县(区)委巡察')).toBe(true);
    expect(halfWidthBesideChinese('请重试,谢谢')).toBe(true);
    expect(halfWidthBesideChinese('表头应为“序号”,实为“编号”')).toBe(true);
    expect(halfWidthBesideChinese('县（区）委巡察')).toBe(false);
    expect(halfWidthBesideChinese('以逗号分隔，如 7, 3, 1')).toBe(false);
  });
});
