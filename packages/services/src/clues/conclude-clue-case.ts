import type { ClueCaseRow } from '@rectify/db';
import { ClueOutcome } from '@rectify/domain';
import { Validator } from '../kernel/validate.js';
import { assertVersion } from '../kernel/versioned.js';
import { checkEnum } from '../ledger/ledger-rules.js';
import { CLUE_FIELDS, CLUE_LABEL } from './clue-labels.js';
import {
  defineClueUseCase,
  loadClueCase,
  NOTE_MAX,
  planStatus,
  refuseIfDuplicate,
  SANCTIONS_MAX,
  trimmedOrNull,
  writeClueCase,
} from './clue-rules.js';

export interface ConcludeClueCaseInput {
  id: number;
  version: number;
  /** 核查结论: substantiated, partly substantiated or unsubstantiated. */
  outcome: ClueOutcome;
  /** 处理处分情况, e.g. 诫勉谈话; none when nothing was imposed. */
  sanctions?: string | null;
  note?: string | null;
}

/** 办结: concludes an inquiry or a verification with its outcome and sanctions. */
export const concludeClueCase = defineClueUseCase(
  'clueCase.write',
  async (ctx, input: ConcludeClueCaseInput): Promise<ClueCaseRow> => {
    const { tx } = ctx;
    const before = await loadClueCase(tx, input.id);
    assertVersion(before, input.version, CLUE_LABEL);
    await refuseIfDuplicate(tx, before);
    const status = planStatus(before.status, ['CONCLUDE']);
    const v = new Validator().required('outcome', CLUE_FIELDS.outcome, input.outcome);
    checkEnum(v, 'outcome', CLUE_FIELDS.outcome, ClueOutcome, input.outcome);
    v.maxLength('sanctions', CLUE_FIELDS.sanctions, input.sanctions, SANCTIONS_MAX);
    v.maxLength('note', CLUE_FIELDS.note, input.note, NOTE_MAX);
    v.done();
    return writeClueCase(
      ctx,
      before,
      input.version,
      { status, outcome: input.outcome, sanctions: trimmedOrNull(input.sanctions) },
      [
        {
          action: 'CONCLUDE',
          disposalMethod: before.disposalMethod,
          outcome: input.outcome,
          note: trimmedOrNull(input.note),
        },
      ],
    );
  },
);
