import { describe, expect, it } from 'vitest';
import { readDemoClues } from './clues/load-demo-clues.js';
import {
  DEMO_REPORT_DAY,
  demoAsOfDay,
  demoCalendar,
  parseDemoDates,
  shiftDemoClues,
  shiftDemoLedger,
} from './demo-dates.js';
import type { DemoIssue } from './demo-ledger.js';
import { readDemoLedger } from './load-demo-ledger.js';

const tasksOf = (list: DemoIssue[]): DemoIssue['tasks'] =>
  list.flatMap((issue) => [...issue.tasks, ...tasksOf(issue.children)]);

describe('the demo’s dates', () => {
  it('reads the setting: today, historical or a real day', () => {
    expect(parseDemoDates('today')).toBe('today');
    expect(parseDemoDates('historical')).toBe('historical');
    expect(parseDemoDates('2026-12-02')).toBe('2026-12-02');
    for (const wrong of ['Today', '2026-02-30', '2026-12-2', 'tomorrow', ''])
      expect(parseDemoDates(wrong), wrong).toBeNull();
  });

  it('places the report’s day on today in China time, on the seed’s own day, or on the day given', () => {
    // 23:30 in UTC on 1 December is already 2 December in Beijing.
    const now = new Date('2026-12-01T23:30:00Z');
    expect(demoAsOfDay('today', now)).toBe('2026-12-02');
    expect(demoAsOfDay('historical', now)).toBe(DEMO_REPORT_DAY);
    expect(demoAsOfDay('2030-01-15', now)).toBe('2030-01-15');
  });

  it('moves days and moments by the same whole number of days, across month, year and leap day', () => {
    const calendar = demoCalendar('2026-12-02');
    // 2018-11-26 → 2026-12-02 is 2928 days.
    expect(calendar.day('2018-11-26')).toBe('2026-12-02');
    expect(calendar.day('2018-11-24')).toBe('2026-11-30');
    expect(calendar.day('2018-12-31')).toBe('2027-01-06');
    expect(calendar.day('2018-03-08')).toBe('2026-03-14');
    expect(calendar.moment('2018-11-23T17:00:00+08:00')).toBe('2026-11-29T17:00:00+08:00');
    expect(
      Date.parse(calendar.moment('2018-10-11T15:20:00+08:00')) - Date.parse('2018-10-11T15:20:00+08:00'),
    ).toBe(2928 * 86_400_000);
    expect(demoCalendar('2020-03-01').day('2018-11-26')).toBe('2020-03-01');
    expect(demoCalendar('2020-03-01').day('2018-11-25')).toBe('2020-02-29');
    const historical = demoCalendar(DEMO_REPORT_DAY);
    expect(historical.day('2018-07-24')).toBe('2018-07-24');
    expect(historical.moment('2018-10-11T15:20:00+08:00')).toBe('2018-10-11T15:20:00+08:00');
  });

  it('moves every date of the ledger file and leaves the rest as it is', () => {
    const seed = readDemoLedger();
    const calendar = demoCalendar('2026-12-02');
    const moved = shiftDemoLedger(seed, calendar);
    expect(moved.inspection).toEqual({
      ...seed.inspection,
      onSiteFrom: '2026-03-14',
      onSiteTo: '2026-05-17',
      feedbackDate: '2026-07-30',
      rectificationDeadline: '2026-11-30',
    });
    expect(moved.units).toEqual(seed.units);
    expect(moved.leaders).toEqual(seed.leaders);
    const [before, after] = [tasksOf(seed.issues), tasksOf(moved.issues)];
    expect(after).toHaveLength(183);
    after.forEach((task, i) => {
      const was = before[i]!;
      expect({ ...task, deadline: was.deadline, progress: was.progress }).toEqual(was);
      expect(task.deadline).toBe(was.deadline == null ? null : calendar.day(was.deadline));
      expect(task.progress).toEqual(
        was.progress.map((p) => ({
          ...p,
          period: calendar.day(p.period),
          reportedAt: calendar.moment(p.reportedAt),
        })),
      );
    });
    // The seed's file itself is left untouched.
    expect(readDemoLedger()).toEqual(seed);
  });

  it('moves the clue cases’ days of receipt, steps and deadlines', () => {
    const seed = readDemoClues();
    const calendar = demoCalendar('2026-12-02');
    const moved = shiftDemoClues(seed, calendar);
    expect(moved.cases).toHaveLength(seed.cases.length);
    moved.cases.forEach((c, i) => {
      const was = seed.cases[i]!;
      expect(c.receivedDate).toBe(calendar.day(was.receivedDate));
      c.steps.forEach((s, j) => {
        const step = was.steps[j]!;
        expect(s.on).toBe(calendar.day(step.on));
        const deadline = 'deadline' in step ? step.deadline : undefined;
        expect('deadline' in s ? s.deadline : undefined).toBe(deadline ? calendar.day(deadline) : deadline);
      });
    });
    const deadlines = JSON.stringify(moved).match(/"deadline":"[^"]+"/g) ?? [];
    expect(deadlines.length).toBeGreaterThan(0);
    expect(deadlines.every((d) => d.includes('"2026-') || d.includes('"2027-'))).toBe(true);
  });
});
