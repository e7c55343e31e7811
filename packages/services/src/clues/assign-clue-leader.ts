import type { ClueCaseRow } from '@rectify/db';
import { Validator } from '../kernel/validate.js';
import { assertVersion } from '../kernel/versioned.js';
import { messages } from '../messages/index.js';
import { checkLeader } from '../organisation/references.js';
import { CLUE_FIELDS, CLUE_LABEL } from './clue-labels.js';
import {
  defineClueUseCase,
  loadClueCase,
  NOTE_MAX,
  refuseIfClosed,
  refuseIfDuplicate,
  trimmedOrNull,
  writeClueCase,
} from './clue-rules.js';

export interface AssignClueLeaderInput {
  id: number;
  version: number;
  /** 包案领导; null removes the assignment. */
  owningLeaderId: number | null;
  note?: string | null;
}

/** 领导包案: names the leader who owns the case and follows it to the end (not a status move). */
export const assignClueLeader = defineClueUseCase(
  'clueCase.write',
  async (ctx, input: AssignClueLeaderInput): Promise<ClueCaseRow> => {
    const { tx } = ctx;
    const before = await loadClueCase(tx, input.id);
    assertVersion(before, input.version, CLUE_LABEL);
    await refuseIfDuplicate(tx, before);
    refuseIfClosed(before, messages.clues.assignedOwningLeader);
    const v = new Validator();
    await checkLeader(tx, v, 'owningLeaderId', input.owningLeaderId);
    v.maxLength('note', CLUE_FIELDS.note, input.note, NOTE_MAX);
    v.done();
    return writeClueCase(ctx, before, input.version, { owningLeaderId: input.owningLeaderId }, [
      { action: 'ASSIGN_LEADER', leaderId: input.owningLeaderId, note: trimmedOrNull(input.note) },
    ]);
  },
);
