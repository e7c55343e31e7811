import { type Executor, units } from '@rectify/db';
import { UnitKind } from '@rectify/domain';
import { and, eq, ne } from 'drizzle-orm';
import type { Validator } from '../kernel/validate.js';
import { messages } from '../messages/index.js';
import { UNIT_FIELDS } from './organisation-labels.js';
import { checkUnit } from './references.js';

const NAME_MAX = 100;

export interface UnitFields {
  name?: string | null | undefined;
  kind?: string | null | undefined;
  parentId?: number | null | undefined;
}

/**
 * The rules create-unit and update-unit share. `id` is the unit being edited; without it the unit is new, and
 * its name and kind are required. On an edit, a field left undefined keeps its value and is not checked.
 */
export async function checkUnitFields(tx: Executor, v: Validator, fields: UnitFields, id?: number) {
  const creating = id == null;
  if (creating || fields.name !== undefined) {
    v.required('name', UNIT_FIELDS.name, fields.name).maxLength(
      'name',
      UNIT_FIELDS.name,
      fields.name,
      NAME_MAX,
    );
    const name = fields.name?.trim();
    if (name) {
      const sameName = eq(units.name, name);
      const taken = await tx
        .select({ id: units.id })
        .from(units)
        .where(creating ? sameName : and(sameName, ne(units.id, id)));
      if (taken.length > 0) {
        v.add('name', 'TAKEN', messages.organisation.alreadyTaken({ nameField: UNIT_FIELDS.name, name }));
      }
    }
  }
  if (creating || fields.kind !== undefined) {
    v.required('kind', UNIT_FIELDS.kind, fields.kind);
    if (fields.kind != null && fields.kind !== '' && !UnitKind.is(fields.kind)) {
      v.add(
        'kind',
        'INVALID',
        messages.organisation.invalidKind({ kindField: UNIT_FIELDS.kind, kind: fields.kind }),
      );
    }
  }
  if (fields.parentId != null) {
    const errorsBefore = v.errors.length;
    await checkUnit(tx, v, 'parentId', fields.parentId);
    const parentExists = v.errors.length === errorsBefore;
    if (!creating && parentExists && (await isSelfOrAncestorOf(tx, id, fields.parentId))) {
      v.add(
        'parentId',
        'CYCLE',
        messages.organisation.cannotUnitItselfOneSub({ parentIdField: UNIT_FIELDS.parentId }),
      );
    }
  }
}

/** Whether `unitId` is `start` or one of its ancestors: then making it `start`'s child closes a cycle. */
async function isSelfOrAncestorOf(tx: Executor, unitId: number, start: number): Promise<boolean> {
  const seen = new Set<number>();
  let current: number | null = start;
  while (current != null && !seen.has(current)) {
    if (current === unitId) return true;
    seen.add(current);
    const [row]: { parentId: number | null }[] = await tx
      .select({ parentId: units.parentId })
      .from(units)
      .where(eq(units.id, current));
    current = row?.parentId ?? null;
  }
  return false;
}
