import { type FragmentDefinitionNode, print } from '@0no-co/graphql.web';
import type { Fragment, MutationSpec, ResourceSpec } from './resources.js';

/** The schema's largest page. */
export const MAX_PAGE_SIZE = 100;
const USER_ERROR_FIELDS = 'errors { field code message }';

// The registry's selections are typed fragments (resources.ts); the operations around them are assembled here
// from the resource's names, and resources.test.ts validates every one against the schema.
const spread = (fragment: Fragment) => `...${(fragment.definitions[0] as FragmentDefinitionNode).name.value}`;
const withFragments = (operation: string, fragment: Fragment) => `${operation}\n${print(fragment)}`;

export interface ListParams {
  pagination?: { page: number; perPage: number };
  sort?: { field: string; order: string };
  filter?: Record<string, unknown>;
}

export function listQuery(spec: ResourceSpec): string {
  const operation = `query List($filter: ${spec.type}Filter, $orderBy: ${spec.type}Order, $first: Int, $offset: Int) {
  ${spec.list}(filter: $filter, orderBy: $orderBy, first: $first, offset: $offset) {
    nodes { ${spread(spec.fields)} }
    totalCount
  }
}`;
  return withFragments(operation, spec.fields);
}

export function oneQuery(spec: ResourceSpec, detail = false): string {
  if (!spec.one) throw new Error(`${spec.type} has no single-record query`);
  const fields = detail ? (spec.detailFields ?? spec.fields) : spec.fields;
  return withFragments(`query One($id: Int!) { ${spec.one}(id: $id) { ${spread(fields)} } }`, fields);
}

/** react-admin's page, sort and filter as the schema's `first`/`offset`, `orderBy` and `filter`. */
export function listVariables(spec: ResourceSpec, params: ListParams) {
  const perPage = Math.min(Math.max(params.pagination?.perPage ?? 25, 1), MAX_PAGE_SIZE);
  const page = Math.max(params.pagination?.page ?? 1, 1);
  const field = params.sort ? spec.orderBy[params.sort.field] : undefined;
  return {
    filter: listFilter(spec, params.filter ?? {}),
    orderBy: field ? { field, direction: params.sort?.order === 'DESC' ? 'DESC' : 'ASC' } : null,
    first: perPage,
    offset: (page - 1) * perPage,
  };
}

/** Drops empty values, renames react-admin's full-text `q` to `search`, and fits values to the schema's types. */
export function listFilter(spec: ResourceSpec, filter: Record<string, unknown>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    const name = key === 'q' ? 'search' : key;
    if (spec.listFilters?.includes(name)) result[name] = Array.isArray(value) ? value : [value];
    else if (spec.stringFilters?.includes(name)) result[name] = String(value);
    else result[name] = value;
  }
  return result;
}

export function mutation(spec: ResourceSpec, m: MutationSpec): string {
  const operation = `mutation Write($input: ${m.input}!) {
  ${m.name}(input: $input) { ${m.payload} { ${spread(spec.fields)} } ${(m.extra ?? []).join(' ')} ${USER_ERROR_FIELDS} }
}`;
  return withFragments(operation, spec.fields);
}

export function deleteMutation(name: string): string {
  return `mutation Delete($id: Int!, $version: Int!) { ${name}(id: $id, version: $version) { id ${USER_ERROR_FIELDS} } }`;
}

// An emptied text box means "no value", not an empty string.
const clean = (value: unknown) => (value === '' ? null : value);

/** The create input: the mutation's fields, as given. */
export function createInput(m: MutationSpec, data: Record<string, unknown>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of m.fields) if (data[field] !== undefined) input[field] = clean(data[field]);
  return input;
}

/**
 * The update input: id, the version read, and only the fields that changed — the schema keeps omitted fields,
 * so a save never overwrites what the form did not touch.
 */
export function updateInput(
  m: MutationSpec,
  id: unknown,
  data: Record<string, unknown>,
  previous: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const input: Record<string, unknown> = { id: Number(id), version: previous?.version ?? data.version };
  for (const field of m.fields) {
    if (data[field] === undefined) continue;
    const value = clean(data[field]);
    if (previous && JSON.stringify(clean(previous[field]) ?? null) === JSON.stringify(value ?? null))
      continue;
    input[field] = value;
  }
  return input;
}
