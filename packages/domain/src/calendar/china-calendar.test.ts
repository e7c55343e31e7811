import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addDays,
  CHINA_TIME_ZONE,
  chinaDateOf,
  chinaMidnight,
  chinaWeekStartOf,
  daysBetween,
  weekStartOf,
} from './china-calendar.js';

// The host's zone must not matter: run in one with summer time, far from China.
const hostZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'America/New_York';
});
afterAll(() => {
  process.env.TZ = hostZone;
});

describe('the China calendar', () => {
  it('reads the day of a moment in China time, not in UTC or the host zone', () => {
    expect(chinaDateOf(new Date('2018-11-25T15:59:59Z'))).toBe('2018-11-25');
    expect(chinaDateOf(new Date('2018-11-25T16:00:00Z'))).toBe('2018-11-26');
    expect(chinaDateOf('2018-11-26T00:00:00+08:00')).toBe('2018-11-26');
    expect(chinaDateOf('2018-11-25T23:59:59+08:00')).toBe('2018-11-25');
  });

  it('starts a day at midnight China time', () => {
    expect(chinaMidnight('2018-11-26').toISOString()).toBe('2018-11-25T16:00:00.000Z');
  });

  it('names a week by its Monday, Sunday closing the week', () => {
    expect(weekStartOf('2018-11-26')).toBe('2018-11-26');
    expect(weekStartOf('2018-11-28')).toBe('2018-11-26');
    expect(weekStartOf('2018-12-02')).toBe('2018-11-26');
    expect(weekStartOf('2018-12-03')).toBe('2018-12-03');
    expect(weekStartOf('2019-01-01')).toBe('2018-12-31');
  });

  it('takes the Monday of a moment in China time: Sunday 23:30 UTC is already Monday in China', () => {
    expect(chinaWeekStartOf(new Date('2018-12-02T15:59:00Z'))).toBe('2018-11-26');
    expect(chinaWeekStartOf(new Date('2018-12-02T16:00:00Z'))).toBe('2018-12-03');
  });

  it('counts whole days, across month, year and other zones’ summer-time changes', () => {
    expect(daysBetween('2018-11-26', '2018-12-06')).toBe(10);
    expect(daysBetween('2018-12-06', '2018-11-26')).toBe(-10);
    expect(daysBetween('2018-12-31', '2019-01-01')).toBe(1);
    expect(daysBetween('2026-03-07', '2026-03-09')).toBe(2);
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });

  it('adds days, each of them 24 hours in China', () => {
    expect(addDays('2018-11-26', 7)).toBe('2018-12-03');
    expect(addDays('2019-01-01', -1)).toBe('2018-12-31');
    expect(addDays('2026-03-07', 2)).toBe('2026-03-09');
    expect(addDays('2026-11-01', 0)).toBe('2026-11-01');
  });
});

describe('the fixed offset', () => {
  it('agrees with the platform’s Asia/Shanghai zone data on every hour since 1992', () => {
    const zoneDay = new Intl.DateTimeFormat('en-CA', { timeZone: CHINA_TIME_ZONE, dateStyle: 'short' });
    const from = Date.parse('1992-01-01T00:00:00Z');
    const to = Date.parse('2040-01-01T00:00:00Z');
    // A step of 31 hours walks through every hour of the day over the years.
    for (let ms = from; ms < to; ms += 31 * 3_600_000) {
      const moment = new Date(ms);
      expect(chinaDateOf(moment)).toBe(zoneDay.format(moment));
    }
  });
});
