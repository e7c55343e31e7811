import type { Executor } from '@rectify/db';
import { type Label, Role } from '@rectify/domain';
import type { Validator } from '../kernel/validate.js';
import { messages } from '../messages/index.js';
import { checkLeader, checkUnit } from '../organisation/references.js';
import { USER_FIELDS } from './auth-labels.js';

export const USERNAME_PATTERN = /^[a-z0-9._-]{3,32}$/;

export const usernameTaken = (username: string): Label => messages.auth.usernameTaken({ username });

/** A unique index refused the row (PostgreSQL 23505), whichever driver wrapped the error. */
export function isUniqueViolation(error: unknown): boolean {
  const codeOf = (e: unknown) => (e && typeof e === 'object' && 'code' in e ? e.code : undefined);
  const cause = error && typeof error === 'object' && 'cause' in error ? error.cause : undefined;
  return codeOf(error) === '23505' || codeOf(cause) === '23505';
}

export interface RoleBinding {
  role: Role;
  unitId?: number | null;
  leaderId?: number | null;
}

/**
 * A UNIT user acts for one unit and a LEADER user is one leader; no other role carries either binding.
 * PARTNER is a token's role, never a person's.
 */
export async function checkRoleBinding(tx: Executor, v: Validator, binding: RoleBinding): Promise<void> {
  if (!Role.is(binding.role) || binding.role === 'PARTNER') {
    v.add('role', 'INVALID', messages.auth.invalidRolePartnersUseApi);
    return;
  }
  const needsUnit = binding.role === 'UNIT';
  const needsLeader = binding.role === 'LEADER';
  if (needsUnit) v.required('unitId', USER_FIELDS.unitId, binding.unitId);
  else if (binding.unitId != null) {
    v.add('unitId', 'NOT_ALLOWED', messages.auth.onlyUnitUsersBoundUnit);
  }
  if (needsLeader) v.required('leaderId', USER_FIELDS.leaderId, binding.leaderId);
  else if (binding.leaderId != null) {
    v.add('leaderId', 'NOT_ALLOWED', messages.auth.onlyLeaderUsersBoundLeader);
  }
  if (needsUnit) await checkUnit(tx, v, 'unitId', binding.unitId);
  if (needsLeader) await checkLeader(tx, v, 'leaderId', binding.leaderId);
}

export function checkDisplayName(v: Validator, displayName: string | null | undefined): void {
  v.required('displayName', USER_FIELDS.displayName, displayName).maxLength(
    'displayName',
    USER_FIELDS.displayName,
    displayName,
    50,
  );
}
