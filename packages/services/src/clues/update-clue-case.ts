import type { ClueCaseRow } from '@rectify/db';
import type { IsoDate } from '@rectify/domain';
import { todayOf } from '../kernel/context.js';
import { ServiceError } from '../kernel/errors.js';
import { Validator } from '../kernel/validate.js';
import { assertVersion } from '../kernel/versioned.js';
import { messages } from '../messages/index.js';
import { CLUE_FIELDS, CLUE_LABEL } from './clue-labels.js';
import {
  checkReceivedDate,
  defineClueUseCase,
  IDENTITY_MAX,
  loadClueCase,
  NOTE_MAX,
  ownersOf,
  ownsCase,
  refuseIfClosed,
  SUMMARY_MAX,
  trimmedOrNull,
  writeClueCase,
} from './clue-rules.js';

/** Corrections to the intake; a field left undefined keeps its value. The serial never changes. */
export interface UpdateClueCaseInput {
  id: number;
  version: number;
  receivedDate?: IsoDate;
  summary?: string;
  /** Only an owner may correct the identity fields. */
  subject?: string;
  informant?: string | null;
  note?: string | null;
}

export const updateClueCase = defineClueUseCase(
  'clueCase.write',
  async (ctx, input: UpdateClueCaseInput): Promise<ClueCaseRow> => {
    const { tx } = ctx;
    const before = await loadClueCase(tx, input.id);
    assertVersion(before, input.version, CLUE_LABEL);
    refuseIfClosed(before, messages.clues.corrected);
    const touchesIdentity = input.subject !== undefined || input.informant !== undefined;
    if (touchesIdentity && !ownsCase(ctx.actor, await ownersOf(tx, before.id))) {
      const message = messages.clues.onlyOwnersEditIdentity;
      throw new ServiceError('FORBIDDEN', message, [
        { field: input.subject !== undefined ? 'subject' : 'informant', code: 'NOT_OWNER', message },
      ]);
    }
    const v = new Validator();
    if (input.receivedDate !== undefined) {
      checkReceivedDate(v, input.receivedDate, todayOf(ctx));
      v.check(
        !input.receivedDate || before.deadline == null || input.receivedDate <= before.deadline,
        'receivedDate',
        'AFTER_DEADLINE',
        messages.clues.receivedDateCannotAfterDeadline({
          receivedDateField: CLUE_FIELDS.receivedDate,
          deadline: before.deadline,
        }),
      );
    }
    if (input.summary !== undefined) {
      v.required('summary', CLUE_FIELDS.summary, input.summary);
      v.maxLength('summary', CLUE_FIELDS.summary, input.summary, SUMMARY_MAX);
    }
    if (input.subject !== undefined) {
      v.required('subject', CLUE_FIELDS.subject, input.subject);
      v.maxLength('subject', CLUE_FIELDS.subject, input.subject, IDENTITY_MAX);
    }
    v.maxLength('informant', CLUE_FIELDS.informant, input.informant, IDENTITY_MAX);
    v.maxLength('note', CLUE_FIELDS.note, input.note, NOTE_MAX);
    v.done();
    return writeClueCase(
      ctx,
      before,
      input.version,
      {
        receivedDate: input.receivedDate,
        summary: input.summary?.trim(),
        subject: input.subject?.trim(),
        informant: input.informant === undefined ? undefined : trimmedOrNull(input.informant),
      },
      [{ action: 'UPDATE', note: trimmedOrNull(input.note) }],
    );
  },
);
