import type { Actor, Label, LedgerScope, Permission } from '@rectify/domain';
import { type SQL, sql } from 'drizzle-orm';
import { alias, type BuildAliasTable, type PgColumn, type PgTable } from 'drizzle-orm/pg-core';

// What an entity of the read model is: its drizzle table, the fields and relations the API may read, who may
// read it and which rows. The ledger's entities (core-entities.ts) and each feature's (in its own folder) are
// written against this module alone; read/registry.ts assembles them. Fields and relations are drizzle's
// column objects, so renaming or removing a column fails the typecheck of the entity that reads it.

/** Who reads, and what they may see: the read model applies this to every row it returns. */
export interface ReadContext {
  actor: Actor;
  scope: LedgerScope;
}

/** Every entity of the registry, by its GraphQL type name. */
export type EntityName =
  | 'Inspection'
  | 'Issue'
  | 'Task'
  | 'ProgressReport'
  | 'Unit'
  | 'Leader'
  | 'User'
  | 'ApiClient'
  | 'AuditEvent'
  | 'ClueCase'
  | 'ClueIdentity'
  | 'ClueCaseEvent'
  | 'ClueDisclosureRequest'
  | 'ClosureRequest'
  | 'ExtensionRequest'
  | 'Review'
  | 'Evidence'
  | 'DeadlineChange'
  | 'SupervisionGroup'
  | 'SupervisionVisit'
  | 'Finding'
  | 'UnitFinding';

/** A table under an alias of the statement (drizzle's `alias`): its columns render as "alias"."column". */
export type Row<T extends PgTable = PgTable> = BuildAliasTable<T, string>;

/** The alias of a statement's root row, the one a read of an entity selects from (nested rows: r1, r2, …). */
export const ROOT_ALIAS = 'r0';

/**
 * The table under the root row's alias: lists write their filters and orders over it, so that its columns
 * render as "r0"."column" in the statement that reads them.
 */
export const rootRow = <T extends PgTable>(table: T): Row<T> => alias(table, ROOT_ALIAS as string);

/** One of the table's own columns. */
type ColumnOf<T extends PgTable> = T['_']['columns'][keyof T['_']['columns']];

/** A field: a column of the entity's table, served as it is, or an SQL expression over the row. */
export type Field<T extends PgTable> = ColumnOf<T> | ((row: Row<T>, rc: ReadContext) => SQL);

/** A term of a relation's order: a column of the target's table, ascending, or `desc(column)`. */
export type OrderTerm = PgColumn | { desc: PgColumn };
export const desc = (column: PgColumn): OrderTerm => ({ desc: column });

interface RelationBase {
  target: EntityName;
  /**
   * The target's rows are visible whenever the row they hang from is (a task's issue, a task's progress):
   * the compiler leaves out the target's scope, which would change nothing but the cost.
   */
  scopeImplied?: true;
}

/** The columns `local` (of this table) and `remote`, `orderBy` and `joinLocal`/`joinRemote` (of theirs). */
export type Relation<T extends PgTable = PgTable> = RelationBase &
  (
    | /** target.id = this.local */ { kind: 'one'; local: ColumnOf<T> }
    | /** target.remote = this.id, as a list; `whereNull` keeps the rows where that column is null */ {
        kind: 'many';
        remote: PgColumn;
        orderBy: readonly OrderTerm[];
        whereNull?: PgColumn;
      }
    | /** the first of `many` in its order */ {
        kind: 'latest';
        remote: PgColumn;
        orderBy: readonly OrderTerm[];
      }
    | /** through a join table: join.joinLocal = this.id and target.id = join.joinRemote */ {
        kind: 'through';
        joinLocal: PgColumn;
        joinRemote: PgColumn;
        orderBy: readonly OrderTerm[];
      }
  );

/** A table the registry reads: every one has an `id` primary key. */
type EntityTable = PgTable & { id: PgColumn };

/** An entity as the compiler reads it (see defineEntity, which checks it against its table). */
export interface EntityDef {
  table: PgTable;
  id: PgColumn;
  label: Label;
  /** Reading any of it needs this permission. */
  permission: Permission;
  columns: Record<string, PgColumn | ((row: Row, rc: ReadContext) => SQL)>;
  /** Fields computed outside SQL from other fields (the API resolves them): what each needs read. */
  needs?: Record<string, readonly string[]>;
  relations: Record<string, Relation>;
  /** Row visibility for the reader; null means every row. */
  scope?: (rc: ReadContext, row: Row) => SQL | null;
}

interface Definition<T extends EntityTable, C extends Record<string, Field<T>>> {
  label: Label;
  permission: Permission;
  columns: C;
  needs?: Record<string, readonly (keyof C & string)[]>;
  relations: Record<string, Relation<T>>;
  scope?: (rc: ReadContext, row: Row<T>) => SQL | null;
}

/** An entity over `table`: its fields are the table's columns or expressions over its row. */
export function defineEntity<T extends EntityTable, C extends Record<string, Field<T>>>(
  table: T,
  definition: Definition<T, C>,
): EntityDef {
  // The typed definition is checked here; the compiler reads every entity alike.
  return { table, id: table.id, ...definition } as unknown as EntityDef;
}

/** What a feature adds to an entity defined elsewhere (the workflow's fields and lists on a task). */
export interface EntityExtension {
  table: PgTable;
  columns?: EntityDef['columns'];
  needs?: EntityDef['needs'];
  relations?: EntityDef['relations'];
}

export function extendEntity<T extends EntityTable>(
  table: T,
  extension: {
    columns?: Record<string, Field<T>>;
    needs?: Record<string, readonly string[]>;
    relations?: Record<string, Relation<T>>;
  },
): EntityExtension {
  return { table, ...extension } as unknown as EntityExtension;
}

/** The bookkeeping columns of an editable record. */
export const tracked = <T extends { createdAt: PgColumn; updatedAt: PgColumn; version: PgColumn }>(
  table: T,
) => ({
  createdAt: table.createdAt as T['createdAt'],
  updatedAt: table.updatedAt as T['updatedAt'],
  version: table.version as T['version'],
});

/** `column` of the row under this alias (the column of the table the alias stands for). */
export const columnAt = (row: Row, column: PgColumn): SQL => sql`${row}.${sql.identifier(column.name)}`;
