import { describe, expect, it } from 'vitest';
import { TaskStatus } from '../enums/ledger.js';
import { TaskEvent, taskEventsFrom, taskLifecycle, transitionTask } from './task-lifecycle.js';

const legal: [TaskStatus, TaskEvent, TaskStatus][] = [
  ['NOT_STARTED', 'START', 'IN_PROGRESS'],
  ['NOT_STARTED', 'REQUEST_CLOSURE', 'CLOSURE_REQUESTED'],
  ['IN_PROGRESS', 'REQUEST_CLOSURE', 'CLOSURE_REQUESTED'],
  ['REOPENED', 'REQUEST_CLOSURE', 'CLOSURE_REQUESTED'],
  ['CLOSURE_REQUESTED', 'WITHDRAW_CLOSURE', 'IN_PROGRESS'],
  ['CLOSURE_REQUESTED', 'APPROVE_CLOSURE', 'CLOSED'],
  ['CLOSURE_REQUESTED', 'REJECT_CLOSURE', 'IN_PROGRESS'],
  ['IN_PROGRESS', 'MARK_ONGOING', 'ONGOING'],
  ['REOPENED', 'MARK_ONGOING', 'ONGOING'],
  ['CLOSED', 'REOPEN', 'REOPENED'],
  ['ONGOING', 'REOPEN', 'REOPENED'],
  ['REOPENED', 'RESUME', 'IN_PROGRESS'],
];

describe('task lifecycle', () => {
  it.each(legal)('%s --%s--> %s', (from, event, to) => {
    expect(transitionTask(from, event)).toEqual({ ok: true, to });
  });

  it('refuses every other move, with a reason in both languages', () => {
    const legalKeys = new Set(legal.map(([from, event]) => `${from}/${event}`));
    let refused = 0;
    for (const from of TaskStatus.values) {
      for (const event of TaskEvent.values) {
        if (legalKeys.has(`${from}/${event}`)) continue;
        const result = transitionTask(from, event);
        expect(result.ok, `${from}/${event}`).toBe(false);
        if (!result.ok) {
          expect(result.reason.zh).toContain(TaskStatus.label(from, 'zh'));
          expect(result.reason.en).toContain(TaskStatus.label(from, 'en'));
        }
        refused++;
      }
    }
    expect(refused).toBe(TaskStatus.values.length * TaskEvent.values.length - legal.length);
  });

  it('lists the events a status allows', () => {
    expect(taskEventsFrom('CLOSURE_REQUESTED').sort()).toEqual(
      ['APPROVE_CLOSURE', 'REJECT_CLOSURE', 'WITHDRAW_CLOSURE'].sort(),
    );
    expect(taskEventsFrom('CLOSED')).toEqual(['REOPEN']);
    expect(Object.keys(taskLifecycle).sort()).toEqual([...TaskEvent.values].sort());
  });
});
