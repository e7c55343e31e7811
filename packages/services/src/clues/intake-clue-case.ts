import { type ClueCaseRow, clueCaseOwners, clueCases, inspections } from '@rectify/db';
import { ClueKind, ClueSource, type IsoDate } from '@rectify/domain';
import { eq } from 'drizzle-orm';
import { recordAudit } from '../kernel/audit.js';
import { todayOf } from '../kernel/context.js';
import { Validator } from '../kernel/validate.js';
import { checkEnum } from '../ledger/ledger-rules.js';
import { messages } from '../messages/index.js';
import { addMissing } from '../organisation/references.js';
import { auditActionOf, CLUE_FIELDS } from './clue-labels.js';
import {
  checkDeadline,
  checkDisciplineUsers,
  checkReceivedDate,
  clueSnapshot,
  defineClueUseCase,
  IDENTITY_MAX,
  NOTE_MAX,
  recordHistory,
  SUMMARY_MAX,
  trimmedOrNull,
} from './clue-rules.js';
import { askOwnersToReview, findFirstIntake } from './duplicates.js';
import { nextSerial } from './serials.js';

export interface IntakeClueCaseInput {
  /** Required when the inspection team transferred the case. */
  inspectionId?: number | null;
  source: ClueSource;
  kind: ClueKind;
  receivedDate: IsoDate;
  /** 反映事项: what is reported. */
  summary: string;
  /** 被反映人 — confidential. */
  subject: string;
  /** 举报人 — confidential; null when anonymous. */
  informant?: string | null;
  /** 办理时限, when one is set at intake. */
  deadline?: IsoDate | null;
  /**
   * The handlers (承办人) who own the case with the operator: only owners read the identity fields. Later
   * owners are added only through an approved disclosure request.
   */
  ownerUserIds?: number[] | null;
  note?: string | null;
}

export interface IntakeClueCaseResult extends ClueCaseRow {
  /** The first intake of the same clue, which the case was linked to (null when none was found). */
  duplicateOf: { id: number; serial: string } | null;
}

/**
 * 受理登记: registers a petition report or problem clue under the next serial of its kind and year, with its
 * owners; a second intake of the same clue (same subject and matter) is linked to the first and not counted.
 */
export const intakeClueCase = defineClueUseCase(
  'clueCase.write',
  async (ctx, input: IntakeClueCaseInput): Promise<IntakeClueCaseResult> => {
    const { tx, actor } = ctx;
    const v = new Validator();
    checkEnum(v, 'source', CLUE_FIELDS.source, ClueSource, input.source);
    checkEnum(v, 'kind', CLUE_FIELDS.kind, ClueKind, input.kind);
    v.required('source', CLUE_FIELDS.source, input.source).required('kind', CLUE_FIELDS.kind, input.kind);
    checkReceivedDate(v, input.receivedDate, todayOf(ctx));
    v.required('summary', CLUE_FIELDS.summary, input.summary);
    v.maxLength('summary', CLUE_FIELDS.summary, input.summary, SUMMARY_MAX);
    v.required('subject', CLUE_FIELDS.subject, input.subject);
    v.maxLength('subject', CLUE_FIELDS.subject, input.subject, IDENTITY_MAX);
    v.maxLength('informant', CLUE_FIELDS.informant, input.informant, IDENTITY_MAX);
    v.maxLength('note', CLUE_FIELDS.note, input.note, NOTE_MAX);
    if (input.receivedDate) checkDeadline(v, input.deadline, input.receivedDate);
    if (input.inspectionId != null) {
      const [found] = await tx
        .select({ id: inspections.id })
        .from(inspections)
        .where(eq(inspections.id, input.inspectionId));
      if (!found) addMissing(v, 'inspectionId', CLUE_FIELDS.inspectionId, input.inspectionId);
    } else if (input.source === 'INSPECTION_TRANSFER') {
      v.add('inspectionId', 'REQUIRED', messages.clues.caseTransferredInspectionTeamNames);
    }
    const owners = [
      ...new Set([...(actor.userId == null ? [] : [actor.userId]), ...(input.ownerUserIds ?? [])]),
    ];
    await checkDisciplineUsers(tx, v, 'ownerUserIds', owners);
    if (owners.length === 0) {
      v.add('ownerUserIds', 'REQUIRED', messages.clues.nameLeastOneOwnerHandler);
    }
    v.done();

    const subject = input.subject.trim();
    const summary = input.summary.trim();
    const match = await findFirstIntake(tx, { subject, summary }, actor.userId);
    const first = match?.ownedByActor ? { id: match.id, serial: match.serial } : null;
    const now = ctx.now();
    const [row] = await tx
      .insert(clueCases)
      .values({
        serial: await nextSerial(tx, input.kind, input.receivedDate),
        inspectionId: input.inspectionId ?? null,
        source: input.source,
        kind: input.kind,
        receivedDate: input.receivedDate,
        summary,
        subject,
        informant: trimmedOrNull(input.informant),
        deadline: input.deadline ?? null,
        duplicateOfId: first?.id ?? null,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    const clue = row!;
    await tx.insert(clueCaseOwners).values(owners.map((userId) => ({ clueCaseId: clue.id, userId })));
    await recordHistory(ctx, clue.id, {
      action: 'INTAKE',
      toStatus: clue.status,
      deadline: clue.deadline,
      note: trimmedOrNull(input.note),
    });
    if (first) {
      await recordHistory(ctx, clue.id, {
        action: 'DUPLICATE_LINKED',
        fromStatus: clue.status,
        toStatus: clue.status,
        relatedClueCaseId: first.id,
        note: `与${first.serial}被反映人相同、反映事项相似，自动关联为重复件，待确认`,
      });
    }
    await recordAudit(tx, actor, {
      action: auditActionOf('INTAKE'),
      entity: 'clueCase',
      entityId: clue.id,
      after: { ...clueSnapshot(clue), ownerUserIds: owners },
    });
    if (match && !first) await askOwnersToReview(ctx, clue, match);
    return { ...clue, duplicateOf: first };
  },
);
