import type { ReviewStep } from '@rectify/domain';
import { graphql, type ResultOf } from '../graphql.js';
import { EvidenceFields } from './files.js';
import { request } from './graphql-client.js';
import type { RequestKind } from './workflow-api.js';

/**
 * What a reviewer reads before deciding: the request, its task, the progress reported since this step last
 * reviewed the task, and the task's evidence. One read of the request; a request whose task is outside the
 * caller's scope reads as null (not found), as the API answers it.
 */

const FACTS_TASK = graphql(
  `fragment ReviewFactsTask on Task {
    id ordinal measure target deadline issue { code title } leader { name } leadUnit { name }
    progressReports { id period text percent reportedAt unit { name } }
    evidence { ...Evidence }
    closureRequests { reviews { step decidedAt } }
    extensionRequests { reviews { step decidedAt } }
  }`,
  [EvidenceFields],
);

const CLOSURE_FACTS = graphql(
  `query ClosureReviewFacts($id: Int!) {
    request: closureRequest(id: $id) { statement task { ...ReviewFactsTask } }
  }`,
  [FACTS_TASK],
);

const EXTENSION_FACTS = graphql(
  `query ExtensionReviewFacts($id: Int!) {
    request: extensionRequest(id: $id) { reason currentDeadline proposedDeadline task { ...ReviewFactsTask } }
  }`,
  [FACTS_TASK],
);

type FactsTask = ResultOf<typeof FACTS_TASK>;
type ProgressFact = FactsTask['progressReports'][number];

export interface ReviewFacts {
  task: Omit<FactsTask, 'progressReports' | 'closureRequests' | 'extensionRequests'>;
  /** The closure's statement, or the extension's reason. */
  statement: string;
  /** An extension's deadline move. */
  deadlines: { from: string | null; to: string } | null;
  /** When this step last decided on any request of the task; null: never. */
  lastReviewedAt: string | null;
  /** Progress reported after lastReviewedAt (all of it when never reviewed), newest first. */
  progress: ProgressFact[];
}

/** The latest decision this step made on the task; progress after it is what the reviewer has not yet seen. */
function lastReviewAt(task: Pick<FactsTask, 'closureRequests' | 'extensionRequests'>, step: ReviewStep) {
  const times = [...task.closureRequests, ...task.extensionRequests]
    .flatMap((r) => r.reviews)
    .filter((r) => r.step === step)
    .map((r) => r.decidedAt);
  return times.length > 0 ? times.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a)) : null;
}

/** The request's statement (or reason and deadlines) and its task, as the API answers them; null: not found. */
async function readRequest(kind: RequestKind, id: number) {
  if (kind === 'closure') {
    const { request: found } = await request(CLOSURE_FACTS, { id });
    return found && { statement: found.statement, deadlines: null, task: found.task };
  }
  const { request: found } = await request(EXTENSION_FACTS, { id });
  return (
    found && {
      statement: found.reason,
      deadlines: { from: found.currentDeadline ?? null, to: found.proposedDeadline },
      task: found.task,
    }
  );
}

export async function reviewFacts(
  kind: RequestKind,
  id: number,
  step: ReviewStep,
): Promise<ReviewFacts | null> {
  const found = await readRequest(kind, id);
  if (!found?.task) return null;
  const { progressReports, closureRequests, extensionRequests, ...task } = found.task;
  const lastReviewedAt = lastReviewAt({ closureRequests, extensionRequests }, step);
  const since = lastReviewedAt ? Date.parse(lastReviewedAt) : Number.NEGATIVE_INFINITY;
  return {
    task,
    statement: found.statement ?? '',
    deadlines: found.deadlines,
    lastReviewedAt,
    progress: progressReports.filter((r) => Date.parse(r.reportedAt) > since),
  };
}
