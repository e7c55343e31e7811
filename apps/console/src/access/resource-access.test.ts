import { Role } from '@rectify/domain';
import { describe, expect, it } from 'vitest';
import { NAVIGATION } from '../layout/navigation.js';
import { canAccessResource } from './resource-access.js';

/** The menu each role is offered, as the role matrix of DESIGN.md implies. */
const MENUS = {
  ADMIN: [
    'dashboard',
    'ledger',
    'tasks',
    'inbox',
    'units',
    'leaders',
    'users',
    'apiClients',
    'webhooks',
    'auditEvents',
    'jobs',
    'deliveries',
  ],
  OFFICE: [
    'dashboard',
    'ledger',
    'tasks',
    'reviews',
    'inbox',
    'supervision',
    'ledgerImport',
    'documentImport',
    'reportDrafts',
    'inspections',
    'users',
    'auditEvents',
    'settings',
  ],
  LEADER: ['dashboard', 'ledger', 'tasks', 'reviews', 'inbox'],
  UNIT: ['ledger', 'tasks', 'inbox', 'unitFindings'],
  SUPERVISOR: ['dashboard', 'ledger', 'tasks', 'inbox', 'supervision'],
  DISCIPLINE: [
    'dashboard',
    'ledger',
    'tasks',
    'inbox',
    'clueCases',
    'clueDisclosureQueue',
    'clueFigures',
    'passwordResetApprovals',
  ],
  PARTNER: [],
} satisfies Record<Role, string[]>;

describe('canAccessResource', () => {
  it.each(Role.values)('offers %s its menu and nothing more', (role) => {
    const menu = NAVIGATION.filter((e) => canAccessResource(role, e.resource, 'list')).map((e) => e.resource);
    expect(menu).toEqual(MENUS[role]);
  });

  it('offers task assignment and editing to the office alone', () => {
    const assigners = Role.values.filter((r) => canAccessResource(r, 'tasks', 'assign'));
    const editors = Role.values.filter((r) => canAccessResource(r, 'tasks', 'edit'));
    expect(assigners).toEqual(['OFFICE']);
    expect(editors).toEqual(['OFFICE']);
  });

  it('offers recording supervision to the supervisor alone, and settings to the office alone', () => {
    expect(Role.values.filter((r) => canAccessResource(r, 'supervision', 'create'))).toEqual(['SUPERVISOR']);
    expect(Role.values.filter((r) => canAccessResource(r, 'settings', 'list'))).toEqual(['OFFICE']);
  });

  it('offers clue cases, their intake and disposal to DISCIPLINE alone', () => {
    for (const action of ['list', 'show', 'create', 'dispose'])
      expect(Role.values.filter((r) => canAccessResource(r, 'clueCases', action))).toEqual(['DISCIPLINE']);
  });

  it('offers document import and the progress report to the office alone', () => {
    expect(Role.values.filter((r) => canAccessResource(r, 'documentImport', 'create'))).toEqual(['OFFICE']);
    expect(Role.values.filter((r) => canAccessResource(r, 'reportDrafts', 'publish'))).toEqual(['OFFICE']);
    expect(Role.values.filter((r) => canAccessResource(r, 'progressReport', 'generate'))).toEqual(['OFFICE']);
  });

  it('offers nothing it has no rule for, nor to a signed-out visitor', () => {
    expect(canAccessResource('ADMIN', 'tasks', 'export')).toBe(false);
    expect(canAccessResource('ADMIN', 'clueCases', 'list')).toBe(false);
    expect(canAccessResource(null, 'tasks', 'list')).toBe(false);
  });
});
