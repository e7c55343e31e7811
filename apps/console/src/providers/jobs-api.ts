import type { JobKind, JobState } from '@rectify/domain';
import { graphql, mutate } from './graphql-client.js';
import type { UserError } from './user-errors.js';

/** A background job as the jobs page shows it. */
export interface Job {
  id: string;
  kind: JobKind;
  state: JobState;
  attempts: number;
  retryLimit: number;
  createdAt: string;
  startAfter: string;
  startedAt: string | null;
  completedAt: string | null;
  error: string | null;
}

const JOB_FIELDS = 'id kind state attempts retryLimit createdAt startAfter startedAt completedAt error';

/** The newest jobs, all or in one state. */
export const listJobs = async (state: JobState | null) =>
  (
    await graphql<{ jobs: Job[] }>(`query Jobs($state: JobState) { jobs(state: $state) { ${JOB_FIELDS} } }`, {
      state,
    })
  ).jobs;

/** One more attempt for a job that failed for good. */
export const retryJob = (id: string) =>
  mutate<{ job: Job | null; errors: UserError[] }>(
    `mutation RetryJob($id: String!) { retryJob(id: $id) { job { ${JOB_FIELDS} } errors { field code message } } }`,
    { id },
    'retryJob',
  );
