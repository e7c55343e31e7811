import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.js';

/**
 * Every console document is written with this tag: its result and variables are typed from the API's
 * committed schema (apps/api/schema.graphql, read through src/graphql-env.d.ts), so a document that asks for a
 * field the schema lacks fails the typecheck. `pnpm --filter @rectify/console graphql:env` regenerates the
 * introspection after the schema changes.
 */
export const graphql = initGraphQLTada<{
  introspection: introspection;
  // As the API serialises them: ISO 8601 text, and audit snapshots as any JSON value.
  scalars: { Date: string; DateTime: string; JSON: unknown };
  // Fragments share selections between documents; their fields stay visible in the result type.
  disableMasking: true;
}>();

export type { ResultOf, VariablesOf } from 'gql.tada';
