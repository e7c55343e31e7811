import { recordAudit } from '../kernel/audit.js';
import { authorize } from '../kernel/authorize.js';
import type { ServiceContext } from '../kernel/context.js';
import { invalidTransition, notFound } from '../kernel/errors.js';
import { messages } from '../messages/index.js';
import type { JobQueue } from './job-queue.js';
import { type JobView, listJobs } from './list-jobs.js';

const JOB = messages.jobs.job;

/** 重试: gives a job that failed for good one more attempt (it is queued again at once). */
export async function retryJob(
  ctx: ServiceContext,
  queue: JobQueue,
  input: { id: string },
): Promise<JobView> {
  authorize(ctx.actor, 'job.retry');
  const [job] = await listJobs(ctx, { id: input.id });
  if (!job) throw notFound(JOB, input.id);
  if (job.state !== 'FAILED') {
    throw invalidTransition(messages.jobs.onlyFailedJobCanRetried, 'state');
  }
  await queue.retry(job.kind, job.id);
  await recordAudit(ctx.db, ctx.actor, {
    action: 'job.retry',
    entity: 'job',
    entityId: job.id,
    before: { state: job.state, error: job.error },
  });
  const [after] = await listJobs(ctx, { id: input.id });
  return after ?? job;
}
