import type { ClueKind, ClueSource } from '@rectify/domain';
import { DISCLOSURE_FIELDS } from './clue-resources.js';
import { graphql } from './graphql-client.js';

// Clue data that is one record rather than a list — the figures, my disclosure queue, the handlers — read through
// the data provider's getOne so that react-admin caches and refreshes them like any record.

interface ClueRate {
  part: number;
  whole: number;
  percent: string;
}

export interface ClueCounts {
  received: number;
  concluded: number;
  caseFiled: number;
  substantiated: number;
  underWay: number;
  duplicates: number;
  completionRate: ClueRate;
  caseFilingRate: ClueRate;
  substantiationRate: ClueRate;
}

export interface ClueFigures {
  total: ClueCounts;
  bySource: (ClueCounts & { source: ClueSource })[];
  byKind: (ClueCounts & { kind: ClueKind })[];
  bySourceAndKind: (ClueCounts & { source: ClueSource; kind: ClueKind })[];
  byBody: (ClueCounts & { unitId: number | null; unitName: string | null })[];
}

const RATE = 'part whole percent';
const COUNTS = `received concluded caseFiled substantiated underWay duplicates completionRate { ${RATE} }
  caseFilingRate { ${RATE} } substantiationRate { ${RATE} }`;

const FIGURES = `query ClueFigures($filter: ClueFiguresFilter) { clueFigures(filter: $filter) {
  total { ${COUNTS} } bySource { source ${COUNTS} } byKind { kind ${COUNTS} }
  bySourceAndKind { source kind ${COUNTS} } byBody { unitId unitName ${COUNTS} }
} }`;

const QUEUE = `query Queue { clueDisclosureRequests(filter: { awaitingMyDecision: true }, first: 100) {
  totalCount nodes { ${DISCLOSURE_FIELDS} clueCase { id serial summary } }
} }`;

const HANDLERS = '{ clueHandlers { id displayName } }';

type Loader = (id: string) => Promise<Record<string, unknown>>;

/** getOne of these resources; the id names the variant (an inspection for the figures, 0 for all). */
export const CLUE_RECORDS: Record<string, Loader> = {
  async clueFigures(id) {
    const inspectionId = Number(id) || null;
    const filter = inspectionId ? { inspectionId } : null;
    const data = await graphql<{ clueFigures: ClueFigures }>(FIGURES, { filter });
    return { id, ...data.clueFigures };
  },
  async clueDisclosureQueue(id) {
    const data = await graphql<{ clueDisclosureRequests: { nodes: unknown[]; totalCount: number } }>(QUEUE);
    return { id, ...data.clueDisclosureRequests };
  },
  async clueHandlers(id) {
    const data = await graphql<{ clueHandlers: { id: number; displayName: string }[] }>(HANDLERS);
    return { id, handlers: data.clueHandlers };
  },
};
