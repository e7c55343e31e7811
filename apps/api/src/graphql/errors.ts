import { unwrapResolverError } from '@apollo/server/errors';
import { isDatabaseUnavailable } from '@rectify/db';
import type { Label, Locale } from '@rectify/domain';
import { ServiceError } from '@rectify/services';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/**
 * Client errors carry a code, and for service errors the field errors; never SQL, stack traces or
 * confidential values. Unknown errors become INTERNAL_SERVER_ERROR with a fixed message outside development.
 * The message is chosen in the caller's language later (localizeErrors), once the request context is known.
 */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof ServiceError) {
      return {
        message: original.label.en,
        path: formatted.path,
        extensions: {
          code: original.code,
          label: original.label,
          fieldErrors: original.fieldErrors,
        },
      };
    }
    if (isDatabaseUnavailable(original)) return databaseUnavailable(formatted.path);
    // Apollo codes every validation error GRAPHQL_VALIDATION_FAILED: a rule's own code (QUERY_TOO_DEEP …) is kept.
    const ruleCode = error instanceof GraphQLError ? error.originalError : undefined;
    if (
      formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED' &&
      ruleCode instanceof GraphQLError &&
      typeof ruleCode.extensions.code === 'string'
    ) {
      return { ...formatted, extensions: { ...formatted.extensions, code: ruleCode.extensions.code } };
    }
    const code = formatted.extensions?.code;
    if (code === 'INTERNAL_SERVER_ERROR' || code === undefined) {
      if (production)
        return {
          message: 'Internal server error',
          path: formatted.path,
          extensions: { code: 'INTERNAL_SERVER_ERROR' },
        };
    }
    if (typeof formatted.message === 'string' && formatted.message.startsWith('Access denied!')) {
      return {
        message: 'not allowed',
        path: formatted.path,
        extensions: { code: 'FORBIDDEN', label: FORBIDDEN },
      };
    }
    return formatted;
  };
}

const FORBIDDEN: Label = { zh: '没有权限', en: 'not allowed' };

const DATABASE_UNAVAILABLE: Label = {
  zh: '数据库暂时无法访问,请稍后重试',
  en: 'the database is unavailable for the moment; try again shortly',
};

/** The answer to a request the database could not serve (connection lost or refused): retry later. */
export const databaseUnavailable = (path?: GraphQLFormattedError['path']): GraphQLFormattedError => ({
  message: DATABASE_UNAVAILABLE.en,
  ...(path && { path }),
  extensions: { code: 'DATABASE_UNAVAILABLE', label: DATABASE_UNAVAILABLE },
});

/**
 * How the server treats an error met while executing: a `client` error is the caller's (a refusal, bad
 * input); `unavailable` is the database gone away; anything else is `unexpected` — a bug, logged with the
 * request id.
 */
export function classifyError(error: { originalError?: unknown; extensions?: { code?: unknown } }) {
  const original = error.originalError;
  if (original === undefined || original === null) return 'client';
  if (original instanceof ServiceError) return 'client';
  if (isDatabaseUnavailable(original)) return 'unavailable';
  const code = error.extensions?.code;
  return code === undefined || code === 'INTERNAL_SERVER_ERROR' ? 'unexpected' : 'client';
}

/** Picks each error's message in the caller's language, and each field error's. */
export function localizeErrors(
  errors: readonly GraphQLFormattedError[],
  locale: Locale,
): GraphQLFormattedError[] {
  return errors.map((e) => {
    const ext = e.extensions as
      | { label?: Label; fieldErrors?: { field: string; code: string; message: Label | string }[] }
      | undefined;
    if (!ext?.label) return e;
    const { label, fieldErrors, ...rest } = ext;
    return {
      ...e,
      message: label[locale],
      extensions: {
        ...rest,
        ...(fieldErrors && {
          fieldErrors: fieldErrors.map((f) => ({
            ...f,
            message: typeof f.message === 'string' ? f.message : f.message[locale],
          })),
        }),
      },
    };
  });
}
