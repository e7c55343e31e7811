import { describe, expect, it } from 'vitest';
import { partnerActor, userActor } from './actor.js';
import {
  actsForTaskAsUnit,
  issueVisible,
  leadsTask,
  ledgerScopeOf,
  readsClueIdentity,
  taskVisible,
} from './scope.js';

const task = { leadUnitId: 10, coUnitIds: [11], leaderId: 20 };

describe('record scope', () => {
  it('gives each role its scope', () => {
    expect(ledgerScopeOf(userActor('OFFICE', 1))).toEqual({ kind: 'all' });
    expect(ledgerScopeOf(userActor('ADMIN', 1))).toEqual({ kind: 'all' });
    expect(ledgerScopeOf(userActor('SUPERVISOR', 1))).toEqual({ kind: 'all' });
    expect(ledgerScopeOf(userActor('DISCIPLINE', 1))).toEqual({ kind: 'all' });
    expect(ledgerScopeOf(userActor('UNIT', 1, { unitId: 10 }))).toEqual({ kind: 'unit', unitId: 10 });
    expect(ledgerScopeOf(userActor('LEADER', 1, { leaderId: 20 }))).toEqual({ kind: 'leader', leaderId: 20 });
    expect(ledgerScopeOf(userActor('UNIT', 1))).toEqual({ kind: 'none' });
    expect(ledgerScopeOf(partnerActor(1, ['FIGURES_READ']))).toEqual({ kind: 'none' });
    expect(ledgerScopeOf(partnerActor(1, ['LEDGER_READ']))).toEqual({ kind: 'all' });
  });

  it('shows a unit the tasks it leads or co-operates on, and a leader what they lead', () => {
    expect(taskVisible({ kind: 'unit', unitId: 10 }, task)).toBe(true);
    expect(taskVisible({ kind: 'unit', unitId: 11 }, task)).toBe(true);
    expect(taskVisible({ kind: 'unit', unitId: 12 }, task)).toBe(false);
    expect(taskVisible({ kind: 'leader', leaderId: 20 }, task)).toBe(true);
    expect(taskVisible({ kind: 'leader', leaderId: 21 }, task)).toBe(false);
    expect(taskVisible({ kind: 'none' }, task)).toBe(false);
  });

  it('shows an issue on the way to a visible task, or when the actor leads it', () => {
    const issue = { leadUnitId: 99, leadLeaderId: 98 };
    expect(issueVisible({ kind: 'unit', unitId: 11 }, issue, [task])).toBe(true);
    expect(issueVisible({ kind: 'unit', unitId: 12 }, issue, [task])).toBe(false);
    expect(issueVisible({ kind: 'unit', unitId: 99 }, issue, [])).toBe(true);
    expect(issueVisible({ kind: 'leader', leaderId: 98 }, issue, [])).toBe(true);
  });

  it('lets only the lead unit act, and only the responsible leader endorse', () => {
    expect(actsForTaskAsUnit(userActor('UNIT', 1, { unitId: 10 }), task)).toBe(true);
    expect(actsForTaskAsUnit(userActor('UNIT', 1, { unitId: 11 }), task)).toBe(false);
    expect(leadsTask(userActor('LEADER', 1, { leaderId: 20 }), task)).toBe(true);
    expect(leadsTask(userActor('LEADER', 1, { leaderId: 21 }), task)).toBe(false);
  });

  it('reveals clue identity only to the case owners in DISCIPLINE', () => {
    expect(readsClueIdentity(userActor('DISCIPLINE', 5), { ownerUserIds: [5] })).toBe(true);
    expect(readsClueIdentity(userActor('DISCIPLINE', 6), { ownerUserIds: [5] })).toBe(false);
    expect(readsClueIdentity(userActor('OFFICE', 5), { ownerUserIds: [5] })).toBe(false);
  });
});
