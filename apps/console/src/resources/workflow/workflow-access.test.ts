import type { Role } from '@rectify/domain';
import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../../providers/session.js';
import type { ClosureRequestRecord, ExtensionRequestRecord, TaskRecord } from '../tasks/task-record.js';
import { workflowActions } from './workflow-access.js';

const user = (role: Role, binding: { unitId?: number; leaderId?: number } = {}): SessionUser => ({
  id: 1,
  username: role.toLowerCase(),
  displayName: role,
  role,
  unitId: binding.unitId ?? null,
  leaderId: binding.leaderId ?? null,
});

const task = (overrides: Partial<TaskRecord> = {}): TaskRecord =>
  ({
    id: 1,
    leadUnitId: 10,
    leaderId: 20,
    deadline: '2030-01-01',
    term: 'BY_DEADLINE',
    status: 'IN_PROGRESS',
    version: 3,
    closureRequests: [],
    extensionRequests: [],
    ...overrides,
  }) as TaskRecord;

const closure = (status: string, endorsementCurrent: boolean | null = null) =>
  ({ id: 5, status, version: 1, endorsementCurrent, reviews: [] }) as unknown as ClosureRequestRecord;
const extension = (status: string) =>
  ({ id: 6, status, version: 1, reviews: [] }) as unknown as ExtensionRequestRecord;

const unit = user('UNIT', { unitId: 10 });
const otherUnit = user('UNIT', { unitId: 11 });
const leader = user('LEADER', { leaderId: 20 });
const otherLeader = user('LEADER', { leaderId: 21 });
const office = user('OFFICE');
const actions = (u: SessionUser, t: TaskRecord) => [...workflowActions(u, t)].sort();

describe('workflowActions', () => {
  it('lets the lead unit report, request closure and an extension on an open task, and no other unit', () => {
    expect(actions(unit, task())).toEqual(['reportProgress', 'requestClosure', 'requestExtension']);
    expect(actions(otherUnit, task())).toEqual([]);
    expect(actions(unit, task({ deadline: null }))).toEqual(['reportProgress', 'requestClosure']);
  });

  it('offers a pending closure to withdraw, to its own leader to endorse, then to the office to approve', () => {
    const awaitingLeader = task({
      status: 'CLOSURE_REQUESTED',
      closureRequests: [closure('PENDING_ENDORSEMENT')],
    });
    expect(actions(unit, awaitingLeader)).toEqual(['reportProgress', 'requestExtension', 'withdrawClosure']);
    expect(actions(leader, awaitingLeader)).toEqual(['endorseClosure']);
    expect(actions(otherLeader, awaitingLeader)).toEqual([]);
    expect(actions(office, awaitingLeader)).toEqual([]);
    const endorsed = task({
      status: 'CLOSURE_REQUESTED',
      closureRequests: [closure('PENDING_APPROVAL', true)],
    });
    expect(actions(leader, endorsed)).toEqual([]);
    expect(actions(office, endorsed)).toEqual(['approveClosure']);
  });

  it('sends a closure changed since its endorsement back to the leader, not to the office', () => {
    const stale = task({
      status: 'CLOSURE_REQUESTED',
      closureRequests: [closure('PENDING_APPROVAL', false)],
    });
    expect(actions(leader, stale)).toEqual(['endorseClosure']);
    expect(actions(office, stale)).toEqual([]);
  });

  it('walks an extension through the same two steps', () => {
    const asked = task({ extensionRequests: [extension('PENDING_ENDORSEMENT')] });
    expect(actions(unit, asked)).toEqual(['reportProgress', 'requestClosure', 'withdrawExtension']);
    expect(actions(leader, asked)).toEqual(['endorseExtension']);
    expect(actions(office, task({ extensionRequests: [extension('PENDING_APPROVAL')] }))).toEqual([
      'approveExtension',
    ]);
  });

  it('lets the office look back at a closed task and mark a long-term one ongoing; the unit resumes', () => {
    expect(actions(office, task({ status: 'CLOSED' }))).toEqual(['reopen']);
    expect(actions(unit, task({ status: 'CLOSED' }))).toEqual([]);
    expect(actions(office, task({ term: 'LONG_TERM' }))).toEqual(['markOngoing']);
    expect(actions(office, task())).toEqual([]);
    expect(actions(unit, task({ status: 'REOPENED' }))).toEqual([
      'reportProgress',
      'requestClosure',
      'requestExtension',
      'resume',
    ]);
    expect(actions(user('SUPERVISOR'), task({ status: 'CLOSED' }))).toEqual([]);
  });
});
