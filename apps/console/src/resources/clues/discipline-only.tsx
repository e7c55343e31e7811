import type { ReactNode } from 'react';
import { Loading, NotFound, usePermissions } from 'react-admin';
import { useCan } from '../../access/use-can.js';

/**
 * Clue pages exist for DISCIPLINE alone: to any other role their addresses are simply not found (as the API
 * answers), and nothing is asked of the API.
 */
export function DisciplineOnly({ children }: { children: ReactNode }) {
  const { isPending } = usePermissions();
  const can = useCan();
  if (isPending) return <Loading />;
  return can('clueCase.read') ? children : <NotFound />;
}
