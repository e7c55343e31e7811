import type { ClueCaseRow } from '@rectify/db';
import { DisposalMethod, type IsoDate } from '@rectify/domain';
import { Validator } from '../kernel/validate.js';
import { assertVersion } from '../kernel/versioned.js';
import { checkEnum } from '../ledger/ledger-rules.js';
import { messages } from '../messages/index.js';
import { CLUE_FIELDS, CLUE_LABEL } from './clue-labels.js';
import {
  checkDeadline,
  defineClueUseCase,
  loadClueCase,
  NOTE_MAX,
  planStatus,
  refuseIfDuplicate,
  trimmedOrNull,
  writeClueCase,
} from './clue-rules.js';
import { INVESTIGATING_METHODS } from './dispose-clue-case.js';

export interface ReopenClueCaseInput {
  id: number;
  version: number;
  /** How the reopened case is disposed: a talk or letter inquiry, or preliminary verification. */
  method: DisposalMethod;
  deadline: IsoDate;
  /** Why it is reopened (the new facts). */
  note: string;
}

/** 重新启用: takes a shelved case back into disposal when new facts come in. */
export const reopenClueCase = defineClueUseCase(
  'clueCase.write',
  async (ctx, input: ReopenClueCaseInput): Promise<ClueCaseRow> => {
    const { tx } = ctx;
    const before = await loadClueCase(tx, input.id);
    assertVersion(before, input.version, CLUE_LABEL);
    await refuseIfDuplicate(tx, before);
    const status = planStatus(before.status, ['REOPEN']);
    const v = new Validator()
      .required('method', CLUE_FIELDS.method, input.method)
      .required('deadline', CLUE_FIELDS.deadline, input.deadline)
      .required('note', CLUE_FIELDS.note, input.note);
    checkEnum(v, 'method', CLUE_FIELDS.method, DisposalMethod, input.method);
    if (
      DisposalMethod.is(input.method) &&
      !(INVESTIGATING_METHODS as readonly string[]).includes(input.method)
    ) {
      v.add('method', 'NOT_INVESTIGATING', messages.clues.reopenedCaseDisposedTalkLetter);
    }
    checkDeadline(v, input.deadline, before.receivedDate);
    v.maxLength('note', CLUE_FIELDS.note, input.note, NOTE_MAX);
    v.done();
    return writeClueCase(
      ctx,
      before,
      input.version,
      { status, disposalMethod: input.method, deadline: input.deadline },
      [
        {
          action: 'REOPEN',
          disposalMethod: input.method,
          deadline: input.deadline,
          note: trimmedOrNull(input.note),
        },
      ],
    );
  },
);
