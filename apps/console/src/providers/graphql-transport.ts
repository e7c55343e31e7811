import { print } from '@0no-co/graphql.web';
import type { TadaDocumentNode } from 'gql.tada';
import { acceptLanguage, storedLocale } from '../i18n/locale.js';
import { ApiError, statusOf } from './api-error.js';

/** The console calls the API on its own origin (the API serves it; `vite dev` proxies). */
const GRAPHQL_ENDPOINT = '/graphql';

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A typed document (src/graphql.ts) or, for the resource registry's generated queries only, its text. */
// biome-ignore lint/suspicious/noExplicitAny: any document, whatever its result and variables
export type Document = TadaDocumentNode<any, any> | string;

// Documents are module constants: print each once.
const printed = new WeakMap<object, string>();
function textOf(document: Document): string {
  if (typeof document === 'string') return document;
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}

/** One GraphQL request; top-level errors become an ApiError carrying the first error's code and message. */
export async function postGraphQL<T>(
  document: Document,
  variables: Record<string, unknown>,
  accessToken: string | null,
): Promise<T> {
  const query = textOf(document);
  let response: Response;
  try {
    response = await fetch(GRAPHQL_ENDPOINT, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': acceptLanguage(storedLocale()),
        ...(accessToken ? { authorization: `Bearer ${accessToken}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
  } catch {
    throw new ApiError('ra.notification.offline', 0, {}, 'NETWORK');
  }
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new ApiError('ra.notification.http_error', response.status || 500, {}, 'HTTP');
  }
  const first = body.errors?.[0];
  if (first) {
    const code = first.extensions?.code;
    throw new ApiError(first.message, statusOf(code), {}, code);
  }
  if (!body.data) throw new ApiError('ra.notification.http_error', response.status || 500, {}, 'HTTP');
  return body.data;
}
