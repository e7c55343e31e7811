import type { ApolloServerPlugin } from '@apollo/server';
import { PAGE_SIZE } from '@rectify/services';
import {
  type FragmentDefinitionNode,
  GraphQLError,
  type OperationDefinitionNode,
  type SelectionSetNode,
  valueFromASTUntyped,
} from 'graphql';
import type { GraphQLContext } from './context.js';
import { fragmentsOf, selectedFields } from './selected-fields.js';

const BOUNDS: Record<string, { max: number }> = {
  first: { max: PAGE_SIZE.max },
  offset: { max: PAGE_SIZE.maxOffset },
};

/**
 * Checks an operation once its variables are known, before anything runs (graphql-js or the direct answer):
 * - `first` and `offset` must be whole numbers within their bounds, literal or variable: a negative page
 *   would cancel the cost of others, an absurd one is a mistake. The refusal is BAD_USER_INPUT naming the
 *   argument by its path in the response (`issues.first`, `a2.first`).
 * - Anonymous callers read no schema: `__schema` and `__type` need a signed-in caller (`__typename` is free).
 * The variables are not coerced yet, so a field under a condition on a variable is checked (selected-fields.ts).
 */
export function operationGuards(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, contextValue }) {
          if (!operation) return;
          const signedIn = contextValue.actor !== null;
          const problem = inspect(operation, fragmentsOf(document), request.variables ?? {}, signedIn);
          if (problem) throw problem;
        },
      };
    },
  };
}

function inspect(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  signedIn: boolean,
): GraphQLError | null {
  const visit = (
    set: SelectionSetNode,
    path: string[],
    entered: ReadonlySet<string>,
  ): GraphQLError | null => {
    for (const { node, entered: inner } of selectedFields([set], { fragments }, entered)) {
      const name = node.name.value;
      const here = [...path, node.alias?.value ?? name];
      if (!signedIn && (name === '__schema' || name === '__type')) {
        return new GraphQLError('sign in to read the schema', {
          nodes: node,
          extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
        });
      }
      for (const argument of node.arguments ?? []) {
        const bound = BOUNDS[argument.name.value];
        if (!bound) continue;
        const value = valueFromASTUntyped(argument.value, variables);
        if (value == null) continue;
        if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= bound.max)
          continue;
        const at = [...here, argument.name.value].join('.');
        return new GraphQLError(`${at} must be a whole number from 0 to ${bound.max}`, {
          nodes: argument,
          extensions: { code: 'BAD_USER_INPUT', argument: at, http: { status: 400 } },
        });
      }
      if (node.selectionSet) {
        const problem = visit(node.selectionSet, here, inner);
        if (problem) return problem;
      }
    }
    return null;
  };
  return visit(operation.selectionSet, [], new Set());
}
