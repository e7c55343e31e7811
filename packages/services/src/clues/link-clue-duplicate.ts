import { type ClueCaseRow, clueCases } from '@rectify/db';
import { eq } from 'drizzle-orm';
import { invalidTransition } from '../kernel/errors.js';
import { Validator } from '../kernel/validate.js';
import { assertVersion } from '../kernel/versioned.js';
import { messages } from '../messages/index.js';
import { settleToDos } from '../notifications/settle-to-dos.js';
import { addMissing } from '../organisation/references.js';
import { CLUE_FIELDS, CLUE_LABEL } from './clue-labels.js';
import {
  defineClueUseCase,
  loadClueCase,
  NOTE_MAX,
  serialOf,
  trimmedOrNull,
  writeClueCase,
} from './clue-rules.js';

export interface LinkClueDuplicateInput {
  id: number;
  version: number;
  /** The first intake of the same clue (a duplicate given here stands for its own first intake). */
  duplicateOfId: number;
  note?: string | null;
}

/**
 * Links a case the intake did not recognise as a duplicate to the first intake of the same clue: the operator
 * decides, so the link is confirmed at once. The case is then no longer counted.
 */
export const linkClueDuplicate = defineClueUseCase(
  'clueCase.write',
  async (ctx, input: LinkClueDuplicateInput): Promise<ClueCaseRow> => {
    const { tx } = ctx;
    const before = await loadClueCase(tx, input.id);
    assertVersion(before, input.version, CLUE_LABEL);
    if (before.duplicateOfId != null) {
      const first = await serialOf(tx, before.duplicateOfId);
      throw invalidTransition(messages.clues.caseAlreadyLinkedDuplicateUndo({ first }), 'duplicateOfId');
    }
    const v = new Validator().required('duplicateOfId', CLUE_FIELDS.duplicateOfId, input.duplicateOfId);
    v.maxLength('note', CLUE_FIELDS.note, input.note, NOTE_MAX);
    const [target] = await tx.select().from(clueCases).where(eq(clueCases.id, input.duplicateOfId));
    if (!target) addMissing(v, 'duplicateOfId', CLUE_FIELDS.duplicateOfId, input.duplicateOfId);
    const firstId = target?.duplicateOfId ?? target?.id;
    if (firstId === before.id) {
      v.add('duplicateOfId', 'SELF', messages.clues.caseCannotDuplicateItself);
    }
    const linkedToIt = await tx.$count(clueCases, eq(clueCases.duplicateOfId, before.id));
    if (linkedToIt > 0) {
      v.add('id', 'HAS_DUPLICATES', messages.clues.caseSLinkedOneDuplicates({ linkedToIt }));
    }
    v.done();
    // The owners asked to review the match at intake have their answer.
    await settleToDos(tx, ctx.now(), 'clueCase', before.id);
    return writeClueCase(ctx, before, input.version, { duplicateOfId: firstId! }, [
      { action: 'DUPLICATE_CONFIRMED', relatedClueCaseId: firstId!, note: trimmedOrNull(input.note) },
    ]);
  },
);
