import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { Metrics } from '../http/metrics.js';
import type { Logger } from '../logger.js';
import type { GraphQLContext } from './context.js';
import { classifyError } from './errors.js';

/**
 * What the operator sees of GraphQL: each request's operation (for the access line and the metrics), every
 * unexpected error logged once with the request id, and that id in the answer's server-side errors, so that a
 * user's report leads to the log line.
 */
export function observeRequests(logger: Logger, metrics: Metrics | null): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart({ contextValue }) {
      const { request } = contextValue;
      return {
        async didResolveOperation({ operationName, operation }) {
          request.operation = operationName ?? rootFields(operation);
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const kind = classifyError(error);
            if (kind === 'client') continue;
            const entry = { requestId: request.id, operation: request.operation, err: error.originalError };
            if (kind === 'unavailable') logger.warn(entry, 'database unavailable');
            else logger.error(entry, 'unexpected error');
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) => {
            const code = String(error.extensions?.code ?? 'UNKNOWN');
            metrics?.countError(request.operation, code);
            return code === 'INTERNAL_SERVER_ERROR' || code === 'DATABASE_UNAVAILABLE'
              ? { ...error, extensions: { ...error.extensions, requestId: request.id } }
              : error;
          });
        },
      };
    },
  };
}

/** An anonymous operation is known by its root fields (`tasks+issues`), at most three of them. */
function rootFields(operation: OperationDefinitionNode | undefined): string | null {
  if (!operation) return null;
  const names = new Set<string>();
  for (const selection of operation.selectionSet.selections)
    if (selection.kind === Kind.FIELD) names.add(selection.name.value);
  return names.size ? [...names].sort().slice(0, 3).join('+') : null;
}
