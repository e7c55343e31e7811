import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { deleteMutation, listQuery, mutation, oneQuery } from './build-query.js';
import { RESOURCES } from './resources.js';

// The registry's selections are typed fragments, checked by `gql.tada check`; the operations around them are
// assembled from the resource's names at run time, which no type follows: validate each against the schema.
const schema = buildSchema(
  readFileSync(
    path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../api/schema.graphql'),
    'utf8',
  ),
);

const operations = Object.entries(RESOURCES).flatMap(([resource, spec]) => [
  [`${resource} list`, listQuery(spec)],
  ...(spec.one ? [[`${resource} one`, oneQuery(spec)]] : []),
  ...(spec.one && spec.detailFields ? [[`${resource} detail`, oneQuery(spec, true)]] : []),
  ...(spec.create ? [[`${resource} create`, mutation(spec, spec.create)]] : []),
  ...(spec.update ? [[`${resource} update`, mutation(spec, spec.update)]] : []),
  ...(spec.delete ? [[`${resource} delete`, deleteMutation(spec.delete)]] : []),
]);

describe('the resource registry', () => {
  it.each(operations)('%s is valid against the committed schema', (_, text) => {
    expect(validate(schema, parse(text!)).map((e) => e.message)).toEqual([]);
  });

  it('is refused when it names what the schema lacks', () => {
    const tasks = RESOURCES.tasks!;
    const misnamed = listQuery({ ...tasks, list: 'taks' });
    expect(validate(schema, parse(misnamed)).map((e) => e.message)).toContain(
      'Cannot query field "taks" on type "Query". Did you mean "task" or "tasks"?',
    );
  });
});
