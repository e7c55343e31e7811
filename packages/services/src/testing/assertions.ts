import { auditEvents, type Executor } from '@rectify/db';
import { and, desc, eq } from 'drizzle-orm';
import { ServiceError } from '../kernel/errors.js';

// Assertions for the use cases' integration tests.

/** The ServiceError a call fails with; fails the test if the call succeeds or fails otherwise. */
export async function failure(call: Promise<unknown>): Promise<ServiceError> {
  try {
    await call;
  } catch (error) {
    if (error instanceof ServiceError) return error;
    throw error;
  }
  throw new Error('expected the call to fail with a ServiceError');
}

/** `field:code` of each field error, for compact assertions that every problem was reported. */
export const fieldCodes = (error: ServiceError) =>
  error.fieldErrors.map((e) => `${e.field}:${e.code}`).sort();

/** The audit events of one record, newest first. */
export function auditOf(db: Executor, entity: string, entityId: number) {
  return db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.entity, entity), eq(auditEvents.entityId, String(entityId))))
    .orderBy(desc(auditEvents.id));
}
