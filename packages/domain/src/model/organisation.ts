import type { LeadingGroupRole, PartnerScope, Role, UnitKind } from '../enums/organisation.js';

/** 单位: a party committee, department, district, town, enterprise or discipline body. */
export interface Unit {
  id: number;
  name: string;
  kind: UnitKind;
  parentId: number | null;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

/** 领导: a responsible leader and their place in the leading group. */
export interface Leader {
  id: number;
  name: string;
  post: string;
  unitId: number | null;
  groupRole: LeadingGroupRole;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

/** A person who signs in to the console, with one role bound to a unit or a leader where the role needs it. */
export interface User {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  unitId: number | null;
  leaderId: number | null;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

/** A partner department's API token: read-only, scoped, expiring; only its hash is kept. */
export interface ApiClient {
  id: number;
  name: string;
  department: string;
  scopes: PartnerScope[];
  /** The first characters of the token, to recognise it in lists; the token itself is shown once. */
  tokenPrefix: string;
  expiresAt: Date;
  revokedAt: Date | null;
  createdById: number | null;
  createdAt: Date;
}
