import type { JobState } from '@rectify/domain';
import { graphql, type ResultOf } from '../graphql.js';
import { mutate, request } from './graphql-client.js';

const JOB = graphql(`
  fragment JobFields on Job {
    id kind state attempts retryLimit createdAt startAfter startedAt completedAt error
  }
`);

/** A background job as the jobs page shows it. */
export type Job = ResultOf<typeof JOB>;

const JOBS = graphql(`query Jobs($state: JobState) { jobs(state: $state) { ...JobFields } }`, [JOB]);

const RETRY_JOB = graphql(
  `mutation RetryJob($id: String!) {
    retryJob(id: $id) { job { ...JobFields } errors { field code message } }
  }`,
  [JOB],
);

/** The newest jobs, all or in one state. */
export const listJobs = async (state: JobState | null) => (await request(JOBS, { state })).jobs;

/** One more attempt for a job that failed for good. */
export const retryJob = (id: string) => mutate(RETRY_JOB, { id });
