import { GraphQLScalarType } from 'graphql';

/** Free-form JSON, for audit snapshots only: every other field is typed. */
export const GraphQLJSON = new GraphQLScalarType({
  name: 'JSON',
  description: 'A JSON value (audit snapshots).',
  serialize: (value) => value,
});
