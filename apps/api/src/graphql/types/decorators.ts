import type { Permission } from '@rectify/domain';
import { Extensions, Field } from 'type-graphql';

type TypeFn = Parameters<typeof Field>[0];

/**
 * A relation to another entity, readable only with that entity's permission. The data was already read in
 * the parent's SQL statement; the permission travels in the field's extensions and `guardRelations`
 * (relation-guard.ts) gives the field a synchronous resolver that checks it, so that graphql-js does not
 * await a middleware chain for every relation of every row.
 */
export function RelationField(
  type: TypeFn,
  permission: Permission,
  description: string,
  nullable: boolean | 'items' = true,
) {
  return (target: object, key: string) => {
    Field(type as never, { nullable, description, simple: true })(target, key);
    Extensions({ [RELATION_PERMISSION]: permission })(target, key);
  };
}

/** The extension key under which a relation field carries the permission it needs. */
export const RELATION_PERMISSION = 'relationPermission';
