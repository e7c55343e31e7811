import { describe, expect, it } from 'vitest';
import type { IssueStatus } from '../enums/ledger.js';
import { clueFigures } from './clue-figures.js';
import {
  closureRate,
  doneOrOngoingRate,
  isOverdue,
  issueStatusOf,
  rectificationRate,
  tallyIssues,
} from './ledger-figures.js';
import { formatPercent, rate } from './rate.js';
import { daysUntil, warningLevelOf } from './warning.js';

describe('ledger figures', () => {
  it("reproduces DESIGN.md's published example: 697 problems, 688 rectified, 4 ongoing, 5 not done → 98.71%", () => {
    const statuses: IssueStatus[] = [
      ...Array<IssueStatus>(688).fill('RECTIFIED'),
      ...Array<IssueStatus>(4).fill('ONGOING'),
      ...Array<IssueStatus>(3).fill('IN_PROGRESS'),
      ...Array<IssueStatus>(2).fill('NOT_STARTED'),
    ];
    const tally = tallyIssues(statuses);
    expect(tally).toEqual({ total: 697, rectified: 688, ongoing: 4, notDone: 5 });
    expect(formatPercent(rectificationRate(tally), 2)).toBe('98.71%');
    expect(formatPercent(doneOrOngoingRate(tally), 2)).toBe('99.28%');
  });

  it('derives an issue status from its tasks', () => {
    expect(issueStatusOf([])).toBe('NOT_STARTED');
    expect(issueStatusOf(['CLOSED', 'CLOSED'])).toBe('RECTIFIED');
    expect(issueStatusOf(['CLOSED', 'ONGOING'])).toBe('ONGOING');
    expect(issueStatusOf(['NOT_STARTED', 'NOT_STARTED'])).toBe('NOT_STARTED');
    expect(issueStatusOf(['CLOSED', 'NOT_STARTED'])).toBe('IN_PROGRESS');
    expect(issueStatusOf(['CLOSED', 'REOPENED'])).toBe('IN_PROGRESS');
  });

  it('computes the closure rate and overdue', () => {
    expect(closureRate(['CLOSED', 'IN_PROGRESS', 'CLOSED', 'ONGOING'])).toEqual({
      part: 2,
      whole: 4,
      value: 0.5,
    });
    expect(closureRate([]).value).toBeNull();
    expect(formatPercent(rate(0, 0))).toBe('—');
    expect(isOverdue({ status: 'IN_PROGRESS', deadline: '2018-10-31' }, '2018-11-01')).toBe(true);
    expect(isOverdue({ status: 'IN_PROGRESS', deadline: '2018-10-31' }, '2018-10-31')).toBe(false);
    expect(isOverdue({ status: 'CLOSED', deadline: '2018-10-31' }, '2018-11-01')).toBe(false);
    expect(isOverdue({ status: 'ONGOING', deadline: '2018-10-31' }, '2018-11-01')).toBe(false);
    expect(isOverdue({ status: 'NOT_STARTED', deadline: null }, '2018-11-01')).toBe(false);
  });

  it('colours warnings by the configured lead time', () => {
    const open = (deadline: string) => ({ status: 'IN_PROGRESS' as const, deadline });
    expect(daysUntil('2018-12-01', '2018-11-26')).toBe(5);
    expect(warningLevelOf(open('2018-11-25'), '2018-11-26')).toBe('RED');
    expect(warningLevelOf(open('2018-11-26'), '2018-11-26')).toBe('YELLOW');
    expect(warningLevelOf(open('2018-12-16'), '2018-11-26')).toBe('YELLOW');
    expect(warningLevelOf(open('2018-12-17'), '2018-11-26')).toBe('GREEN');
    expect(warningLevelOf(open('2018-12-17'), '2018-11-26', { yellowDays: 30, reminderDays: [] })).toBe(
      'YELLOW',
    );
    expect(warningLevelOf({ status: 'CLOSED', deadline: '2018-01-01' }, '2018-11-26')).toBe('NONE');
  });
});

describe('clue figures', () => {
  it('counts completion, filing and substantiation, and never counts a duplicate twice', () => {
    const f = clueFigures([
      { status: 'CONCLUDED', outcome: 'SUBSTANTIATED', duplicateOfId: null },
      { status: 'CONCLUDED', outcome: 'UNSUBSTANTIATED', duplicateOfId: null },
      { status: 'CASE_FILED', outcome: 'PARTLY_SUBSTANTIATED', duplicateOfId: null },
      { status: 'IN_DISPOSAL', outcome: null, duplicateOfId: null },
      { status: 'CONCLUDED', outcome: 'SUBSTANTIATED', duplicateOfId: 1 },
    ]);
    expect(f.received).toBe(4);
    expect(f.concluded).toBe(2);
    expect(f.caseFiled).toBe(1);
    expect(formatPercent(f.completionRate)).toBe('50.0%');
    expect(formatPercent(f.caseFilingRate)).toBe('25.0%');
    expect(f.substantiationRate).toEqual({ part: 2, whole: 3, value: 2 / 3 });
  });

  it('reaches the seed figure of 87.2%', () => {
    const clues = Array.from({ length: 47 }, (_, i) => ({
      status: i < 41 ? ('CONCLUDED' as const) : ('IN_DISPOSAL' as const),
      outcome: null,
      duplicateOfId: null,
    }));
    expect(formatPercent(clueFigures(clues).completionRate)).toBe('87.2%');
  });
});
