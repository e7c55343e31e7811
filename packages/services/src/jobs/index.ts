export * from './job-definitions.js';
export * from './job-queue.js';
export * from './list-jobs.js';
export * from './retry-job.js';
