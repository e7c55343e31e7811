import { useGetManyAggregate } from 'react-admin';
import { auditDiff } from './audit-diff.js';
import { idsIn, type NameOf, referenceOf } from './audit-values.js';

// How each referenced resource names its records.
const NAME_OF_RECORD: Record<string, (r: Record<string, unknown>) => string> = {
  units: (r) => String(r.name),
  leaders: (r) => String(r.name),
  issues: (r) => `${r.code} ${r.title}`,
};
const RESOURCES = Object.keys(NAME_OF_RECORD);

/** The ids each resource is asked for by an audit event's changed fields. */
export function referencedIds(entity: string, before: unknown, after: unknown): Record<string, number[]> {
  const ids: Record<string, Set<number>> = Object.fromEntries(RESOURCES.map((r) => [r, new Set<number>()]));
  for (const c of auditDiff(before, after)) {
    const resource = referenceOf(entity, c.field);
    if (!resource || !ids[resource]) continue;
    for (const id of [...idsIn(c.before), ...idsIn(c.after)]) ids[resource].add(id);
  }
  return Object.fromEntries(RESOURCES.map((r) => [r, [...ids[r]!].sort((a, b) => a - b)]));
}

/**
 * Names for the units, leaders and issues an audit event mentions. react-admin gathers the rows' requests
 * made in one render into one getMany per resource, so a page of history costs a request per resource, not
 * one per row.
 */
export function useAuditNames(entity: string, before: unknown, after: unknown): NameOf {
  const ids = referencedIds(entity, before, after);
  const units = useGetManyAggregate('units', { ids: ids.units! }, { enabled: ids.units!.length > 0 });
  const leaders = useGetManyAggregate('leaders', { ids: ids.leaders! }, { enabled: ids.leaders!.length > 0 });
  const issues = useGetManyAggregate('issues', { ids: ids.issues! }, { enabled: ids.issues!.length > 0 });
  const loaded: Record<string, { id: unknown }[] | undefined> = {
    units: units.data,
    leaders: leaders.data,
    issues: issues.data,
  };
  return (resource, id) => {
    const record = loaded[resource]?.find((r) => r && Number(r.id) === id);
    return record ? NAME_OF_RECORD[resource]!(record as Record<string, unknown>) : undefined;
  };
}
