import type { ResultOf } from '../../graphql.js';
import type {
  ClueDetailFields,
  ClueDisclosureFields,
  ClueListFields,
} from '../../providers/clue-resources.js';

type ListClue = ResultOf<typeof ClueListFields>;
type DetailClue = ResultOf<typeof ClueDetailFields>;

/** A clue case as the list and the detail read it (the detail adds the optional fields). */
export type ClueRecord = ListClue & Partial<Omit<DetailClue, keyof ListClue>>;
export type ClueHistoryEntry = DetailClue['history'][number];
export type DisclosureRecord = ResultOf<typeof ClueDisclosureFields>;
