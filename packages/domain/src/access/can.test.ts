import { describe, expect, it } from 'vitest';
import { Role } from '../enums/organisation.js';
import { partnerActor, userActor } from './actor.js';
import { can, permissionsOf } from './can.js';
import { Permission, rolePermissions } from './permissions.js';

describe('role → permissions', () => {
  // The whole matrix, written out: a change of access must change this snapshot, and show in review.
  it('matches the reviewed matrix', () => {
    const matrix = Object.fromEntries(Role.values.map((role) => [role, [...rolePermissions[role]].sort()]));
    expect(matrix).toMatchSnapshot();
  });

  it('grants every permission to at least one role, and nothing unknown', () => {
    const granted = new Set(Object.values(rolePermissions).flat());
    for (const p of granted) expect(Permission.is(p)).toBe(true);
    const ungranted = Permission.values.filter((p) => !granted.has(p));
    expect(ungranted).toEqual([]);
  });

  it.each([
    ['ADMIN', 'user.write', true],
    ['ADMIN', 'clueCase.read', false],
    ['ADMIN', 'task.write', false],
    ['OFFICE', 'closure.approve', true],
    ['OFFICE', 'closure.endorse', false],
    ['OFFICE', 'clueCase.read', false],
    ['LEADER', 'closure.endorse', true],
    ['LEADER', 'closure.approve', false],
    ['UNIT', 'closure.request', true],
    ['UNIT', 'task.write', false],
    ['SUPERVISOR', 'supervision.write', true],
    ['SUPERVISOR', 'progress.report', false],
    ['DISCIPLINE', 'clueCase.readIdentity', true],
    ['DISCIPLINE', 'user.write', false],
  ] as const)('%s may %s: %s', (role, permission, expected) => {
    expect(can(userActor(role, 1), permission)).toBe(expected);
  });

  it('gives a partner token only what its scopes grant, and never a write', () => {
    expect([...permissionsOf(partnerActor(1, []))]).toEqual([]);
    const ledger = partnerActor(1, ['LEDGER_READ']);
    expect(can(ledger, 'task.read')).toBe(true);
    expect(can(ledger, 'progress.read')).toBe(false);
    const all = partnerActor(1, ['LEDGER_READ', 'PROGRESS_READ', 'ORGANISATION_READ', 'FIGURES_READ']);
    expect([...permissionsOf(all)].every((p) => p.endsWith('.read'))).toBe(true);
    expect(can(all, 'clueCase.read')).toBe(false);
  });

  it('labels every permission in both languages', () => {
    for (const p of Permission.values) {
      expect(Permission.label(p, 'zh')).not.toBe('');
      expect(Permission.label(p, 'en')).not.toBe('');
    }
  });
});
