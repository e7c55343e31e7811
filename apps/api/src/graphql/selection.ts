import { type EntityName, ENTITIES, mergeSpec, type ReadSpec, readSpec } from '@rectify/services';
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import { type SelectionScope, selectedFields, subSelections } from './selected-fields.js';

/**
 * Turns the GraphQL selection below a field into the read model's ReadSpec, so that the whole nested answer
 * is read in one SQL statement. Relations are recognised by the entity registry; other fields are columns
 * or fields the API computes (their inputs are added by the registry's `needs`). Fields that @skip or
 * @include leave out are not read.
 */
export function specOf(info: GraphQLResolveInfo, entity: EntityName, path: string[] = []): ReadSpec {
  const scope = scopeOf(info);
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) nodes = childFields(subSelections(nodes), scope, name);
  return specFromSets(subSelections(nodes), entity, scope);
}

/** Whether the selection of the current field asks for `name` (e.g. a connection's totalCount). */
export function selects(info: GraphQLResolveInfo, name: string): boolean {
  return childFields(subSelections(info.fieldNodes), scopeOf(info), name).length > 0;
}

const scopeOf = (info: GraphQLResolveInfo): SelectionScope => ({
  fragments: info.fragments,
  variables: info.variableValues,
});

function specFromSets(
  sets: readonly SelectionSetNode[],
  entity: EntityName,
  scope: SelectionScope,
): ReadSpec {
  const def = ENTITIES[entity];
  const spec = readSpec();
  for (const { node } of selectedFields(sets, scope)) {
    const name = node.name.value;
    const relation = def.relations[name];
    if (relation && node.selectionSet) {
      mergeSpec(spec, readSpec([], { [name]: specFromSets([node.selectionSet], relation.target, scope) }));
    } else if (!name.startsWith('__')) {
      spec.fields.add(name);
    }
  }
  return spec;
}

const childFields = (sets: readonly SelectionSetNode[], scope: SelectionScope, name: string): FieldNode[] =>
  selectedFields(sets, scope)
    .map((field) => field.node)
    .filter((node) => node.name.value === name);
