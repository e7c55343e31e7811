import type { ClueCaseRow } from '@rectify/db';
import type { ClueHistoryAction } from '@rectify/domain';
import { type ClueEvent, ClueOutcome, type ClueStatus, DisposalMethod, type IsoDate } from '@rectify/domain';
import { Validator } from '../kernel/validate.js';
import { assertVersion } from '../kernel/versioned.js';
import { checkEnum } from '../ledger/ledger-rules.js';
import { messages } from '../messages/index.js';
import { CLUE_FIELDS, CLUE_LABEL } from './clue-labels.js';
import {
  checkDeadline,
  defineClueUseCase,
  type HistoryEntry,
  loadClueCase,
  NOTE_MAX,
  planStatus,
  refuseIfDuplicate,
  SANCTIONS_MAX,
  trimmedOrNull,
  writeClueCase,
} from './clue-rules.js';

export interface DisposeClueCaseInput {
  id: number;
  version: number;
  /** One of the five standard methods. */
  method: DisposalMethod;
  /**
   * 办理时限: required for a talk or letter inquiry and for preliminary verification; a review date for
   * shelving; not taken when the method ends the case (closed without action, filed as a case).
   */
  deadline?: IsoDate | null;
  /** For the methods that end the case: what the disposal found. */
  outcome?: ClueOutcome | null;
  /** For the methods that end the case: 处理处分情况. */
  sanctions?: string | null;
  note?: string | null;
}

/** The methods that investigate (the case stays in disposal until concluded). */
export const INVESTIGATING_METHODS = [
  'TALK_OR_LETTER_INQUIRY',
  'PRELIMINARY_VERIFICATION',
] as const satisfies readonly DisposalMethod[];
/** The methods that end the case. */
const ENDING_METHODS: readonly DisposalMethod[] = ['CLOSE_WITHOUT_ACTION', 'FILE_CASE'];

const isInvestigating = (method: DisposalMethod) =>
  (INVESTIGATING_METHODS as readonly string[]).includes(method);

/**
 * 处置: disposes of a routed case by one of the five standard methods. An inquiry or verification starts the
 * disposal (or changes the method and deadline of one under way); shelving waits for new facts; closing
 * without action concludes the case and filing ends it as a case — from a routed case, the lifecycle passes
 * through IN_DISPOSAL first. Every move is checked by the clue lifecycle.
 */
export const disposeClueCase = defineClueUseCase(
  'clueCase.write',
  async (ctx, input: DisposeClueCaseInput): Promise<ClueCaseRow> => {
    const { tx } = ctx;
    const before = await loadClueCase(tx, input.id);
    assertVersion(before, input.version, CLUE_LABEL);
    await refuseIfDuplicate(tx, before);
    const methodCheck = new Validator().required('method', CLUE_FIELDS.method, input.method);
    checkEnum(methodCheck, 'method', CLUE_FIELDS.method, DisposalMethod, input.method);
    methodCheck.done();
    const { method } = input;
    const plan = planOf(method, before.status);
    const status = planStatus(before.status, plan.events);

    const v = new Validator();
    const ends = ENDING_METHODS.includes(method);
    if (isInvestigating(method)) v.required('deadline', CLUE_FIELDS.deadline, input.deadline);
    if (ends && input.deadline != null) {
      v.add(
        'deadline',
        'NOT_APPLICABLE',
        messages.clues.methodEndsCaseNoDeadline({ method, deadlineField: CLUE_FIELDS.deadline }),
      );
    }
    checkDeadline(v, input.deadline, before.receivedDate);
    checkEnum(v, 'outcome', CLUE_FIELDS.outcome, ClueOutcome, input.outcome);
    for (const field of ['outcome', 'sanctions'] as const) {
      if (!ends && input[field] != null) {
        v.add(
          field,
          'NOT_APPLICABLE',
          messages.clues.givenWhenCaseConcludedFiled({ label: CLUE_FIELDS[field] }),
        );
      }
    }
    v.maxLength('sanctions', CLUE_FIELDS.sanctions, input.sanctions, SANCTIONS_MAX);
    v.maxLength('note', CLUE_FIELDS.note, input.note, NOTE_MAX);
    v.done();

    const outcome = ends ? (input.outcome ?? null) : before.outcome;
    const deadline = ends ? before.deadline : (input.deadline ?? null);
    const note = trimmedOrNull(input.note);
    const history: HistoryEntry[] = [];
    if (plan.events.length === 2) {
      // From ROUTED: the disposal starts, then ends, both through the lifecycle and both on record.
      history.push({
        action: 'DISPOSE',
        fromStatus: before.status,
        toStatus: 'IN_DISPOSAL',
        disposalMethod: method,
      });
    }
    history.push({
      action: plan.action,
      fromStatus: plan.events.length === 2 ? 'IN_DISPOSAL' : before.status,
      toStatus: status,
      disposalMethod: method,
      deadline,
      outcome: ends ? outcome : null,
      note,
    });
    return writeClueCase(
      ctx,
      before,
      input.version,
      {
        status,
        disposalMethod: method,
        deadline,
        outcome,
        sanctions: ends ? trimmedOrNull(input.sanctions) : before.sanctions,
      },
      history,
    );
  },
);

function planOf(
  method: DisposalMethod,
  from: ClueStatus,
): { events: ClueEvent[]; action: ClueHistoryAction } {
  switch (method) {
    case 'TALK_OR_LETTER_INQUIRY':
    case 'PRELIMINARY_VERIFICATION':
      // Under way already: a change of method (e.g. from inquiry to verification) or of deadline.
      return { events: from === 'IN_DISPOSAL' ? [] : ['START_DISPOSAL'], action: 'DISPOSE' };
    case 'SHELVE_PENDING':
      return { events: ['SHELVE'], action: 'SHELVE' };
    case 'CLOSE_WITHOUT_ACTION':
      return {
        events: from === 'ROUTED' ? ['START_DISPOSAL', 'CONCLUDE'] : ['CONCLUDE'],
        action: 'CONCLUDE',
      };
    case 'FILE_CASE':
      return {
        events: from === 'ROUTED' ? ['START_DISPOSAL', 'FILE_CASE'] : ['FILE_CASE'],
        action: 'FILE_CASE',
      };
  }
}
