import 'reflect-metadata';
import './enums.js';
import type { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { authChecker } from './auth-checker.js';
import { guardRelations } from './relation-guard.js';
import { resolvers } from './resolvers/index.js';

let schema: Promise<GraphQLSchema> | undefined;

/** The one GraphQL schema, served to the console and to partners alike; built once per process. */
export function rectifySchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({ resolvers, authChecker, validate: false })
    .then(guardRelations)
    .then(describeRoots);
  return schema;
}

function describeRoots(built: GraphQLSchema): GraphQLSchema {
  const query = built.getQueryType();
  const mutation = built.getMutationType();
  if (query)
    query.description =
      'Reads. Each needs a permission; records outside your scope read as not found (null).';
  if (mutation)
    mutation.description = 'Writes. Each needs a permission, runs in one transaction and is audited.';
  return built;
}
