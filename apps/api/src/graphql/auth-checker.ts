import { can, type Permission } from '@rectify/domain';
import { unauthenticated } from '@rectify/services';
import type { AuthChecker } from 'type-graphql';
import type { GraphQLContext } from './context.js';

/**
 * `@Authorized('task.read')` on a query, mutation or relation field: the caller must be signed in and hold
 * every permission named. `@Authorized()` with none: signed in is enough. Record scope is the services' job.
 */
export const authChecker: AuthChecker<GraphQLContext, Permission> = ({ context }, permissions) => {
  if (!context.actor) throw unauthenticated();
  return permissions.every((permission) => can(context.actor!, permission));
};
