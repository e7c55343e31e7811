import {
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLIncludeDirective,
  type GraphQLObjectType,
  GraphQLSkipDirective,
  getDirectiveValues,
  Kind,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';

export interface Operation {
  fragments: Record<string, FragmentDefinitionNode>;
  /** The operation's variables, coerced. */
  variables: Record<string, unknown>;
}

/**
 * The fields of selection sets on an object type, by response key in the order met, as graphql-js collects
 * them for execution: through fragments, honouring @skip and @include. Null when a fragment is conditioned on
 * another type (an interface or union): the direct answer leaves those to graphql-js.
 */
export function collectFields(
  type: GraphQLObjectType,
  sets: readonly SelectionSetNode[],
  operation: Operation,
): Map<string, FieldNode[]> | null {
  const fields = new Map<string, FieldNode[]>();
  const visited = new Set<string>();
  const visit = (set: SelectionSetNode): boolean => {
    for (const selection of set.selections) {
      if (!included(selection, operation.variables)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const same = fields.get(key);
        if (same) same.push(selection);
        else fields.set(key, [selection]);
        continue;
      }
      let fragment:
        | { typeCondition?: { name: { value: string } }; selectionSet: SelectionSetNode }
        | undefined;
      if (selection.kind === Kind.INLINE_FRAGMENT) fragment = selection;
      else {
        if (visited.has(selection.name.value)) continue;
        visited.add(selection.name.value);
        fragment = operation.fragments[selection.name.value];
      }
      if (!fragment) return false;
      if (fragment.typeCondition && fragment.typeCondition.name.value !== type.name) return false;
      if (!visit(fragment.selectionSet)) return false;
    }
    return true;
  };
  for (const set of sets) if (!visit(set)) return null;
  return fields;
}

/** The sub-selections of a field's nodes (the same response key may be asked for more than once). */
export const subSelections = (nodes: readonly FieldNode[]): SelectionSetNode[] =>
  nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));

function included(node: SelectionNode, variables: Record<string, unknown>): boolean {
  if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
  return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
}
