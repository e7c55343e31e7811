import type { TadaDocumentNode } from 'gql.tada';
import { ApiError } from './api-error.js';
import { type Document, postGraphQL } from './graphql-transport.js';
import { currentAccessToken, renewSession } from './session.js';
import { type UserError, userErrorsToApiError } from './user-errors.js';

/** A document's variables as arguments: optional when the document has none or all are optional. */
export type VariablesArg<V> = {} extends V ? [variables?: V] : [variables: V];

/**
 * A GraphQL request as the signed-in user. An UNAUTHENTICATED answer (token revoked, clock skew) renews the
 * session once and retries; when renewal fails the 401 reaches react-admin, which sends the user to sign in.
 */
async function asSignedIn<T>(document: Document, variables: Record<string, unknown>): Promise<T> {
  const token = await currentAccessToken();
  if (!token) throw new ApiError('ra.notification.logged_out', 401, {}, 'UNAUTHENTICATED');
  try {
    return await postGraphQL<T>(document, variables, token);
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'UNAUTHENTICATED') throw error;
    const renewed = await renewSession();
    if (!renewed) throw error;
    return postGraphQL<T>(document, variables, renewed.accessToken);
  }
}

/** A typed document's result (see src/graphql.ts). */
export function request<R, V>(document: TadaDocumentNode<R, V>, ...[variables]: VariablesArg<V>): Promise<R> {
  return asSignedIn<R>(document, variables ?? {});
}

/**
 * A request the types cannot follow: the resource registry's operations, assembled at run time around typed
 * fragments (build-query.ts, each validated against the schema by resources.test.ts), and actions whose input
 * is a form's values as react-admin hands them over. The result is whatever the caller says.
 */
export function requestUntyped<T>(document: Document, variables: Record<string, unknown>): Promise<T> {
  return asSignedIn<T>(document, variables);
}

type Payloads = Record<string, { errors: readonly UserError[] }>;

/** The payload of a mutation's one field, or its user errors thrown as a form's validation error. */
export async function mutate<R extends Payloads, V>(
  document: TadaDocumentNode<R, V>,
  ...[variables]: VariablesArg<V>
): Promise<R[keyof R]> {
  return payloadOf(await request(document, ...([variables] as VariablesArg<V>)));
}

/** {@link mutate} for a mutation the types cannot follow (see {@link requestUntyped}). */
export async function mutateUntyped(
  document: Document,
  variables: Record<string, unknown>,
): Promise<Payloads[string]> {
  return payloadOf(await requestUntyped<Payloads>(document, variables));
}

function payloadOf<R extends Payloads>(data: R): R[keyof R] {
  const payload = Object.values(data)[0] as R[keyof R];
  if (payload.errors.length > 0) throw userErrorsToApiError(payload.errors);
  return payload;
}
