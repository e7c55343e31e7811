import type { Actor } from './actor.js';
import { type Permission, partnerScopePermissions, rolePermissions } from './permissions.js';

/** The permissions an actor holds: its role's, or for a partner token the union of its scopes'. */
export function permissionsOf(actor: Pick<Actor, 'role' | 'scopes'>): ReadonlySet<Permission> {
  if (actor.role === 'PARTNER')
    return new Set(actor.scopes.flatMap((scope) => partnerScopePermissions[scope]));
  return new Set(rolePermissions[actor.role]);
}

/** Whether the actor's role (or token) grants the permission at all; record scope is checked separately. */
export function can(actor: Pick<Actor, 'role' | 'scopes'>, permission: Permission): boolean {
  return permissionsOf(actor).has(permission);
}
