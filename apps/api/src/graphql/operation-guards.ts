import type { ApolloServerPlugin } from '@apollo/server';
import { PAGE_SIZE } from '@rectify/services';
import {
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  valueFromASTUntyped,
} from 'graphql';
import type { GraphQLContext } from './context.js';

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
 */
export function operationGuards(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, contextValue }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const d of document.definitions)
            if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
          const problem = inspect(operation, fragments, request.variables ?? {}, contextValue.actor !== null);
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
  const visit = (set: SelectionSetNode, path: string[], seen: ReadonlySet<string>): GraphQLError | null => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const here = [...path, selection.alias?.value ?? name];
        if (!signedIn && (name === '__schema' || name === '__type')) {
          return new GraphQLError('sign in to read the schema', {
            nodes: selection,
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          });
        }
        for (const argument of selection.arguments ?? []) {
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
        if (selection.selectionSet) {
          const inner = visit(selection.selectionSet, here, seen);
          if (inner) return inner;
        }
      } else {
        const key = selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : '';
        if (key && seen.has(key)) continue;
        const target = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments[key];
        if (!target) continue;
        const inner = visit(target.selectionSet, path, key ? new Set([...seen, key]) : seen);
        if (inner) return inner;
      }
    }
    return null;
  };
  return visit(operation.selectionSet, [], new Set());
}
