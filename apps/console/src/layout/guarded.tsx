import type { Role } from '@rectify/domain';
import type { ReactElement } from 'react';
import { Loading, usePermissions } from 'react-admin';
import { Navigate } from 'react-router-dom';
import { canAccessResource } from '../access/resource-access.js';

/** A custom page only for the roles offered it (see resource-access.ts); others land on the home page. */
export function Guarded({ resource, page }: { resource: string; page: ReactElement }) {
  const { permissions: role, isPending } = usePermissions<Role | null>();
  if (isPending) return <Loading />;
  return canAccessResource(role, resource, 'list') ? page : <Navigate to="/" replace />;
}
