/**
 * What a reader wants of an entity: which fields, and which relations with what of them. The API builds one
 * from the GraphQL selection, so that the whole answer is read in one SQL statement.
 */
export interface ReadSpec {
  fields: Set<string>;
  relations: Map<string, ReadSpec>;
}

export function readSpec(fields: string[] = [], relations: Record<string, ReadSpec> = {}): ReadSpec {
  return { fields: new Set(fields), relations: new Map(Object.entries(relations)) };
}

/** Adds everything of `other` into `into` (two aliases of one relation read the same data). */
export function mergeSpec(into: ReadSpec, other: ReadSpec): ReadSpec {
  for (const field of other.fields) into.fields.add(field);
  for (const [name, spec] of other.relations) {
    const existing = into.relations.get(name);
    if (existing) mergeSpec(existing, spec);
    else into.relations.set(name, spec);
  }
  return into;
}

/**
 * A row's JSON exactly as the reader will receive it: its keys, in order, each a field (a column of the
 * entity), a relation's row or rows with their own shape, or a constant string. The API builds one from a
 * GraphQL selection (its response keys and __typename) to answer straight from PostgreSQL's JSON text.
 */
export type RowShape = readonly ShapeEntry[];

export type ShapeEntry =
  | { key: string; field: string }
  | { key: string; relation: string; shape: RowShape }
  | { key: string; constant: string };
