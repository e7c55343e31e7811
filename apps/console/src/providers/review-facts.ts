import type { ReviewStep } from '@rectify/domain';
import { EVIDENCE_FIELDS, type EvidenceRecord } from './files.js';
import { graphql } from './graphql-client.js';
import type { RequestKind } from './workflow-api.js';

/**
 * What a reviewer reads before deciding: the request, its task, the progress reported since this step last
 * reviewed the task, and the task's evidence. One read of the request; a request whose task is outside the
 * caller's scope reads as null (not found), as the API answers it.
 */

interface ProgressFact {
  id: number;
  period: string;
  text: string;
  percent: number;
  reportedAt: string;
  unit: { name: string } | null;
}

interface Decided {
  step: ReviewStep;
  decidedAt: string;
}

interface FactsTask {
  id: number;
  ordinal: string;
  measure: string;
  target: string | null;
  deadline: string | null;
  issue: { code: string; title: string } | null;
  leader: { name: string } | null;
  leadUnit: { name: string } | null;
  progressReports: ProgressFact[];
  evidence: EvidenceRecord[];
  closureRequests: { reviews: Decided[] }[];
  extensionRequests: { reviews: Decided[] }[];
}

interface FactsRequest {
  statement?: string;
  reason?: string;
  currentDeadline?: string | null;
  proposedDeadline?: string;
  task: FactsTask | null;
}

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

const REVIEWS = 'reviews { step decidedAt }';
const TASK = `task { id ordinal measure target deadline issue { code title } leader { name } leadUnit { name }
  progressReports { id period text percent reportedAt unit { name } } evidence { ${EVIDENCE_FIELDS} }
  closureRequests { ${REVIEWS} } extensionRequests { ${REVIEWS} } }`;

const QUERIES: Record<RequestKind, string> = {
  closure: `query ClosureReviewFacts($id: Int!) { request: closureRequest(id: $id) { statement ${TASK} } }`,
  extension: `query ExtensionReviewFacts($id: Int!) {
    request: extensionRequest(id: $id) { reason currentDeadline proposedDeadline ${TASK} }
  }`,
};

/** The latest decision this step made on the task; progress after it is what the reviewer has not yet seen. */
function lastReviewAt(
  task: Pick<FactsTask, 'closureRequests' | 'extensionRequests'>,
  step: ReviewStep,
) {
  const times = [...task.closureRequests, ...task.extensionRequests]
    .flatMap((r) => r.reviews)
    .filter((r) => r.step === step)
    .map((r) => r.decidedAt);
  return times.length > 0 ? times.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a)) : null;
}

export async function reviewFacts(
  kind: RequestKind,
  id: number,
  step: ReviewStep,
): Promise<ReviewFacts | null> {
  const { request } = await graphql<{ request: FactsRequest | null }>(QUERIES[kind], { id });
  if (!request?.task) return null;
  const { progressReports, closureRequests, extensionRequests, ...task } = request.task;
  const lastReviewedAt = lastReviewAt({ closureRequests, extensionRequests }, step);
  const since = lastReviewedAt ? Date.parse(lastReviewedAt) : Number.NEGATIVE_INFINITY;
  return {
    task,
    statement: (kind === 'closure' ? request.statement : request.reason) ?? '',
    deadlines:
      kind === 'extension' ? { from: request.currentDeadline ?? null, to: request.proposedDeadline! } : null,
    lastReviewedAt,
    progress: progressReports.filter((r) => Date.parse(r.reportedAt) > since),
  };
}
