import { type AnyPgColumn, index, integer, pgTable, text } from 'drizzle-orm/pg-core';
import { id, tracked } from './columns.js';
import { leadingGroupRole, unitKind } from './enums.js';

export const units = pgTable(
  'units',
  {
    id: id(),
    name: text('name').notNull().unique(),
    kind: unitKind('kind').notNull(),
    parentId: integer('parent_id').references((): AnyPgColumn => units.id),
    ...tracked(),
  },
  (t) => [index('units_parent_idx').on(t.parentId)],
);

export const leaders = pgTable(
  'leaders',
  {
    id: id(),
    name: text('name').notNull(),
    post: text('post').notNull(),
    unitId: integer('unit_id').references(() => units.id),
    groupRole: leadingGroupRole('group_role').notNull().default('MEMBER'),
    ...tracked(),
  },
  (t) => [index('leaders_unit_idx').on(t.unitId)],
);
