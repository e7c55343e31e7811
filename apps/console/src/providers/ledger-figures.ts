interface Counts {
  total: number;
  closed: number;
  ongoing: number;
  overdue: number;
  closureRate: number | null;
}

export interface LedgerFigures {
  tasks: Counts;
  issues: {
    total: number;
    rectified: number;
    ongoing: number;
    notDone: number;
    rectificationRate: number | null;
  };
  byUnit: (Counts & { unit: { id: number; name: string } })[];
  byLeader: (Counts & { leader: { id: number; name: string; post: string } })[];
  deadlinesAhead: { weekStart: string; count: number }[];
}

export const LEDGER_FIGURES_QUERY = `query Figures($inspectionId: Int) {
  ledgerFigures(inspectionId: $inspectionId) {
    tasks { total closed ongoing overdue closureRate }
    issues { total rectified ongoing notDone rectificationRate }
    byUnit { unit { id name } total closed ongoing overdue closureRate }
    byLeader { leader { id name post } total closed ongoing overdue closureRate }
    deadlinesAhead { weekStart count }
  }
}`;
