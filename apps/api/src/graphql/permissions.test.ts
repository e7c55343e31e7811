import { Permission } from '@rectify/domain';
import { getMetadataStorage } from 'type-graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { rectifySchema } from './schema.js';

/** Operations anyone may call: signing in, renewing and ending a session, redeeming a reset code. */
const PUBLIC = new Set(['login', 'refreshSession', 'logout', 'redeemResetCode']);

type Declarations = Record<string, string[] | 'public'>;
const declarations = { Query: {} as Declarations, Mutation: {} as Declarations };

beforeAll(async () => {
  await rectifySchema();
  const storage = getMetadataStorage();
  for (const [root, defs] of [
    ['Query', storage.queries],
    ['Mutation', storage.mutations],
  ] as const) {
    for (const def of defs) declarations[root][def.schemaName] = def.roles ?? 'public';
  }
});

describe('access declarations', () => {
  // A change in who may call what changes this snapshot: access changes show in review as access changes.
  it('are the reviewed ones', () => {
    expect(declarations).toMatchSnapshot();
  });

  it('declare exactly one known permission on every operation but the public ones', () => {
    for (const ops of Object.values(declarations)) {
      for (const [name, roles] of Object.entries(ops)) {
        if (PUBLIC.has(name)) {
          expect(roles, name).toBe('public');
          continue;
        }
        expect(Array.isArray(roles), `${name} declares its access`).toBe(true);
        expect((roles as string[]).length, name).toBeLessThanOrEqual(1);
        for (const permission of roles as string[])
          expect(Permission.is(permission), `${name}: ${permission}`).toBe(true);
      }
    }
  });
});
