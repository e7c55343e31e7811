import { describe, expect, it } from 'vitest';
import { weekStartOf } from '../calendar/china-calendar.js';
import { summariseLedger, type TaskFacts } from './ledger-summary.js';

const task = (over: Partial<TaskFacts>): TaskFacts => ({
  issueId: 1,
  leadUnitId: 10,
  leaderId: 20,
  status: 'IN_PROGRESS',
  deadline: null,
  ...over,
});

describe('summariseLedger', () => {
  const today = '2018-11-26'; // a Monday
  const tasks = [
    task({ issueId: 1, status: 'CLOSED' }),
    task({ issueId: 1, status: 'CLOSED' }),
    task({ issueId: 2, status: 'CLOSED', leadUnitId: 11 }),
    task({ issueId: 2, status: 'ONGOING', leadUnitId: 11, leaderId: 21 }),
    task({ issueId: 3, status: 'IN_PROGRESS', deadline: '2018-11-01', leaderId: 21 }),
    task({ issueId: 3, status: 'NOT_STARTED', deadline: '2018-11-28' }),
    task({ issueId: 4, status: 'CLOSURE_REQUESTED', deadline: '2018-12-05', leadUnitId: null }),
  ];
  const s = summariseLedger(tasks, today, 3);

  it('counts tasks and the closure rate', () => {
    expect(s.tasks).toMatchObject({ total: 7, closed: 3, ongoing: 1, overdue: 1 });
    expect(s.tasks.closureRate.value).toBeCloseTo(3 / 7);
  });

  it('tallies issues by the status their tasks give them', () => {
    expect(s.issues).toMatchObject({ total: 4, rectified: 1, ongoing: 1, notDone: 2 });
    expect(s.issues.rectificationRate.value).toBe(0.25);
  });

  it('breaks the counts down by lead unit and by leader', () => {
    expect(s.byUnit.get(10)).toMatchObject({ total: 4, closed: 2, overdue: 1 });
    expect(s.byUnit.get(11)).toMatchObject({ total: 2, closed: 1, ongoing: 1 });
    expect([...s.byUnit.keys()].sort()).toEqual([10, 11]);
    expect(s.byLeader.get(21)).toMatchObject({ total: 2, overdue: 1 });
  });

  it('lists open deadlines in the weeks ahead, not overdue ones', () => {
    expect(s.deadlinesAhead).toEqual([
      { weekStart: '2018-11-26', count: 1 },
      { weekStart: '2018-12-03', count: 1 },
      { weekStart: '2018-12-10', count: 0 },
    ]);
    expect(weekStartOf('2018-12-02')).toBe('2018-11-26');
  });
});
