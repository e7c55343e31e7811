import { OPEN_TASK_STATUSES, type WarningLevel } from '@rectify/domain';
import { graphql } from './graphql-client.js';

export interface ToDoTask {
  id: number;
  ordinal: string;
  measure: string;
  deadline: string | null;
  warning: WarningLevel;
  daysLeft: number | null;
  missingReport: boolean;
  issue: { code: string } | null;
}

interface ToDoFinding {
  id: number;
  text: string;
  responseDue: string;
  overdue: boolean;
}

export interface UnitToDos {
  /** Open tasks of the unit near or past their deadline, soonest first. */
  due: ToDoTask[];
  /** Tasks the unit leads that have no progress report for the current period. */
  reports: ToDoTask[];
  /** Findings awaiting the unit's response, soonest response date first. */
  findings: ToDoFinding[];
}

const TASK = 'id ordinal measure deadline warning daysLeft missingReport issue { code }';

/** A unit's to-dos, in one request. The API scopes every list to the unit; at most 100 of each. */
export async function unitToDos(unitId: number | null): Promise<UnitToDos> {
  const data = await graphql<{
    due: { nodes: ToDoTask[] };
    led: { nodes: ToDoTask[] };
    unitFindings: { nodes: ToDoFinding[] };
  }>(
    `query UnitToDos($open: [TaskStatus!], $unitId: Int) {
      due: tasks(first: 100, orderBy: { field: DEADLINE }, filter: { status: $open, warning: [RED, YELLOW] }) {
        nodes { ${TASK} } }
      led: tasks(first: 100, orderBy: { field: DEADLINE }, filter: { status: $open, leadUnitId: $unitId }) {
        nodes { ${TASK} } }
      unitFindings(first: 100, filter: { status: [OPEN] }) { nodes { id text responseDue overdue } }
    }`,
    { open: [...OPEN_TASK_STATUSES], unitId },
  );
  return {
    due: data.due.nodes,
    reports: data.led.nodes.filter((t) => t.missingReport),
    findings: data.unitFindings.nodes,
  };
}
