import type { Permission } from '@rectify/domain';
import { Authorized, Field } from 'type-graphql';

type TypeFn = Parameters<typeof Field>[0];

/**
 * A relation to another entity, readable only with that entity's permission. It is a full (non-simple)
 * resolver so that the auth check runs; the data itself was already read in the parent's SQL statement.
 */
export function RelationField(
  type: TypeFn,
  permission: Permission,
  description: string,
  nullable: boolean | 'items' = true,
) {
  return (target: object, key: string) => {
    Field(type as never, { nullable, description, simple: false })(target, key);
    Authorized(permission)(target, key);
  };
}
