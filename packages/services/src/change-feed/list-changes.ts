import { changeEvents, queryRows, tasks } from '@rectify/db';
import { changeFeedPermissions, ledgerScopeOf, visibleChangeKinds } from '@rectify/domain';
import { sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ServiceContext } from '../kernel/context.js';
import { forbidden } from '../kernel/errors.js';
import { Validator } from '../kernel/validate.js';
import { messages } from '../messages/index.js';
import { taskScopeSql } from '../read/scope-sql.js';
import { type ChangeEventRow, type ChangeView, changeViewOf, decodeChangeCursor } from './change-view.js';

const CHANGES_PAGE_MAX = 500;

const e = alias(changeEvents, 'e');
const t = alias(tasks, 't');

export interface ChangePage {
  changes: ChangeView[];
  /** Pass it as `after` next time; the same cursor when nothing new came (never null once a page was read). */
  endCursor: string | null;
  hasNextPage: boolean;
}

/**
 * The changes the actor may see after a cursor, oldest first. A change about a task outside the actor's
 * scope, or of a kind its permissions (a partner: its scopes) do not cover, is never returned.
 */
export async function listChanges(
  ctx: ServiceContext,
  input: { after?: string | null; first?: number | null },
): Promise<ChangePage> {
  // Open to any actor that may read one kind of change: a partner with REPORT_READ alone hears of 通报s.
  const kinds = visibleChangeKinds(ctx.actor);
  if (kinds.length === 0) throw forbidden(changeFeedPermissions);
  const first = input.first ?? 100;
  const after = input.after ? decodeChangeCursor(input.after) : 0;
  new Validator()
    .check(after != null, 'after', 'INVALID', messages.changeFeed.notCursorFeed)
    .check(
      Number.isInteger(first) && first >= 1 && first <= CHANGES_PAGE_MAX,
      'first',
      'OUT_OF_RANGE',
      messages.changeFeed.firstOutOfRange({ max: CHANGES_PAGE_MAX }),
    )
    .done();
  const taskScope = taskScopeSql(ledgerScopeOf(ctx.actor), t);
  const rows = await queryRows<ChangeEventRow>(
    ctx.db,
    sql`select ${e.id}::text as id, ${e.kind}, ${e.taskId} as "taskId", ${e.inspectionId} as "inspectionId",
            ${e.payload}, ${e.at}
          from ${changeEvents} ${e} left join ${tasks} ${t} on ${t.id} = ${e.taskId}
          where ${e.id} > ${after!} and ${e.kind}::text in (${sql.join(
            kinds.map((k) => sql`${k}`),
            sql`, `,
          )})
            and (${e.taskId} is null or ${taskScope ?? sql`true`})
          order by ${e.id} limit ${first + 1}`,
  );
  const changes = rows.slice(0, first).map(changeViewOf);
  return {
    changes,
    endCursor: changes.at(-1)?.cursor ?? input.after ?? null,
    hasNextPage: rows.length > first,
  };
}
