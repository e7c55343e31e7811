import type { PartnerScope, Role } from '../enums/organisation.js';

/** Whoever makes a request: a signed-in user, or a partner department's API client. */
export interface Actor {
  role: Role;
  /** The signed-in user; null for an API client. */
  userId: number | null;
  /** The partner's API client; null for a user. */
  apiClientId: number | null;
  /** The unit a UNIT operator acts for. */
  unitId: number | null;
  /** The leader a LEADER user is. */
  leaderId: number | null;
  /** A PARTNER token's scopes; empty for users. */
  scopes: readonly PartnerScope[];
}

export function userActor(
  role: Role,
  userId: number,
  bindings: { unitId?: number | null; leaderId?: number | null } = {},
): Actor {
  return {
    role,
    userId,
    apiClientId: null,
    unitId: bindings.unitId ?? null,
    leaderId: bindings.leaderId ?? null,
    scopes: [],
  };
}

export function partnerActor(apiClientId: number, scopes: readonly PartnerScope[]): Actor {
  return { role: 'PARTNER', userId: null, apiClientId, unitId: null, leaderId: null, scopes };
}

/** The system itself acting in a role (the demo loader, the importer's CLI): audited with no user. */
export function systemActor(
  role: Exclude<Role, 'PARTNER'>,
  bindings: { unitId?: number | null; leaderId?: number | null } = {},
): Actor {
  return {
    role,
    userId: null,
    apiClientId: null,
    unitId: bindings.unitId ?? null,
    leaderId: bindings.leaderId ?? null,
    scopes: [],
  };
}
