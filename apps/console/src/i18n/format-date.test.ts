import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format-date.js';

describe('formatDate', () => {
  it('writes dates the Chinese way in zh and as ISO in en', () => {
    expect(formatDate('2018-10-31', 'zh')).toBe('2018年10月31日');
    expect(formatDate('2018-03-08', 'zh')).toBe('2018年3月8日');
    expect(formatDate('2018-10-31', 'en')).toBe('2018-10-31');
  });

  it('reads points in time in China Standard Time', () => {
    expect(formatDate('2018-10-31T17:30:00Z', 'zh')).toBe('2018年11月1日');
    expect(formatDateTime('2018-10-31T17:30:00+08:00', 'zh')).toBe('2018年10月31日 17:30');
    expect(formatDateTime('2018-10-31T09:30:00Z', 'en')).toBe('2018-10-31 17:30');
  });

  it('leaves empty and unreadable values alone', () => {
    expect(formatDate(null, 'zh')).toBe('');
    expect(formatDate('soon', 'en')).toBe('soon');
  });
});
