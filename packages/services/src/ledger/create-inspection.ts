import { inspections } from '@rectify/db';
import {
  type InspectionKind,
  type InspectionLevel,
  type IsoDate,
  inspectionKindOfLevel,
} from '@rectify/domain';
import { recordAudit } from '../kernel/audit.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { checkInspectionFields } from './inspection-rules.js';

export interface CreateInspectionInput {
  name: string;
  inspectingBody: string;
  inspectedOrganisation: string;
  level: InspectionLevel;
  /** 巡视 or 巡察; by default the kind of the level (市委、县委巡察). */
  kind?: InspectionKind | null | undefined;
  onSiteFrom?: IsoDate | null;
  onSiteTo?: IsoDate | null;
  feedbackDate?: IsoDate | null;
  rectificationDeadline?: IsoDate | null;
}

export const createInspection = defineUseCase(
  'inspection.write',
  async (ctx, input: CreateInspectionInput) => {
    const dates = {
      onSiteFrom: input.onSiteFrom ?? null,
      onSiteTo: input.onSiteTo ?? null,
      feedbackDate: input.feedbackDate ?? null,
      rectificationDeadline: input.rectificationDeadline ?? null,
    };
    // Every field counts as sent (the required ones that are missing are reported), but the kind, which the
    // level gives when it is left out.
    const sent = {
      name: input.name ?? null,
      inspectingBody: input.inspectingBody ?? null,
      inspectedOrganisation: input.inspectedOrganisation ?? null,
      level: input.level ?? null,
      kind: input.kind ?? undefined,
      ...dates,
    };
    const v = new Validator();
    checkInspectionFields(v, sent, sent);
    v.done();
    const now = ctx.now();
    const [inspection] = await ctx.tx
      .insert(inspections)
      .values({
        name: input.name.trim(),
        inspectingBody: input.inspectingBody.trim(),
        inspectedOrganisation: input.inspectedOrganisation.trim(),
        level: input.level,
        kind: input.kind ?? inspectionKindOfLevel(input.level),
        ...dates,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    await recordAudit(ctx.tx, ctx.actor, {
      action: 'inspection.create',
      entity: 'inspection',
      entityId: inspection!.id,
      after: inspection,
    });
    return inspection!;
  },
);
