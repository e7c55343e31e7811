import { getTableName, is } from 'drizzle-orm';
import { PgColumn } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { CLUE_ENTITIES } from '../clues/clue-entities.js';
import { ENTITIES } from './registry.js';
import type { EntityName, OrderTerm } from './registry-types.js';

// The types check each field against its entity's table; a relation's columns on the other side (the target's
// table, a join table) are checked here, with what the compiler and the clue reads take for granted.

const entities = Object.entries(ENTITIES) as [EntityName, (typeof ENTITIES)[EntityName]][];
const tableOf = (column: PgColumn) => getTableName(column.table);
const orderColumns = (terms: readonly OrderTerm[]) =>
  terms.map((term) => ('desc' in term ? term.desc : term));

describe('the read registry', () => {
  it('reads every column from its entity’s own table', () => {
    for (const [name, def] of entities) {
      expect(tableOf(def.id), name).toBe(getTableName(def.table));
      for (const [field, column] of Object.entries(def.columns))
        if (is(column, PgColumn)) expect(tableOf(column), `${name}.${field}`).toBe(getTableName(def.table));
    }
  });

  it('joins every relation on columns of the tables it names', () => {
    let checked = 0;
    for (const [name, def] of entities)
      for (const [relationName, relation] of Object.entries(def.relations)) {
        const at = `${name}.${relationName}`;
        const target = ENTITIES[relation.target];
        expect(target, at).toBeDefined();
        const targetTable = getTableName(target.table);
        switch (relation.kind) {
          case 'one':
            expect(tableOf(relation.local), at).toBe(getTableName(def.table));
            break;
          case 'many':
          case 'latest':
            for (const column of [
              relation.remote,
              ...orderColumns(relation.orderBy),
              ...('whereNull' in relation && relation.whereNull ? [relation.whereNull] : []),
            ])
              expect(tableOf(column), at).toBe(targetTable);
            break;
          case 'through':
            expect(tableOf(relation.joinRemote), at).toBe(tableOf(relation.joinLocal));
            for (const column of orderColumns(relation.orderBy))
              expect(tableOf(column), at).toBe(targetTable);
            break;
        }
        checked++;
      }
    expect(checked).toBeGreaterThan(40);
  });

  it('names in `needs` only fields of the entity', () => {
    for (const [name, def] of entities)
      for (const [field, needed] of Object.entries(def.needs ?? {}))
        for (const column of needed)
          expect(def.columns[column], `${name}.${field} needs ${column}`).toBeDefined();
  });

  it('leads to a clue entity only from a clue entity (clue-read.ts walks the clue relations alone)', () => {
    const clue = new Set<string>(Object.keys(CLUE_ENTITIES));
    for (const [name, def] of entities)
      if (!clue.has(name))
        for (const relation of Object.values(def.relations))
          expect(clue.has(relation.target), name).toBe(false);
  });
});
