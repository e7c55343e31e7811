import { can, seesClueCases } from '@rectify/domain';
import { type SQL, sql } from 'drizzle-orm';
import type { EntityDef, ReadContext } from '../read/entities.js';
import { CLUE_LABEL, DISCLOSURE_LABEL } from './clue-labels.js';

// The read model's clue entities. Every one exists only for DISCIPLINE (seesClueCases); the identity fields
// live in an entity of their own, ClueIdentity, whose rows are only the reader's own cases — so for anyone
// else the SQL itself answers null, and the values never reach the server's memory.

export type ClueEntityName = 'ClueCase' | 'ClueIdentity' | 'ClueCaseEvent' | 'ClueDisclosureRequest';

const tracked = { createdAt: 'created_at', updatedAt: 'updated_at', version: 'version' };

const disciplineOnly = (rc: ReadContext): SQL | null => (seesClueCases(rc.actor) ? null : sql`false`);

/** The SQL twin of the domain's readsClueIdentity: the reader holds the permission and owns the case. */
export function ownsClueSql(rc: ReadContext, clueCaseId: SQL): SQL {
  const userId = rc.actor.userId;
  if (userId == null || !can(rc.actor, 'clueCase.readIdentity')) return sql`false`;
  return sql`exists (select 1 from clue_case_owners io where io.clue_case_id = ${clueCaseId} and io.user_id = ${userId})`;
}

const userName = (column: string) => (a: SQL) =>
  sql`(select u.display_name from users u where u.id = ${a}.${sql.raw(column)})`;

export const CLUE_ENTITIES: Record<ClueEntityName, EntityDef> = {
  ClueCase: {
    table: 'clue_cases',
    label: CLUE_LABEL,
    permission: 'clueCase.read',
    columns: {
      id: 'id',
      serial: 'serial',
      inspectionId: 'inspection_id',
      source: 'source',
      kind: 'kind',
      receivedDate: 'received_date',
      summary: 'summary',
      routedToUnitId: 'routed_to_unit_id',
      owningLeaderId: 'owning_leader_id',
      escalated: 'escalated',
      disposalMethod: 'disposal_method',
      status: 'status',
      outcome: 'outcome',
      sanctions: 'sanctions',
      deadline: 'deadline',
      duplicateOfId: 'duplicate_of_id',
      // A link the intake made is suspected until the operator confirms it; one the operator made is confirmed.
      duplicateState: (a) => sql`case when ${a}.duplicate_of_id is null then null else coalesce(
        (select case when e.action = 'DUPLICATE_CONFIRMED' then 'CONFIRMED' else 'SUSPECTED' end
          from clue_case_events e where e.clue_case_id = ${a}.id
          and e.action in ('DUPLICATE_LINKED', 'DUPLICATE_CONFIRMED') order by e.id desc limit 1),
        'SUSPECTED') end`,
      closedAt: (a) => sql`case when ${a}.status in ('CONCLUDED', 'CASE_FILED') then
        (select max(e.at) from clue_case_events e where e.clue_case_id = ${a}.id
          and e.action in ('CONCLUDE', 'FILE_CASE')) end`,
      ownerUserIds: (a) => sql`(select coalesce(json_agg(o.user_id order by o.user_id), '[]'::json)
        from clue_case_owners o where o.clue_case_id = ${a}.id)`,
      owners: (
        a,
      ) => sql`(select coalesce(json_agg(json_build_object('id', u.id, 'displayName', u.display_name)
        order by u.id), '[]'::json) from clue_case_owners o join users u on u.id = o.user_id
        where o.clue_case_id = ${a}.id)`,
      ...tracked,
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
      identity: { kind: 'one', target: 'ClueIdentity', localColumn: 'id' },
      inspection: { kind: 'one', target: 'Inspection', localColumn: 'inspection_id' },
      routedTo: { kind: 'one', target: 'Unit', localColumn: 'routed_to_unit_id' },
      owningLeader: { kind: 'one', target: 'Leader', localColumn: 'owning_leader_id' },
      duplicateOf: { kind: 'one', target: 'ClueCase', localColumn: 'duplicate_of_id' },
      duplicates: {
        kind: 'many',
        target: 'ClueCase',
        remoteColumn: 'duplicate_of_id',
        orderBy: 'received_date, id',
      },
      history: { kind: 'many', target: 'ClueCaseEvent', remoteColumn: 'clue_case_id', orderBy: 'at, id' },
      disclosureRequests: {
        kind: 'many',
        target: 'ClueDisclosureRequest',
        remoteColumn: 'clue_case_id',
        orderBy: 'created_at desc, id desc',
      },
    },
    scope: disciplineOnly,
  },
  ClueIdentity: {
    table: 'clue_cases',
    label: { zh: '被反映人和举报人', en: 'Subject and informant' },
    permission: 'clueCase.readIdentity',
    columns: { id: 'id', subject: 'subject', informant: 'informant' },
    relations: {},
    scope: (rc, alias) => ownsClueSql(rc, sql.raw(`${alias}.id`)),
  },
  ClueCaseEvent: {
    table: 'clue_case_events',
    label: { zh: '线索处置记录', en: 'Clue case history' },
    permission: 'clueCase.read',
    columns: {
      id: 'id',
      clueCaseId: 'clue_case_id',
      action: 'action',
      fromStatus: 'from_status',
      toStatus: 'to_status',
      disposalMethod: 'disposal_method',
      deadline: 'deadline',
      outcome: 'outcome',
      unitId: 'unit_id',
      leaderId: 'leader_id',
      relatedClueCaseId: 'related_clue_case_id',
      relatedSerial: (a) => sql`(select c.serial from clue_cases c where c.id = ${a}.related_clue_case_id)`,
      relatedUserId: 'related_user_id',
      relatedUserName: userName('related_user_id'),
      note: 'note',
      actorUserId: 'actor_user_id',
      actorName: userName('actor_user_id'),
      at: 'at',
    },
    relations: {
      unit: { kind: 'one', target: 'Unit', localColumn: 'unit_id' },
      leader: { kind: 'one', target: 'Leader', localColumn: 'leader_id' },
    },
    scope: disciplineOnly,
  },
  ClueDisclosureRequest: {
    table: 'clue_disclosure_requests',
    label: DISCLOSURE_LABEL,
    permission: 'clueCase.read',
    columns: {
      id: 'id',
      clueCaseId: 'clue_case_id',
      granteeUserId: 'grantee_user_id',
      granteeName: userName('grantee_user_id'),
      requestedById: 'requested_by_id',
      requestedByName: userName('requested_by_id'),
      reason: 'reason',
      status: 'status',
      decidedById: 'decided_by_id',
      decidedByName: userName('decided_by_id'),
      decidedAt: 'decided_at',
      decisionComment: 'decision_comment',
      ...tracked,
    },
    relations: { clueCase: { kind: 'one', target: 'ClueCase', localColumn: 'clue_case_id' } },
    scope: disciplineOnly,
  },
};
