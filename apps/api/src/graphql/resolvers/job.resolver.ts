import { JobKind, JobState } from '@rectify/domain';
import { listJobs, retryJob, ServiceError } from '@rectify/services';
import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { mutation, mutationResolver, returned } from '../mutation.js';
import { JobPayload, JobType } from '../types/job.type.js';

/** The job queue as ADMIN sees it: the jobs page, and a retry for a job that failed for good. */
@Resolver()
export class JobResolver {
  @Authorized('job.read')
  @Query(() => [JobType], { description: 'The newest 100 background jobs (finished ones are kept a week).' })
  jobs(
    @Ctx() ctx: GraphQLContext,
    @Arg('state', () => JobState.object, { nullable: true, description: 'Only jobs in this state.' })
    state?: JobState | null,
    @Arg('kind', () => JobKind.object, { nullable: true, description: 'Only jobs of this kind.' })
    kind?: JobKind | null,
  ) {
    return listJobs(ctx.services(), { state: state ?? undefined, kind: kind ?? undefined });
  }
}

const noQueue = new ServiceError('INVALID_TRANSITION', {
  zh: '本服务器未运行后台任务（RECTIFY_JOBS=false），请在运行后台任务的服务器上重试',
  en: 'this server runs no jobs (RECTIFY_JOBS=false): retry on a server that does',
});

export const JobMutationsResolver = mutationResolver('JobMutationsResolver', {
  retryJob: mutation({
    access: 'job.retry',
    input: { id: { type: () => String, description: 'The job.' } },
    run: (ctx, input: { id: string }) => {
      if (!ctx.jobs) throw noQueue;
      return retryJob(ctx.services(), ctx.jobs, input);
    },
    payload: JobPayload,
    answer: returned('job'),
    description: 'Give a job that failed for good one more attempt, at once.',
  }),
});
