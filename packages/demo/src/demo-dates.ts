import { addDays, chinaDateOf, daysUntil, type IsoDate } from '@rectify/domain';
import { isIsoDate } from '@rectify/services';
import type { DemoClueStep, DemoClues } from './clues/demo-clues.js';
import type { DemoLedger, DemoTask } from './demo-ledger.js';

/**
 * Where the demo's dates are placed. `today`: the seed report's day becomes today (China time), so deadlines
 * fall near, ahead and behind as in a ledger in use and the warning colours, the deadlines ahead and the
 * overdue counts show; `historical`: the document's own 2018 dates, for its progress report; a day
 * (`YYYY-MM-DD`): the report's day becomes that day.
 */
export type DemoDates = 'today' | 'historical' | IsoDate;

/** The day of the seed report (截至2018年11月26日): the ledger's statuses are as they stood that day. */
export const DEMO_REPORT_DAY: IsoDate = '2018-11-26';

/** The setting as written (an environment variable, a command-line option); null when it is none of them. */
export function parseDemoDates(value: string): DemoDates | null {
  return value === 'today' || value === 'historical' || isIsoDate(value) ? value : null;
}

/** The day the seed report's day becomes. */
export function demoAsOfDay(dates: DemoDates, now: Date): IsoDate {
  if (dates === 'historical') return DEMO_REPORT_DAY;
  if (dates === 'today') return chinaDateOf(now);
  return dates;
}

/** Moves every day and moment of the demo by the same whole number of days. */
export interface DemoCalendar {
  /** The day the seed report's day becomes. */
  asOfDay: IsoDate;
  day(date: IsoDate): IsoDate;
  /**
   * An ISO timestamp with its offset (`2018-10-11T15:20:00+08:00`): the written day moves, the time and the
   * offset stay, which moves the moment by whole days (the offset is fixed).
   */
  moment(timestamp: string): string;
}

export function demoCalendar(asOfDay: IsoDate): DemoCalendar {
  const shift = daysUntil(asOfDay, DEMO_REPORT_DAY);
  const day = (date: IsoDate) => addDays(date, shift);
  return { asOfDay, day, moment: (timestamp) => day(timestamp.slice(0, 10)) + timestamp.slice(10) };
}

const dayOrNull = (calendar: DemoCalendar, date: IsoDate | null) =>
  date == null ? null : calendar.day(date);

/** The ledger with its inspection's days, deadlines and progress reports moved. */
export function shiftDemoLedger(data: DemoLedger, calendar: DemoCalendar): DemoLedger {
  const { inspection: i } = data;
  const task = (t: DemoTask): DemoTask => ({
    ...t,
    deadline: dayOrNull(calendar, t.deadline),
    progress: t.progress.map((p) => ({
      ...p,
      period: calendar.day(p.period),
      reportedAt: calendar.moment(p.reportedAt),
    })),
  });
  const issue = (node: DemoLedger['issues'][number]): DemoLedger['issues'][number] => ({
    ...node,
    tasks: node.tasks.map(task),
    children: node.children.map(issue),
  });
  return {
    ...data,
    inspection: {
      ...i,
      onSiteFrom: dayOrNull(calendar, i.onSiteFrom),
      onSiteTo: dayOrNull(calendar, i.onSiteTo),
      feedbackDate: dayOrNull(calendar, i.feedbackDate),
      rectificationDeadline: dayOrNull(calendar, i.rectificationDeadline),
    },
    issues: data.issues.map(issue),
  };
}

/** The clue cases with the days they were received and their steps taken, and their deadlines, moved. */
export function shiftDemoClues(data: DemoClues, calendar: DemoCalendar): DemoClues {
  const step = (s: DemoClueStep): DemoClueStep => {
    const moved = { ...s, on: calendar.day(s.on) };
    if ('deadline' in moved && moved.deadline) moved.deadline = calendar.day(moved.deadline);
    return moved;
  };
  return {
    ...data,
    cases: data.cases.map((c) => ({
      ...c,
      receivedDate: calendar.day(c.receivedDate),
      steps: c.steps.map(step),
    })),
  };
}
