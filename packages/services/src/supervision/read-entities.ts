import { findings, supervisionGroups, supervisionVisits } from '@rectify/db';
import { type SQLWrapper, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { messages } from '../messages/index.js';
import { defineEntity, desc, type EntityDef, type EntityName, type Row } from '../read/registry-types.js';

// Supervision in the read model's registry. Supervisors and the office read all of it (supervision.read); a
// unit reads the findings about itself, with the visit they came from, as UnitFinding (supervision.respond).

export type SupervisionEntityName = Extract<
  EntityName,
  'SupervisionGroup' | 'SupervisionVisit' | 'Finding' | 'UnitFinding'
>;

const sv = alias(supervisionVisits, 'sv');
const sg = alias(supervisionGroups, 'sg');

const findingColumns = {
  id: findings.id,
  visitId: findings.visitId,
  taskId: findings.taskId,
  text: findings.text,
  responseDue: findings.responseDue,
  response: findings.response,
  respondedAt: findings.respondedAt,
  status: findings.status,
  createdAt: findings.createdAt,
};

/** A column of the finding's visit. */
const ofVisit = (finding: Row<typeof findings>, column: SQLWrapper) =>
  sql`(select ${column} from ${supervisionVisits} ${sv} where ${sv.id} = ${finding.visitId})`;

export const SUPERVISION_ENTITIES = {
  SupervisionGroup: defineEntity(supervisionGroups, {
    label: messages.supervision.supervisionGroup,
    permission: 'supervision.read',
    columns: {
      id: supervisionGroups.id,
      name: supervisionGroups.name,
      headName: supervisionGroups.headName,
      createdAt: supervisionGroups.createdAt,
    },
    relations: {
      visits: {
        kind: 'many',
        target: 'SupervisionVisit',
        remote: supervisionVisits.groupId,
        orderBy: [desc(supervisionVisits.visitDate), desc(supervisionVisits.id)],
      },
    },
  }),
  SupervisionVisit: defineEntity(supervisionVisits, {
    label: messages.supervision.supervisionVisit,
    permission: 'supervision.read',
    columns: {
      id: supervisionVisits.id,
      groupId: supervisionVisits.groupId,
      unitId: supervisionVisits.unitId,
      visitDate: supervisionVisits.visitDate,
      method: supervisionVisits.method,
      summary: supervisionVisits.summary,
      createdById: supervisionVisits.createdById,
      createdAt: supervisionVisits.createdAt,
    },
    relations: {
      group: { kind: 'one', target: 'SupervisionGroup', local: supervisionVisits.groupId },
      unit: { kind: 'one', target: 'Unit', local: supervisionVisits.unitId },
      findings: { kind: 'many', target: 'Finding', remote: findings.visitId, orderBy: [findings.id] },
    },
  }),
  Finding: defineEntity(findings, {
    label: messages.supervision.finding,
    permission: 'supervision.read',
    columns: findingColumns,
    needs: { overdue: ['status', 'responseDue'] },
    relations: {
      visit: { kind: 'one', target: 'SupervisionVisit', local: findings.visitId },
      task: { kind: 'one', target: 'Task', local: findings.taskId },
    },
  }),
  UnitFinding: defineEntity(findings, {
    label: messages.supervision.finding,
    permission: 'supervision.respond',
    columns: {
      ...findingColumns,
      visitDate: (row) => ofVisit(row, sv.visitDate),
      method: (row) => ofVisit(row, sv.method),
      visitSummary: (row) => ofVisit(row, sv.summary),
      groupName: (
        row,
      ) => sql`(select ${sg.name} from ${supervisionVisits} ${sv} join ${supervisionGroups} ${sg}
        on ${sg.id} = ${sv.groupId} where ${sv.id} = ${row.visitId})`,
      unitId: (row) => ofVisit(row, sv.unitId),
    },
    needs: { overdue: ['status', 'responseDue'] },
    relations: { task: { kind: 'one', target: 'Task', local: findings.taskId } },
    // Only the findings about the reader's own unit.
    scope: (rc, row) =>
      rc.actor.unitId == null
        ? sql`false`
        : sql`exists (select 1 from ${supervisionVisits} ${sv} where ${sv.id} = ${row.visitId}
            and ${sv.unitId} = ${rc.actor.unitId})`,
  }),
} satisfies Record<SupervisionEntityName, EntityDef>;
