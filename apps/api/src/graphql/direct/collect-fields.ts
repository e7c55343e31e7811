import type { FieldNode, GraphQLObjectType, SelectionSetNode } from 'graphql';
import { type SelectionScope, selectedFields } from '../selected-fields.js';

/** The operation a direct answer is planned for: its fragments and its coerced variables. */
export interface Operation extends SelectionScope {
  variables: Record<string, unknown>;
}

/**
 * The fields of selection sets on an object type, by response key in the order met, as graphql-js collects
 * them for execution (selected-fields.ts). Null when a fragment is conditioned on another type (an interface
 * or union): the direct answer leaves those to graphql-js.
 */
export function collectFields(
  type: GraphQLObjectType,
  sets: readonly SelectionSetNode[],
  operation: Operation,
): Map<string, FieldNode[]> | null {
  const fields = new Map<string, FieldNode[]>();
  for (const { node, conditions } of selectedFields(sets, operation)) {
    if (conditions.some((condition) => condition !== type.name)) return null;
    const key = node.alias?.value ?? node.name.value;
    const same = fields.get(key);
    if (same) same.push(node);
    else fields.set(key, [node]);
  }
  return fields;
}
