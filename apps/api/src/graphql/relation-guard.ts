import type { Permission } from '@rectify/domain';
import { can } from '@rectify/domain';
import { unauthenticated } from '@rectify/services';
import { type GraphQLFieldResolver, type GraphQLSchema, isObjectType } from 'graphql';
import { AuthorizationError } from 'type-graphql';
import type { GraphQLContext } from './context.js';
import { RELATION_PERMISSION } from './types/decorators.js';

/**
 * Gives every relation field (RelationField) a synchronous resolver that answers the parent's value only
 * when the caller holds the relation's permission, and fails exactly as `@Authorized` would otherwise. The
 * answer per permission is decided once per request (a page of tasks has hundreds of relations) and kept
 * with the request's context.
 */
export function guardRelations(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const permission = field.extensions[RELATION_PERMISSION] as Permission | undefined;
      if (permission) field.resolve = relationResolver(permission);
    }
  }
  return schema;
}

function relationResolver(permission: Permission): GraphQLFieldResolver<unknown, GraphQLContext> {
  return (source, _args, context, info) => {
    if (!mayRead(context, permission)) throw new AuthorizationError();
    return (source as Record<string, unknown>)[info.fieldName];
  };
}

const decided = new WeakMap<GraphQLContext, Map<Permission, boolean>>();

/** As the auth checker: signed in, and holding the permission; decided once per request and permission. */
function mayRead(context: GraphQLContext, permission: Permission): boolean {
  if (!context.actor) throw unauthenticated();
  let answers = decided.get(context);
  if (!answers) {
    answers = new Map();
    decided.set(context, answers);
  }
  let answer = answers.get(permission);
  if (answer === undefined) {
    answer = can(context.actor, permission);
    answers.set(permission, answer);
  }
  return answer;
}
