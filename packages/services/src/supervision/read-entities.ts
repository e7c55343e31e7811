import { sql } from 'drizzle-orm';
import type { EntityDef } from '../read/entities.js';

// Supervision in the read model's registry. Supervisors and the office read all of it (supervision.read); a
// unit reads the findings about itself, with the visit they came from, as UnitFinding (supervision.respond).

export type SupervisionEntityName = 'SupervisionGroup' | 'SupervisionVisit' | 'Finding' | 'UnitFinding';

const findingColumns = {
  id: 'id',
  visitId: 'visit_id',
  taskId: 'task_id',
  text: 'text',
  responseDue: 'response_due',
  response: 'response',
  respondedAt: 'responded_at',
  status: 'status',
  createdAt: 'created_at',
};

export const SUPERVISION_ENTITIES: Record<SupervisionEntityName, EntityDef> = {
  SupervisionGroup: {
    table: 'supervision_groups',
    label: { zh: '督查组', en: 'Supervision group' },
    permission: 'supervision.read',
    columns: { id: 'id', name: 'name', headName: 'head_name', createdAt: 'created_at' },
    relations: {
      visits: {
        kind: 'many',
        target: 'SupervisionVisit',
        remoteColumn: 'group_id',
        orderBy: 'visit_date desc, id desc',
      },
    },
  },
  SupervisionVisit: {
    table: 'supervision_visits',
    label: { zh: '督查', en: 'Supervision visit' },
    permission: 'supervision.read',
    columns: {
      id: 'id',
      groupId: 'group_id',
      unitId: 'unit_id',
      visitDate: 'visit_date',
      method: 'method',
      summary: 'summary',
      createdById: 'created_by_id',
      createdAt: 'created_at',
    },
    relations: {
      group: { kind: 'one', target: 'SupervisionGroup', localColumn: 'group_id' },
      unit: { kind: 'one', target: 'Unit', localColumn: 'unit_id' },
      findings: { kind: 'many', target: 'Finding', remoteColumn: 'visit_id', orderBy: 'id' },
    },
  },
  Finding: {
    table: 'findings',
    label: { zh: '督查发现问题', en: 'Finding' },
    permission: 'supervision.read',
    columns: findingColumns,
    needs: { overdue: ['status', 'responseDue'] },
    relations: {
      visit: { kind: 'one', target: 'SupervisionVisit', localColumn: 'visit_id' },
      task: { kind: 'one', target: 'Task', localColumn: 'task_id' },
    },
  },
  UnitFinding: {
    table: 'findings',
    label: { zh: '督查发现问题', en: 'Finding' },
    permission: 'supervision.respond',
    columns: {
      ...findingColumns,
      visitDate: (a) => sql`(select sv.visit_date from supervision_visits sv where sv.id = ${a}.visit_id)`,
      method: (a) => sql`(select sv.method from supervision_visits sv where sv.id = ${a}.visit_id)`,
      visitSummary: (a) => sql`(select sv.summary from supervision_visits sv where sv.id = ${a}.visit_id)`,
      groupName: (a) => sql`(select sg.name from supervision_visits sv join supervision_groups sg
        on sg.id = sv.group_id where sv.id = ${a}.visit_id)`,
      unitId: (a) => sql`(select sv.unit_id from supervision_visits sv where sv.id = ${a}.visit_id)`,
    },
    needs: { overdue: ['status', 'responseDue'] },
    relations: { task: { kind: 'one', target: 'Task', localColumn: 'task_id' } },
    // Only the findings about the reader's own unit.
    scope: (rc, alias) =>
      rc.actor.unitId == null
        ? sql`false`
        : sql`exists (select 1 from supervision_visits sv where sv.id = ${sql.raw(alias)}.visit_id
            and sv.unit_id = ${rc.actor.unitId})`,
  },
};
