import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  getDirectiveValues,
  Kind,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';

export interface SelectionScope {
  fragments: Record<string, FragmentDefinitionNode>;
  /**
   * The operation's coerced variables. Undefined while they are not known (validation, or before coercion):
   * then only a literal `@skip(if: true)` or `@include(if: false)` leaves a field out, and a condition on a
   * variable counts as met, so a limit or a guard checks at least what will run.
   */
  variables?: Record<string, unknown>;
}

export interface SelectedField {
  node: FieldNode;
  /** The type conditions of the fragments it sits in, outermost first. */
  conditions: readonly string[];
  /** The named fragments spread on the way to it, with those entered above: a walk below stops at a cycle. */
  entered: ReadonlySet<string>;
}

/**
 * The one walk over a selection, shared by the read spec (selection.ts), the direct answer
 * (direct/collect-fields.ts), the cost limit (query-limits.ts) and the argument guards (operation-guards.ts).
 * The fields of selection sets in the order met, as graphql-js collects them: through inline fragments and
 * fragment spreads (each named fragment once, and never one already entered above), leaving out what @skip
 * and @include exclude. Aliases are kept on the nodes; the caller keys by them if it needs to.
 */
export function selectedFields(
  sets: readonly SelectionSetNode[],
  scope: SelectionScope,
  entered: ReadonlySet<string> = new Set(),
): SelectedField[] {
  const out: SelectedField[] = [];
  const visited = new Set<string>();
  const visit = (set: SelectionSetNode, conditions: readonly string[], path: ReadonlySet<string>) => {
    for (const selection of set.selections) {
      if (!included(selection, scope.variables)) continue;
      if (selection.kind === Kind.FIELD) {
        out.push({ node: selection, conditions, entered: path });
        continue;
      }
      let inner = path;
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const name = selection.name.value;
        if (visited.has(name) || path.has(name)) continue;
        visited.add(name);
        inner = new Set([...path, name]);
      }
      const fragment =
        selection.kind === Kind.INLINE_FRAGMENT ? selection : scope.fragments[selection.name.value];
      if (!fragment) continue;
      const condition = fragment.typeCondition?.name.value;
      visit(fragment.selectionSet, condition ? [...conditions, condition] : conditions, inner);
    }
  };
  for (const set of sets) visit(set, [], entered);
  return out;
}

/** The selection sets below the nodes of one field (the same response key may be asked for more than once). */
export const subSelections = (nodes: readonly FieldNode[]): SelectionSetNode[] =>
  nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));

function included(node: SelectionNode, variables: Record<string, unknown> | undefined): boolean {
  if (!node.directives?.length) return true;
  if (variables) {
    if (getDirectiveValues(GraphQLSkipDirective, node, variables)?.if === true) return false;
    return getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
  }
  for (const directive of node.directives) {
    const name = directive.name.value;
    if (name !== GraphQLSkipDirective.name && name !== GraphQLIncludeDirective.name) continue;
    const value = directive.arguments?.find((a) => a.name.value === 'if')?.value;
    if (value?.kind === Kind.BOOLEAN && value.value === (name === GraphQLSkipDirective.name)) return false;
  }
  return true;
}

/** The named fragments of a document, by name. */
export function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  return fragments;
}
