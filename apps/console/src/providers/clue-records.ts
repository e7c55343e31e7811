import { graphql, type ResultOf } from '../graphql.js';
import { ClueDisclosureFields } from './clue-resources.js';
import { request } from './graphql-client.js';

// Clue data that is one record rather than a list — the figures, my disclosure queue, the handlers — read through
// the data provider's getOne so that react-admin caches and refreshes them like any record.

// Each breakdown is its own type (no shared interface), so the counts are spelled out for each.
const CLUE_FIGURES = graphql(`
  query ClueFigures($filter: ClueFiguresFilter) {
    clueFigures(filter: $filter) {
      total {
        received concluded caseFiled substantiated underWay duplicates
        completionRate { part whole percent } caseFilingRate { part whole percent }
        substantiationRate { part whole percent }
      }
      bySource {
        source received concluded caseFiled substantiated underWay duplicates
        completionRate { part whole percent } caseFilingRate { part whole percent }
        substantiationRate { part whole percent }
      }
      byKind {
        kind received concluded caseFiled substantiated underWay duplicates
        completionRate { part whole percent } caseFilingRate { part whole percent }
        substantiationRate { part whole percent }
      }
      bySourceAndKind {
        source kind received concluded caseFiled substantiated underWay duplicates
        completionRate { part whole percent } caseFilingRate { part whole percent }
        substantiationRate { part whole percent }
      }
      byBody {
        unitId unitName received concluded caseFiled substantiated underWay duplicates
        completionRate { part whole percent } caseFilingRate { part whole percent }
        substantiationRate { part whole percent }
      }
    }
  }
`);
export type ClueFigures = ResultOf<typeof CLUE_FIGURES>['clueFigures'];
export type ClueCounts = ClueFigures['total'];

const DISCLOSURE_QUEUE = graphql(
  `query ClueDisclosureQueue {
    clueDisclosureRequests(filter: { awaitingMyDecision: true }, first: 100) {
      totalCount nodes { ...ClueDisclosure clueCase { id serial summary } }
    }
  }`,
  [ClueDisclosureFields],
);
export type ClueDisclosureQueue = ResultOf<typeof DISCLOSURE_QUEUE>['clueDisclosureRequests'];

const HANDLERS = graphql('query ClueHandlers { clueHandlers { id displayName } }');
export type ClueHandler = ResultOf<typeof HANDLERS>['clueHandlers'][number];

/** getOne of these resources; the id names the variant (an inspection for the figures, 0 for all). */
export const CLUE_RECORDS = {
  async clueFigures(id: string) {
    const inspectionId = Number(id) || null;
    const filter = inspectionId ? { inspectionId } : null;
    return { id, ...(await request(CLUE_FIGURES, { filter })).clueFigures };
  },
  async clueDisclosureQueue(id: string) {
    return { id, ...(await request(DISCLOSURE_QUEUE)).clueDisclosureRequests };
  },
  async clueHandlers(id: string) {
    return { id, handlers: (await request(HANDLERS)).clueHandlers };
  },
};

export const isClueRecord = (resource: string): resource is keyof typeof CLUE_RECORDS =>
  Object.hasOwn(CLUE_RECORDS, resource);
