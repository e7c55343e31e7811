import { describe, expect, it } from 'vitest';
import { sendableAt } from './quiet-hours.js';

const china = (local: string) => new Date(`${local}+08:00`);

describe('quiet hours (China time)', () => {
  const night = { start: '22:00', end: '07:00' };
  it('holds a message sent in a period that runs past midnight until its end', () => {
    expect(sendableAt(china('2026-12-03T23:30:00'), night)).toEqual(china('2026-12-04T07:00:00'));
    expect(sendableAt(china('2026-12-04T06:59:00'), night)).toEqual(china('2026-12-04T07:00:00'));
    // 22:00 China is 14:00 UTC: the day boundary is China's, not UTC's.
    expect(sendableAt(new Date('2026-12-03T16:30:00Z'), night)).toEqual(china('2026-12-04T07:00:00'));
  });
  it('lets a message outside the period go at once', () => {
    for (const at of ['2026-12-03T07:00:00', '2026-12-03T12:00:00', '2026-12-03T21:59:00']) {
      expect(sendableAt(china(at), night)).toEqual(china(at));
    }
  });
  it('handles a period within one day, and no period', () => {
    const lunch = { start: '12:00', end: '14:00' };
    expect(sendableAt(china('2026-12-03T12:30:00'), lunch)).toEqual(china('2026-12-03T14:00:00'));
    expect(sendableAt(china('2026-12-03T14:00:00'), lunch)).toEqual(china('2026-12-03T14:00:00'));
    expect(sendableAt(china('2026-12-03T23:00:00'), null)).toEqual(china('2026-12-03T23:00:00'));
  });
});
