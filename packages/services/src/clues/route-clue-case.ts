import type { ClueCaseRow } from '@rectify/db';
import type { IsoDate } from '@rectify/domain';
import { Validator } from '../kernel/validate.js';
import { assertVersion } from '../kernel/versioned.js';
import { checkUnit } from '../organisation/references.js';
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

export interface RouteClueCaseInput {
  id: number;
  version: number;
  /** 归口: the body responsible for disposing of the case. */
  routedToUnitId: number;
  /** 办理时限; omitted keeps the case's deadline. */
  deadline?: IsoDate | null;
  note?: string | null;
}

/** 归口处置: routes a received case to the responsible body, or re-routes a routed one. */
export const routeClueCase = defineClueUseCase(
  'clueCase.write',
  async (ctx, input: RouteClueCaseInput): Promise<ClueCaseRow> => {
    const { tx } = ctx;
    const before = await loadClueCase(tx, input.id);
    assertVersion(before, input.version, CLUE_LABEL);
    await refuseIfDuplicate(tx, before);
    const status = planStatus(before.status, ['ROUTE']);
    const v = new Validator().required('routedToUnitId', CLUE_FIELDS.routedToUnitId, input.routedToUnitId);
    await checkUnit(tx, v, 'routedToUnitId', input.routedToUnitId);
    checkDeadline(v, input.deadline, before.receivedDate);
    v.maxLength('note', CLUE_FIELDS.note, input.note, NOTE_MAX);
    v.done();
    const deadline = input.deadline === undefined ? before.deadline : input.deadline;
    return writeClueCase(
      ctx,
      before,
      input.version,
      { status, routedToUnitId: input.routedToUnitId, deadline },
      [{ action: 'ROUTE', unitId: input.routedToUnitId, deadline, note: trimmedOrNull(input.note) }],
    );
  },
);
