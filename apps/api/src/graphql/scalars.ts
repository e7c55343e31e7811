import { isIsoDate } from '@rectify/services';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

// Rows arrive from the read model as JSON, with times and dates already as ISO strings: serializing passes
// them through; Date objects (from use cases) are formatted.

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'A point in time, ISO 8601 with offset (2018-10-12T17:00:00+08:00).',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: (value) => parseDateTime(value),
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : null),
});

/** Parsed to a normalised ISO string (UTC), the form the services compare and store. */
function parseDateTime(value: unknown): string {
  const date = typeof value === 'string' ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) throw new GraphQLError('DateTime must be an ISO 8601 string');
  return date.toISOString();
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A calendar date, ISO 8601 (2018-10-31), in China Standard Time.',
  serialize: (value) => String(value),
  parseValue: (value) => parseDate(value),
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : null),
});

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value))
    throw new GraphQLError('Date must be an ISO date like 2018-10-31');
  return value;
}
