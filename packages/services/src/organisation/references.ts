import { type Executor, leaders, units } from '@rectify/db';
import type { Label } from '@rectify/domain';
import { eq, inArray } from 'drizzle-orm';
import type { Validator } from '../kernel/validate.js';
import { messages } from '../messages/index.js';
import { LEADER_LABEL, UNIT_LABEL } from './organisation-labels.js';

/** Records that name a unit or leader must name one that exists: else a NOT_FOUND error on that field. */
export function addMissing(v: Validator, field: string, label: Label, id: number | string): void {
  v.add(field, 'NOT_FOUND', messages.organisation.notFound({ label, id }));
}

export async function checkUnit(tx: Executor, v: Validator, field: string, id: number | null | undefined) {
  if (id == null) return;
  const [row] = await tx.select({ id: units.id }).from(units).where(eq(units.id, id));
  if (!row) addMissing(v, field, UNIT_LABEL, id);
}

/** One error per unknown unit, so that the caller learns every bad id at once. */
export async function checkUnits(tx: Executor, v: Validator, field: string, ids: readonly number[]) {
  if (ids.length === 0) return;
  const found = await tx
    .select({ id: units.id })
    .from(units)
    .where(inArray(units.id, [...ids]));
  const known = new Set(found.map((row) => row.id));
  for (const id of ids) if (!known.has(id)) addMissing(v, field, UNIT_LABEL, id);
}

export async function checkLeader(tx: Executor, v: Validator, field: string, id: number | null | undefined) {
  if (id == null) return;
  const [row] = await tx.select({ id: leaders.id }).from(leaders).where(eq(leaders.id, id));
  if (!row) addMissing(v, field, LEADER_LABEL, id);
}

/** What still refers to a record about to be deleted: a named count per kind of referrer. */
export interface Reference {
  label: Label;
  count: number;
}

/** Refuses a delete, naming what still refers to the record, so that the operator knows what to reassign. */
export function addInUse(v: Validator, label: Label, references: readonly Reference[]): void {
  const used = references.filter((r) => r.count > 0);
  if (used.length === 0) return;
  v.add('id', 'IN_USE', messages.organisation.stillReferencedCannotDeleted({ label, used }));
}
