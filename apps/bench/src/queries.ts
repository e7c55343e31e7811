// The two GraphQL requests of issue 8, as a client would send them.

/** The page size of both queries. */
export const PAGE = 50;

/** Q1, as OFFICE: the ledger page. */
export const Q1 = `query LedgerPage {
  issues(first: ${PAGE}, orderBy: { field: CODE }) {
    nodes {
      id code title
      tasks {
        id ordinal measure status deadline
        leadUnit { name }
        leader { name post }
        latestProgress { percent reportedAt }
      }
    }
  }
}`;

/** Q2, as a UNIT: its overdue tasks; its scope restricts the list to its own. */
export const Q2 = `query OverdueTasks {
  tasks(filter: { overdue: true }, orderBy: { field: DEADLINE, direction: ASC }, first: ${PAGE}) {
    totalCount
    nodes { id ordinal measure status deadline issue { code title } }
  }
}`;
