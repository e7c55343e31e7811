import { readFileSync } from 'node:fs';
import {
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isObjectType,
  printSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { rectifySchema } from '../graphql/schema.js';
import { SCHEMA_FILE } from './schema-file.js';

const ownTypes = async () =>
  Object.values((await rectifySchema()).getTypeMap()).filter(
    (t): t is GraphQLNamedType =>
      !t.name.startsWith('__') && !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(t.name),
  );

describe('the GraphQL schema', () => {
  it('is the committed schema.graphql (run `pnpm --filter @rectify/api schema:emit` after changing it)', async () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(`${printSchema(await rectifySchema())}\n`);
  });

  it('describes every type, field and argument', async () => {
    const missing: string[] = [];
    for (const type of await ownTypes()) {
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields()) as (
          | GraphQLField<unknown, unknown>
          | GraphQLInputField
        )[]) {
          if (!field.description && field.name !== 'id') missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) {
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
          }
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues())
          if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
