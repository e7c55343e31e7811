import { type Actor, can, type Permission } from '@rectify/domain';
import { forbidden } from './errors.js';

/** Refuses the call unless the actor's role (or token) holds the permission. Record scope is checked after. */
export function authorize(actor: Actor, permission: Permission): void {
  if (!can(actor, permission)) throw forbidden(permission);
}
