import { users } from '@rectify/db';
import { and, asc, eq } from 'drizzle-orm';
import { authorize } from '../kernel/authorize.js';
import type { ServiceContext } from '../kernel/context.js';

export interface ClueHandler {
  id: number;
  displayName: string;
}

/**
 * The active DISCIPLINE users, who may own clue cases: whom an intake names as co-owners and a disclosure
 * names as grantee. Their names only — DISCIPLINE does not read the user accounts otherwise.
 */
export async function listClueHandlers(ctx: ServiceContext): Promise<ClueHandler[]> {
  authorize(ctx.actor, 'clueCase.read');
  return ctx.db
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(and(eq(users.role, 'DISCIPLINE'), eq(users.active, true)))
    .orderBy(asc(users.displayName), asc(users.id));
}
