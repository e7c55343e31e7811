import { graphql, type ResultOf } from '../graphql.js';

export const LEDGER_FIGURES = graphql(`
  query LedgerFigures($inspectionId: Int) {
    ledgerFigures(inspectionId: $inspectionId) {
      tasks { total closed ongoing overdue closureRate }
      issues { total rectified ongoing notDone rectificationRate }
      byUnit { unit { id name } total closed ongoing overdue closureRate }
      byLeader { leader { id name post } total closed ongoing overdue closureRate }
      deadlinesAhead { weekStart count }
    }
  }
`);

export type LedgerFigures = ResultOf<typeof LEDGER_FIGURES>['ledgerFigures'];
