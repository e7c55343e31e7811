import { inspections } from '@rectify/db';
import type { InspectionKind, InspectionLevel, IsoDate } from '@rectify/domain';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { notFound } from '../kernel/errors.js';
import { defineUseCase } from '../kernel/use-case.js';
import { Validator } from '../kernel/validate.js';
import { assertVersion, updateVersioned } from '../kernel/versioned.js';
import { checkInspectionFields } from './inspection-rules.js';
import { INSPECTION_LABEL } from './ledger-labels.js';

/** A field left undefined keeps its value; a date set to null is cleared. */
export interface UpdateInspectionInput {
  id: number;
  version: number;
  name?: string;
  inspectingBody?: string;
  inspectedOrganisation?: string;
  level?: InspectionLevel;
  kind?: InspectionKind;
  onSiteFrom?: IsoDate | null;
  onSiteTo?: IsoDate | null;
  feedbackDate?: IsoDate | null;
  rectificationDeadline?: IsoDate | null;
}

export const updateInspection = defineUseCase(
  'inspection.write',
  async (ctx, input: UpdateInspectionInput) => {
    const byId = eq(inspections.id, input.id);
    const [before] = await ctx.tx.select().from(inspections).where(byId);
    if (!before) throw notFound(INSPECTION_LABEL, input.id);
    assertVersion(before, input.version, INSPECTION_LABEL);
    const { id, version, ...given } = input;
    const changes = Object.fromEntries(Object.entries(given).filter(([, value]) => value !== undefined));
    const v = new Validator();
    // The order of the dates is checked on the record as it will be, so that moving one date is checked too.
    checkInspectionFields(v, { ...before, ...changes }, given);
    v.done();
    const after = await updateVersioned(ctx.tx, inspections, { id: id, version: version }, INSPECTION_LABEL, {
      name: input.name?.trim(),
      inspectingBody: input.inspectingBody?.trim(),
      inspectedOrganisation: input.inspectedOrganisation?.trim(),
      level: input.level,
      kind: input.kind,
      onSiteFrom: input.onSiteFrom,
      onSiteTo: input.onSiteTo,
      feedbackDate: input.feedbackDate,
      rectificationDeadline: input.rectificationDeadline,
      updatedAt: ctx.now(),
    });
    await recordAudit(ctx.tx, ctx.actor, {
      action: 'inspection.update',
      entity: 'inspection',
      entityId: id,
      before,
      after,
    });
    return after;
  },
);
