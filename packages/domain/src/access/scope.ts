import type { Actor } from './actor.js';
import { can } from './can.js';

/**
 * Which ledger records an actor may see. The database layer turns this into a `where` clause; the
 * predicates below state the same rule for one record, so both can be tested against each other.
 */
export type LedgerScope =
  | { kind: 'all' }
  | { kind: 'unit'; unitId: number }
  | { kind: 'leader'; leaderId: number }
  | { kind: 'none' };

/** The fields of a task that decide who may see it. */
export interface TaskScopeFacts {
  leadUnitId: number | null;
  coUnitIds: readonly number[];
  leaderId: number | null;
}

export function ledgerScopeOf(actor: Actor): LedgerScope {
  if (!can(actor, 'task.read')) return { kind: 'none' };
  switch (actor.role) {
    case 'UNIT':
      return actor.unitId == null ? { kind: 'none' } : { kind: 'unit', unitId: actor.unitId };
    case 'LEADER':
      return actor.leaderId == null ? { kind: 'none' } : { kind: 'leader', leaderId: actor.leaderId };
    default:
      return { kind: 'all' };
  }
}

/** A UNIT sees tasks its unit leads or co-operates on; a LEADER the tasks they are responsible for. */
export function taskVisible(scope: LedgerScope, task: TaskScopeFacts): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'none':
      return false;
    case 'unit':
      return task.leadUnitId === scope.unitId || task.coUnitIds.includes(scope.unitId);
    case 'leader':
      return task.leaderId === scope.leaderId;
  }
}

/**
 * An issue is visible when the actor may see all, when the actor leads it, or when it (or an issue below it)
 * holds a task the actor may see — so a unit sees the branch of the tree that leads to its tasks.
 */
export function issueVisible(
  scope: LedgerScope,
  issue: { leadUnitId: number | null; leadLeaderId: number | null },
  tasksBelow: readonly TaskScopeFacts[],
): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'none') return false;
  if (scope.kind === 'unit' && issue.leadUnitId === scope.unitId) return true;
  if (scope.kind === 'leader' && issue.leadLeaderId === scope.leaderId) return true;
  return tasksBelow.some((task) => taskVisible(scope, task));
}

/** Only the lead unit acts for a task (reports, requests); co-operating units only read. */
export function actsForTaskAsUnit(actor: Actor, task: TaskScopeFacts): boolean {
  return actor.role === 'UNIT' && actor.unitId != null && task.leadUnitId === actor.unitId;
}

/** A leader reviews (endorses) only the tasks they are responsible for. */
export function leadsTask(actor: Actor, task: TaskScopeFacts): boolean {
  return actor.role === 'LEADER' && actor.leaderId != null && task.leaderId === actor.leaderId;
}

/** Clue cases exist only for DISCIPLINE; identity only for the case's owners. */
export function seesClueCases(actor: Actor): boolean {
  return can(actor, 'clueCase.read');
}

export function readsClueIdentity(actor: Actor, clue: { ownerUserIds: readonly number[] }): boolean {
  return (
    can(actor, 'clueCase.readIdentity') && actor.userId != null && clue.ownerUserIds.includes(actor.userId)
  );
}
