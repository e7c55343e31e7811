import { can, type Permission, type Role } from '@rectify/domain';
import { usePermissions } from 'react-admin';
import { readSession, type SessionUser } from '../providers/session.js';

/** `can(permission)` for the signed-in user's role, as the domain defines it. */
export function useCan(): (permission: Permission) => boolean {
  const { permissions } = usePermissions<Role | null>();
  return (permission) => permissions != null && can({ role: permissions, scopes: [] }, permission);
}

/** The signed-in user (role and bindings), as the API returned at sign-in. */
export function useSessionUser(): SessionUser | null {
  usePermissions();
  return readSession()?.user ?? null;
}
