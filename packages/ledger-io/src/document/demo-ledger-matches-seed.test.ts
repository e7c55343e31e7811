import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFeedbackDocument } from './parse-feedback-document.js';
import { findRepoRoot, readSeedDocument } from './testing/seed-path.js';
import type { DraftIssue } from './types.js';

// The shape of packages/demo/data/foshan-2018.json, as far as this test reads it.
interface LedgerFile {
  inspection: { key: string; level: string; [field: string]: string };
  units: { key: string; name: string; kind: string; parentKey: string | null }[];
  leaders: { key: string; name: string; post: string; unitKey: string; groupRole: string }[];
  issues: LedgerIssue[];
}
interface LedgerIssue {
  code: string;
  kind: string;
  title: string;
  responseText: string | null;
  leadLeaderKey: string;
  leadUnitKey: string;
  children: LedgerIssue[];
  tasks: LedgerTask[];
}
interface LedgerTask {
  ordinal: string;
  measure: string;
  leaderKey: string;
  leadUnitKey: string;
  coUnitKeys: string[];
  deadline: string;
  term: string;
  status: string;
  progress: { unitKey: string; period: string; percent: number; text: string; reportedAt: string }[];
}

const UNIT_KINDS = [
  'PARTY_COMMITTEE',
  'GOVERNMENT_DEPARTMENT',
  'DISTRICT',
  'TOWN',
  'STATE_ENTERPRISE',
  'DISCIPLINE_BODY',
  'JUDICIAL_BODY',
  'OTHER',
];
const GROUP_ROLES = ['HEAD', 'DEPUTY_HEAD', 'MEMBER', 'NONE'];
const ISSUE_KINDS = ['AREA', 'PROBLEM', 'MANIFESTATION'];
const TERMS = ['IMMEDIATE', 'BY_DEADLINE', 'LONG_TERM'];
const STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'CLOSURE_REQUESTED', 'CLOSED', 'ONGOING'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;
const REPORT_DAY = '2018-11-26';

const ledger = JSON.parse(
  readFileSync(path.join(findRepoRoot(import.meta.url), 'packages/demo/data/foshan-2018.json'), 'utf8'),
) as LedgerFile;

function flatten<T extends { children: T[] }>(issues: T[]): T[] {
  return issues.flatMap((issue) => [issue, ...flatten(issue.children)]);
}
const issues = flatten(ledger.issues);
const tasks = issues.flatMap((issue) => issue.tasks.map((task) => ({ code: issue.code, ...task })));

/** What the document says, without anything the ledger adds: the part that must match the parser. */
function asDrafted(issue: DraftIssue | LedgerIssue): unknown {
  return {
    code: issue.code,
    kind: issue.kind,
    title: issue.title,
    responseText: issue.responseText,
    tasks: issue.tasks.map(({ ordinal, measure }) => ({ ordinal, measure })),
    children: issue.children.map(asDrafted),
  };
}

describe('the demo ledger data file', () => {
  it('holds exactly the issue tree the parser reads from the seed', () => {
    const parsed = parseFeedbackDocument(readSeedDocument());
    expect(ledger.issues.map(asDrafted)).toEqual(parsed.issues.map(asDrafted));
  });

  it('refers only to units and leaders it defines, each defined once', () => {
    const units = new Set(ledger.units.map((u) => u.key));
    const leaders = new Set(ledger.leaders.map((l) => l.key));
    expect(units.size).toBe(ledger.units.length);
    expect(leaders.size).toBe(ledger.leaders.length);
    const missing = [
      ...ledger.units
        .flatMap((u) => (u.parentKey === null ? [] : [u.parentKey]))
        .filter((k) => !units.has(k)),
      ...ledger.leaders.map((l) => l.unitKey).filter((k) => !units.has(k)),
      ...issues.map((i) => i.leadUnitKey).filter((k) => !units.has(k)),
      ...issues.map((i) => i.leadLeaderKey).filter((k) => !leaders.has(k)),
      ...tasks.map((t) => t.leaderKey).filter((k) => !leaders.has(k)),
      ...tasks.flatMap((t) => [t.leadUnitKey, ...t.coUnitKeys]).filter((k) => !units.has(k)),
      ...tasks.flatMap((t) => t.progress.map((p) => p.unitKey)).filter((k) => !units.has(k)),
    ];
    expect(missing).toEqual([]);
  });

  it('uses only allowed enum values, and ONGOING only for long-term tasks', () => {
    expect(ledger.inspection.level).toBe('PROVINCIAL');
    expect(ledger.units.map((u) => u.kind).filter((v) => !UNIT_KINDS.includes(v))).toEqual([]);
    expect(ledger.leaders.map((l) => l.groupRole).filter((v) => !GROUP_ROLES.includes(v))).toEqual([]);
    expect(issues.map((i) => i.kind).filter((v) => !ISSUE_KINDS.includes(v))).toEqual([]);
    expect(tasks.map((t) => t.term).filter((v) => !TERMS.includes(v))).toEqual([]);
    expect(tasks.map((t) => t.status).filter((v) => !STATUSES.includes(v))).toEqual([]);
    const ongoing = tasks.filter((t) => t.status === 'ONGOING');
    expect(ongoing.filter((t) => t.term !== 'LONG_TERM').map((t) => t.code + t.ordinal)).toEqual([]);
  });

  it('has the leading group of 24, with only the party secretary named', () => {
    expect(ledger.leaders).toHaveLength(24);
    expect(ledger.leaders.filter((l) => l.groupRole === 'HEAD')).toEqual([
      expect.objectContaining({ name: '鲁毅', post: '市委书记' }),
    ]);
    expect(ledger.leaders.filter((l) => l.name !== l.post).map((l) => l.name)).toEqual(['鲁毅']);
  });

  it('dates its tasks and progress plausibly for a report of 2018-11-26', () => {
    for (const task of tasks) {
      const where = `${task.code}${task.ordinal}`;
      expect(task.deadline, where).toMatch(ISO_DATE);
      expect(task.coUnitKeys.length, where).toBeLessThanOrEqual(3);
      expect(task.coUnitKeys, where).not.toContain(task.leadUnitKey);
      if (task.status === 'CLOSED') expect(task.deadline < REPORT_DAY, where).toBe(true);
      if (task.status === 'NOT_STARTED') expect(task.progress, where).toEqual([]);
      else expect(task.progress.length, where).toBeGreaterThanOrEqual(1);
      expect(task.progress.length, where).toBeLessThanOrEqual(3);
      const percents = task.progress.map((p) => p.percent);
      expect(percents, where).toEqual([...percents].sort((a, b) => a - b));
      if (task.status === 'CLOSED') expect(percents.at(-1), where).toBe(100);
      for (const report of task.progress) {
        expect(report.unitKey, where).toBe(task.leadUnitKey);
        expect(report.period >= '2018-08-01' && report.period <= '2018-11-23', where).toBe(true);
        expect(report.reportedAt, where).toMatch(/^2018-(08|09|10|11)-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/u);
        expect(report.reportedAt.slice(0, 10) <= '2018-11-23', where).toBe(true);
        expect(report.text.length, where).toBeGreaterThanOrEqual(20);
        expect(report.text.length, where).toBeLessThanOrEqual(80);
      }
    }
  });
});
