import { OPEN_TASK_STATUSES } from '@rectify/domain';
import { graphql, type ResultOf } from '../graphql.js';
import { request } from './graphql-client.js';

const ToDoTaskFields = graphql(`
  fragment ToDoTask on Task { id ordinal measure deadline warning daysLeft missingReport issue { code } }
`);
export type ToDoTask = ResultOf<typeof ToDoTaskFields>;

const UNIT_TO_DOS = graphql(
  `query UnitToDos($open: [TaskStatus!], $unitId: Int) {
    due: tasks(first: 100, orderBy: { field: DEADLINE }, filter: { status: $open, warning: [RED, YELLOW] }) {
      nodes { ...ToDoTask }
    }
    led: tasks(first: 100, orderBy: { field: DEADLINE }, filter: { status: $open, leadUnitId: $unitId }) {
      nodes { ...ToDoTask }
    }
    unitFindings(first: 100, filter: { status: [OPEN] }) { nodes { id text responseDue overdue } }
  }`,
  [ToDoTaskFields],
);

/** A unit's to-dos, in one request. The API scopes every list to the unit; at most 100 of each. */
export async function unitToDos(unitId: number | null) {
  const data = await request(UNIT_TO_DOS, { open: [...OPEN_TASK_STATUSES], unitId });
  return {
    /** Open tasks of the unit near or past their deadline, soonest first. */
    due: data.due.nodes,
    /** Tasks the unit leads that have no progress report for the current period. */
    reports: data.led.nodes.filter((t) => t.missingReport),
    /** Findings awaiting the unit's response, soonest response date first. */
    findings: data.unitFindings.nodes,
  };
}
