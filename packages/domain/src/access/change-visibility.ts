import type { ChangeKind } from '../enums/change-feed.js';
import type { Actor } from './actor.js';
import { can } from './can.js';
import type { Permission } from './permissions.js';

/**
 * The permission that lets an actor see a kind of change (for a partner: the scope granting it). Task and
 * progress changes are further limited to the tasks in the actor's ledger scope.
 */
export const changeKindPermission = {
  TASK_STATUS_CHANGED: 'task.read',
  TASK_DEADLINE_CHANGED: 'task.read',
  PROGRESS_REPORTED: 'progress.read',
  // A partner reads the published 通报 itself only with REPORT_READ, so only that scope hears of it.
  REPORT_PUBLISHED: 'report.read',
} as const satisfies Record<ChangeKind, Permission>;

/** The permissions any one of which opens the change feed (each shows the kinds it reads). */
export const changeFeedPermissions: readonly Permission[] = [...new Set(Object.values(changeKindPermission))];

/** The kinds of change an actor may see at all. */
export function visibleChangeKinds(actor: Actor): ChangeKind[] {
  return (Object.keys(changeKindPermission) as ChangeKind[]).filter((kind) =>
    can(actor, changeKindPermission[kind]),
  );
}
