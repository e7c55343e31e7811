import type { ClueCaseRow } from '@rectify/db';
import { invalidTransition } from '../kernel/errors.js';
import { Validator } from '../kernel/validate.js';
import { assertVersion } from '../kernel/versioned.js';
import { messages } from '../messages/index.js';
import { checkLeader, checkUnit } from '../organisation/references.js';
import { CLUE_FIELDS, CLUE_LABEL } from './clue-labels.js';
import {
  defineClueUseCase,
  loadClueCase,
  NOTE_MAX,
  planStatus,
  refuseIfClosed,
  refuseIfDuplicate,
  writeClueCase,
} from './clue-rules.js';

export interface EscalateClueCaseInput {
  id: number;
  version: number;
  /** The higher body that takes the case over; omitted keeps the responsible body. */
  routedToUnitId?: number | null;
  /** The leader who owns the escalated case; omitted keeps the owning leader. */
  owningLeaderId?: number | null;
  /** Why the case is escalated. */
  note: string;
}

/**
 * 提级办理: a higher body takes the case over. A case not yet in disposal is (re-)routed to that body through
 * the lifecycle; one in disposal or shelved keeps its status and changes hands.
 */
export const escalateClueCase = defineClueUseCase(
  'clueCase.write',
  async (ctx, input: EscalateClueCaseInput): Promise<ClueCaseRow> => {
    const { tx } = ctx;
    const before = await loadClueCase(tx, input.id);
    assertVersion(before, input.version, CLUE_LABEL);
    await refuseIfDuplicate(tx, before);
    refuseIfClosed(before, messages.clues.escalated);
    if (before.escalated) {
      throw invalidTransition(messages.clues.caseAlreadyEscalated, 'escalated');
    }
    const reroutes = input.routedToUnitId != null;
    const status =
      reroutes && (before.status === 'RECEIVED' || before.status === 'ROUTED')
        ? planStatus(before.status, ['ROUTE'])
        : before.status;
    const v = new Validator().required('note', CLUE_FIELDS.note, input.note);
    v.maxLength('note', CLUE_FIELDS.note, input.note, NOTE_MAX);
    await checkUnit(tx, v, 'routedToUnitId', input.routedToUnitId);
    await checkLeader(tx, v, 'owningLeaderId', input.owningLeaderId);
    v.done();
    return writeClueCase(
      ctx,
      before,
      input.version,
      {
        status,
        escalated: true,
        routedToUnitId: reroutes ? input.routedToUnitId : undefined,
        owningLeaderId: input.owningLeaderId ?? undefined,
      },
      [
        {
          action: 'ESCALATE',
          unitId: input.routedToUnitId ?? before.routedToUnitId,
          leaderId: input.owningLeaderId ?? before.owningLeaderId,
          note: input.note.trim(),
        },
      ],
    );
  },
);
