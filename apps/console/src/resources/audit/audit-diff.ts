/** One changed field of an audited record. */
export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

// Bookkeeping that changes on every write and says nothing to a reader; an evidence id beside its file name,
// and an extension's deadline-change row beside the deadline it moved.
const NOISE = new Set([
  'id',
  'version',
  'position',
  'updatedAt',
  'createdAt',
  'evidenceId',
  'deadlineChange',
]);

/** The fields that differ between an audit event's before and after snapshots (a creation has no before). */
export function auditDiff(before: unknown, after: unknown): FieldChange[] {
  const b = isObject(before) ? before : {};
  const a = isObject(after) ? after : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((f) => !NOISE.has(f));
  return fields
    .filter((f) => JSON.stringify(b[f] ?? null) !== JSON.stringify(a[f] ?? null))
    .map((field) => ({ field, before: b[field] ?? null, after: a[field] ?? null }));
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A snapshot value in one line. */
export function showValue(value: unknown): string {
  if (value == null || value === '') return '—';
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}
