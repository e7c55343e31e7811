import type { jobsZh } from './jobs-zh.js';

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** The words of the jobs page in English (same keys as zh). */
export const jobsEn: Shape<typeof jobsZh> = {
  resources: {
    jobs: { name: 'Background job |||| Background jobs' },
  },
  rectify: {
    jobs: {
      help: 'Background work such as the daily digest is queued and run here, once however many servers are up; a failed job is retried by itself, waiting longer each time.',
      all: 'All',
      none: 'No background jobs',
      kind: 'Job',
      state: 'State',
      attempts: 'Attempts',
      created: 'Queued',
      started: 'Started',
      completed: 'Ended',
      nextAttempt: 'Next attempt',
      error: 'Error',
      retry: 'Retry',
      retried: 'Queued again',
    },
  },
};
