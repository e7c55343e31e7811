import { ApiError } from './api-error.js';
import { postGraphQL } from './graphql-transport.js';
import { currentAccessToken, renewSession } from './session.js';
import { type UserError, userErrorsToApiError } from './user-errors.js';

/**
 * A GraphQL request as the signed-in user. An UNAUTHENTICATED answer (token revoked, clock skew) renews the
 * session once and retries; when renewal fails the 401 reaches react-admin, which sends the user to sign in.
 */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const token = await currentAccessToken();
  if (!token) throw new ApiError('ra.notification.logged_out', 401, {}, 'UNAUTHENTICATED');
  try {
    return await postGraphQL<T>(query, variables, token);
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'UNAUTHENTICATED') throw error;
    const renewed = await renewSession();
    if (!renewed) throw error;
    return postGraphQL<T>(query, variables, renewed.accessToken);
  }
}

/** A mutation's payload, or its user errors thrown as a form's validation error (see user-errors.ts). */
export async function mutate<P extends { errors: UserError[] }>(
  query: string,
  variables: Record<string, unknown>,
  name: string,
): Promise<P> {
  const data = await graphql<Record<string, P>>(query, variables);
  const payload = data[name]!;
  if (payload.errors.length > 0) throw userErrorsToApiError(payload.errors);
  return payload;
}
