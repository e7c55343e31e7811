import { supervisionGroups } from '@rectify/db';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { messages } from '../messages/index.js';
import { NAME_MAX, SUPERVISION_FIELDS } from './supervision-rules.js';

export interface CreateSupervisionGroupInput {
  name: string;
  headName: string;
}

/** 督查组: a supervision group, named uniquely, with its head. */
export const createSupervisionGroup = defineUseCase(
  'supervision.write',
  async (ctx, input: CreateSupervisionGroupInput) => {
    const { tx } = ctx;
    const name = input.name?.trim() ?? '';
    const v = new Validator()
      .required('name', SUPERVISION_FIELDS.name, name)
      .maxLength('name', SUPERVISION_FIELDS.name, name, NAME_MAX)
      .required('headName', SUPERVISION_FIELDS.headName, input.headName)
      .maxLength('headName', SUPERVISION_FIELDS.headName, input.headName, NAME_MAX);
    if (name) {
      const [taken] = await tx
        .select({ id: supervisionGroups.id })
        .from(supervisionGroups)
        .where(eq(supervisionGroups.name, name));
      if (taken) {
        v.add(
          'name',
          'TAKEN',
          messages.supervision.groupNamedExistsAlready({ nameField: SUPERVISION_FIELDS.name, name }),
        );
      }
    }
    v.done();
    const [row] = await tx
      .insert(supervisionGroups)
      .values({ name, headName: input.headName.trim(), createdAt: ctx.now() })
      .returning();
    await recordAudit(tx, ctx.actor, {
      action: 'supervisionGroup.create',
      entity: 'supervisionGroup',
      entityId: row!.id,
      after: row,
    });
    return row!;
  },
);
