import type { Locale } from '@rectify/domain';
import { type EntityName, readOne, type ServiceContext, ServiceError } from '@rectify/services';
import type { GraphQLResolveInfo } from 'graphql';
import type { GraphQLContext } from './context.js';
import { specOf } from './selection.js';
import type { UserErrorType } from './types/payload.js';

/** Errors the user can correct come back in the payload; the rest (FORBIDDEN, UNAUTHENTICATED …) stay errors. */
const USER_ERROR_CODES = new Set([
  'VALIDATION',
  'CONFLICT',
  'NOT_FOUND',
  'INVALID_TRANSITION',
  'RATE_LIMITED',
]);

export function userErrorsOf(
  error: unknown,
  locale: Locale,
  alsoCodes: readonly string[] = [],
): UserErrorType[] | null {
  if (!(error instanceof ServiceError)) return null;
  if (!USER_ERROR_CODES.has(error.code) && !alsoCodes.includes(error.code)) return null;
  if (error.fieldErrors.length === 0) return [{ field: '', code: error.code, message: error.label[locale] }];
  return error.fieldErrors.map((f) => ({ field: f.field, code: f.code, message: f.message[locale] }));
}

/**
 * Runs a mutation and shapes its payload: `{ [field]: result, errors: [] }`, or `{ [field]: null, errors }` when
 * the use case refused the input (its transaction rolled back, so nothing was written).
 */
export async function payload<T>(
  field: string,
  locale: Locale,
  run: () => Promise<T>,
  alsoCodes: readonly string[] = [],
): Promise<{ errors: UserErrorType[] } & Record<string, T | null | UserErrorType[]>> {
  try {
    return { [field]: await run(), errors: [] } as never;
  } catch (error) {
    const errors = userErrorsOf(error, locale, alsoCodes);
    if (!errors) throw error;
    return { [field]: null, errors } as never;
  }
}

/**
 * Runs a write use case, then reads the written record back through the read model with the selection the
 * client asked for under `field` — so a payload's nested relations load exactly like a query's.
 */
export function writeThenRead(
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  field: string,
  entity: EntityName,
  run: (services: ServiceContext) => Promise<{ id: number }>,
) {
  return payload(field, ctx.locale, async () => {
    const services = ctx.services();
    const row = await run(services);
    return readOne(services, entity, row.id, specOf(info, entity, [field]));
  });
}

/** Runs a delete use case: `{ id, errors }`. */
export function deleteRecord(
  ctx: GraphQLContext,
  run: (services: ServiceContext) => Promise<{ id: number }>,
) {
  return payload('id', ctx.locale, async () => (await run(ctx.services())).id);
}
