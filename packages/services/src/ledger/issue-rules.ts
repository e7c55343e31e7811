import { type Executor, issues } from '@rectify/db';
import type { IssueKind } from '@rectify/domain';
import { and, eq, ne } from 'drizzle-orm';
import type { Validator } from '../kernel/validate.js';
import { messages } from '../messages/index.js';
import { checkLeader, checkUnit } from '../organisation/references.js';
import { ISSUE_FIELDS } from './ledger-labels.js';

const CODE_MAX = 50;
const TITLE_MAX = 1000;
const RESPONSE_MAX = 20_000;

const DEPTH = { AREA: 0, PROBLEM: 1, MANIFESTATION: 2 } as const satisfies Record<IssueKind, number>;

/**
 * Area → problem → manifestation: a child sits below its parent's level. Manifestations also nest under
 * manifestations, as printed `二(一)1.(3)` may list its own points.
 */
export function mayNestUnder(child: IssueKind, parent: IssueKind): boolean {
  return DEPTH[child] > DEPTH[parent] || (child === 'MANIFESTATION' && parent === 'MANIFESTATION');
}

/** The key that sorts the tree in document order: the parent's key and this node's zero-padded position. */
export function sortKeyOf(parentSortKey: string | null, position: number): string {
  const own = String(position).padStart(4, '0');
  return parentSortKey == null ? own : `${parentSortKey}.${own}`;
}

export interface IssueTextFields {
  code?: string | null | undefined;
  title?: string | null | undefined;
  responseText?: string | null | undefined;
  leadLeaderId?: number | null | undefined;
  leadUnitId?: number | null | undefined;
}

/**
 * The rules create-issue and update-issue share: code unique within the inspection, title, leads that exist.
 * When `creating`, code and title are required; on an edit, an undefined field keeps its value.
 */
export async function checkIssueFields(
  tx: Executor,
  v: Validator,
  fields: IssueTextFields,
  where: { inspectionId: number | null; id?: number },
): Promise<void> {
  const creating = where.id == null;
  if (creating || fields.code !== undefined) {
    v.required('code', ISSUE_FIELDS.code, fields.code).maxLength(
      'code',
      ISSUE_FIELDS.code,
      fields.code,
      CODE_MAX,
    );
    const code = fields.code?.trim();
    if (code && where.inspectionId != null) {
      const sameCode = and(eq(issues.inspectionId, where.inspectionId), eq(issues.code, code));
      const taken = await tx
        .select({ id: issues.id })
        .from(issues)
        .where(where.id == null ? sameCode : and(sameCode, ne(issues.id, where.id)));
      if (taken.length > 0) {
        v.add('code', 'TAKEN', messages.ledger.alreadyUsedInspection({ code, codeField: ISSUE_FIELDS.code }));
      }
    }
  }
  if (creating || fields.title !== undefined) {
    v.required('title', ISSUE_FIELDS.title, fields.title);
    v.maxLength('title', ISSUE_FIELDS.title, fields.title, TITLE_MAX);
  }
  v.maxLength('responseText', ISSUE_FIELDS.responseText, fields.responseText, RESPONSE_MAX);
  await checkLeader(tx, v, 'leadLeaderId', fields.leadLeaderId);
  await checkUnit(tx, v, 'leadUnitId', fields.leadUnitId);
}
