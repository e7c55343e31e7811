import { clueCaseEvents, clueCaseOwners, clueCases, clueDisclosureRequests, users } from '@rectify/db';
import { can, seesClueCases } from '@rectify/domain';
import { type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { messages } from '../messages/index.js';
import {
  defineEntity,
  desc,
  type EntityDef,
  type EntityName,
  type ReadContext,
  tracked,
} from '../read/registry-types.js';
import { CLUE_LABEL, DISCLOSURE_LABEL } from './clue-labels.js';

// The read model's clue entities. Every one exists only for DISCIPLINE (seesClueCases); the identity fields
// live in an entity of their own, ClueIdentity, whose rows are only the reader's own cases — so for anyone
// else the SQL itself answers null, and the values never reach the server's memory. No entity outside this
// file has a relation to a clue entity (clue-read.ts relies on it).

export type ClueEntityName = Extract<
  EntityName,
  'ClueCase' | 'ClueIdentity' | 'ClueCaseEvent' | 'ClueDisclosureRequest'
>;

const disciplineOnly = (rc: ReadContext): SQL | null => (seesClueCases(rc.actor) ? null : sql`false`);

const io = alias(clueCaseOwners, 'io');
const o = alias(clueCaseOwners, 'o');
const e = alias(clueCaseEvents, 'e');
const c = alias(clueCases, 'c');
const u = alias(users, 'u');

/** The SQL twin of the domain's readsClueIdentity: the reader holds the permission and owns the case. */
export function ownsClueSql(rc: ReadContext, clueCaseId: SQLWrapper): SQL {
  const userId = rc.actor.userId;
  if (userId == null || !can(rc.actor, 'clueCase.readIdentity')) return sql`false`;
  return sql`exists (select 1 from ${clueCaseOwners} ${io} where ${io.clueCaseId} = ${clueCaseId} and ${io.userId} = ${userId})`;
}

const userName = (userId: SQLWrapper) =>
  sql`(select ${u.displayName} from ${users} ${u} where ${u.id} = ${userId})`;

export const CLUE_ENTITIES = {
  ClueCase: defineEntity(clueCases, {
    label: CLUE_LABEL,
    permission: 'clueCase.read',
    columns: {
      id: clueCases.id,
      serial: clueCases.serial,
      inspectionId: clueCases.inspectionId,
      source: clueCases.source,
      kind: clueCases.kind,
      receivedDate: clueCases.receivedDate,
      summary: clueCases.summary,
      routedToUnitId: clueCases.routedToUnitId,
      owningLeaderId: clueCases.owningLeaderId,
      escalated: clueCases.escalated,
      disposalMethod: clueCases.disposalMethod,
      status: clueCases.status,
      outcome: clueCases.outcome,
      sanctions: clueCases.sanctions,
      deadline: clueCases.deadline,
      duplicateOfId: clueCases.duplicateOfId,
      // A link the intake made is suspected until the operator confirms it; one the operator made is confirmed.
      duplicateState: (row) => sql`case when ${row.duplicateOfId} is null then null else coalesce(
        (select case when ${e.action} = 'DUPLICATE_CONFIRMED' then 'CONFIRMED' else 'SUSPECTED' end
          from ${clueCaseEvents} ${e} where ${e.clueCaseId} = ${row.id}
          and ${e.action} in ('DUPLICATE_LINKED', 'DUPLICATE_CONFIRMED') order by ${e.id} desc limit 1),
        'SUSPECTED') end`,
      closedAt: (row) => sql`case when ${row.status} in ('CONCLUDED', 'CASE_FILED') then
        (select max(${e.at}) from ${clueCaseEvents} ${e} where ${e.clueCaseId} = ${row.id}
          and ${e.action} in ('CONCLUDE', 'FILE_CASE')) end`,
      ownerUserIds: (row) => sql`(select coalesce(json_agg(${o.userId} order by ${o.userId}), '[]'::json)
        from ${clueCaseOwners} ${o} where ${o.clueCaseId} = ${row.id})`,
      owners: (
        row,
      ) => sql`(select coalesce(json_agg(json_build_object('id', ${u.id}, 'displayName', ${u.displayName})
        order by ${u.id}), '[]'::json) from ${clueCaseOwners} ${o} join ${users} ${u} on ${u.id} = ${o.userId}
        where ${o.clueCaseId} = ${row.id})`,
      ...tracked(clueCases),
    },
    needs: {
      warning: ['status', 'deadline', 'duplicateOfId'],
      overdue: ['status', 'deadline', 'duplicateOfId'],
      daysLeft: ['status', 'deadline', 'duplicateOfId'],
      ownedByMe: ['ownerUserIds'],
      allowedEvents: ['status', 'duplicateOfId'],
    },
    relations: {
      /** Subject and informant: a row only for the reader's own cases (see ClueIdentity). */
      identity: { kind: 'one', target: 'ClueIdentity', local: clueCases.id },
      inspection: { kind: 'one', target: 'Inspection', local: clueCases.inspectionId },
      routedTo: { kind: 'one', target: 'Unit', local: clueCases.routedToUnitId },
      owningLeader: { kind: 'one', target: 'Leader', local: clueCases.owningLeaderId },
      duplicateOf: { kind: 'one', target: 'ClueCase', local: clueCases.duplicateOfId },
      duplicates: {
        kind: 'many',
        target: 'ClueCase',
        remote: clueCases.duplicateOfId,
        orderBy: [clueCases.receivedDate, clueCases.id],
      },
      history: {
        kind: 'many',
        target: 'ClueCaseEvent',
        remote: clueCaseEvents.clueCaseId,
        orderBy: [clueCaseEvents.at, clueCaseEvents.id],
      },
      disclosureRequests: {
        kind: 'many',
        target: 'ClueDisclosureRequest',
        remote: clueDisclosureRequests.clueCaseId,
        orderBy: [desc(clueDisclosureRequests.createdAt), desc(clueDisclosureRequests.id)],
      },
    },
    scope: disciplineOnly,
  }),
  ClueIdentity: defineEntity(clueCases, {
    label: messages.clues.subjectInformant,
    permission: 'clueCase.readIdentity',
    columns: { id: clueCases.id, subject: clueCases.subject, informant: clueCases.informant },
    relations: {},
    scope: (rc, row) => ownsClueSql(rc, row.id),
  }),
  ClueCaseEvent: defineEntity(clueCaseEvents, {
    label: messages.clues.clueCaseHistory,
    permission: 'clueCase.read',
    columns: {
      id: clueCaseEvents.id,
      clueCaseId: clueCaseEvents.clueCaseId,
      action: clueCaseEvents.action,
      fromStatus: clueCaseEvents.fromStatus,
      toStatus: clueCaseEvents.toStatus,
      disposalMethod: clueCaseEvents.disposalMethod,
      deadline: clueCaseEvents.deadline,
      outcome: clueCaseEvents.outcome,
      unitId: clueCaseEvents.unitId,
      leaderId: clueCaseEvents.leaderId,
      relatedClueCaseId: clueCaseEvents.relatedClueCaseId,
      relatedSerial: (row) =>
        sql`(select ${c.serial} from ${clueCases} ${c} where ${c.id} = ${row.relatedClueCaseId})`,
      relatedUserId: clueCaseEvents.relatedUserId,
      relatedUserName: (row) => userName(row.relatedUserId),
      note: clueCaseEvents.note,
      actorUserId: clueCaseEvents.actorUserId,
      actorName: (row) => userName(row.actorUserId),
      at: clueCaseEvents.at,
    },
    relations: {
      unit: { kind: 'one', target: 'Unit', local: clueCaseEvents.unitId },
      leader: { kind: 'one', target: 'Leader', local: clueCaseEvents.leaderId },
    },
    scope: disciplineOnly,
  }),
  ClueDisclosureRequest: defineEntity(clueDisclosureRequests, {
    label: DISCLOSURE_LABEL,
    permission: 'clueCase.read',
    columns: {
      id: clueDisclosureRequests.id,
      clueCaseId: clueDisclosureRequests.clueCaseId,
      granteeUserId: clueDisclosureRequests.granteeUserId,
      granteeName: (row) => userName(row.granteeUserId),
      requestedById: clueDisclosureRequests.requestedById,
      requestedByName: (row) => userName(row.requestedById),
      reason: clueDisclosureRequests.reason,
      status: clueDisclosureRequests.status,
      decidedById: clueDisclosureRequests.decidedById,
      decidedByName: (row) => userName(row.decidedById),
      decidedAt: clueDisclosureRequests.decidedAt,
      decisionComment: clueDisclosureRequests.decisionComment,
      ...tracked(clueDisclosureRequests),
    },
    relations: { clueCase: { kind: 'one', target: 'ClueCase', local: clueDisclosureRequests.clueCaseId } },
    scope: disciplineOnly,
  }),
} satisfies Record<ClueEntityName, EntityDef>;
