import { type Actor, can, type Permission } from '@rectify/domain';
import { ENTITIES, type EntityName, type RowShape, type ShapeEntry } from '@rectify/services';
import { type FieldNode, type GraphQLObjectType, getNamedType, isLeafType, isObjectType } from 'graphql';
import { RELATION_PERMISSION } from '../types/decorators.js';
import { subSelections } from '../selected-fields.js';
import { collectFields, type Operation } from './collect-fields.js';

/**
 * The JSON shape of an entity's rows for a selection on its GraphQL type, when PostgreSQL can write the
 * answer exactly as graphql-js would: every field a column the type serves as it is (no resolver of its own),
 * a relation the reader may follow, or __typename. Null otherwise (a computed field, an argument, a relation
 * the reader may not read — whose error graphql-js reports): graphql-js then executes the request.
 */
export function rowShape(
  type: GraphQLObjectType,
  entity: EntityName,
  nodes: readonly FieldNode[],
  operation: Operation,
  actor: Actor,
): RowShape | null {
  const def = ENTITIES[entity];
  const fields = collectFields(type, subSelections(nodes), operation);
  if (!fields) return null;
  const shape: ShapeEntry[] = [];
  for (const [key, fieldNodes] of fields) {
    const name = (fieldNodes[0] as FieldNode).name.value;
    if (name === '__typename') {
      shape.push({ key, constant: type.name });
      continue;
    }
    const field = type.getFields()[name];
    if (!field || fieldNodes.some((node) => node.arguments?.length)) return null;
    const named = getNamedType(field.type);
    const permission = field.extensions[RELATION_PERMISSION] as Permission | undefined;
    const relation = def.relations[name];
    if (permission && relation && isObjectType(named)) {
      if (!can(actor, permission)) return null;
      const sub = rowShape(named, relation.target, fieldNodes, operation, actor);
      if (!sub) return null;
      shape.push({ key, relation: name, shape: sub });
    } else if (!field.resolve && isLeafType(named) && def.columns[name] !== undefined) {
      shape.push({ key, field: name });
    } else return null;
  }
  return shape;
}
