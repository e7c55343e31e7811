import { type EntityName, ENTITIES, mergeSpec, type ReadSpec, readSpec } from '@rectify/services';
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Turns the GraphQL selection below a field into the read model's ReadSpec, so that the whole nested answer
 * is read in one SQL statement. Relations are recognised by the entity registry; other fields are columns
 * or fields the API computes (their inputs are added by the registry's `needs`).
 */
export function specOf(info: GraphQLResolveInfo, entity: EntityName, path: string[] = []): ReadSpec {
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of path)
    nodes = childFields(
      nodes.flatMap((n) => n.selectionSet ?? []),
      info.fragments,
      name,
    );
  return specFromSets(
    nodes.flatMap((n) => (n.selectionSet ? [n.selectionSet] : [])),
    entity,
    info.fragments,
  );
}

/** Whether the selection of the current field asks for `name` (e.g. a connection's totalCount). */
export function selects(info: GraphQLResolveInfo, name: string): boolean {
  return (
    childFields(
      info.fieldNodes.flatMap((n) => n.selectionSet ?? []),
      info.fragments,
      name,
    ).length > 0
  );
}

function specFromSets(
  sets: readonly SelectionSetNode[],
  entity: EntityName,
  fragments: Record<string, FragmentDefinitionNode>,
): ReadSpec {
  const def = ENTITIES[entity];
  const spec = readSpec();
  for (const field of allFields(sets, fragments)) {
    const name = field.name.value;
    const relation = def.relations[name];
    if (relation && field.selectionSet) {
      mergeSpec(
        spec,
        readSpec([], { [name]: specFromSets([field.selectionSet], relation.target, fragments) }),
      );
    } else if (!name.startsWith('__')) {
      spec.fields.add(name);
    }
  }
  return spec;
}

function childFields(
  sets: readonly SelectionSetNode[],
  fragments: Record<string, FragmentDefinitionNode>,
  name: string,
): FieldNode[] {
  return allFields(sets, fragments).filter((f) => f.name.value === name);
}

/** Every field of the selection sets, through fragment spreads and inline fragments. */
function allFields(
  sets: readonly SelectionSetNode[],
  fragments: Record<string, FragmentDefinitionNode>,
): FieldNode[] {
  const out: FieldNode[] = [];
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === 'Field') out.push(selection);
      else if (selection.kind === 'InlineFragment') visit(selection.selectionSet);
      else {
        const fragment = fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  for (const set of sets) visit(set);
  return out;
}
