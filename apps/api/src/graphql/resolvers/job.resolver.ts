import { JobKind, JobState } from '@rectify/domain';
import { listJobs, retryJob, ServiceError } from '@rectify/services';
import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { payload } from '../mutation.js';
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

  @Authorized('job.retry')
  @Mutation(() => JobPayload, { description: 'Give a job that failed for good one more attempt, at once.' })
  async retryJob(
    @Arg('id', () => String, { description: 'The job.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    const { jobs } = ctx;
    return payload('job', ctx.locale, () => {
      if (!jobs) throw noQueue;
      return retryJob(ctx.services(), jobs, { id });
    });
  }
}

const noQueue = new ServiceError('INVALID_TRANSITION', {
  zh: '本服务器未运行后台任务（RECTIFY_JOBS=false），请在运行后台任务的服务器上重试',
  en: 'this server runs no jobs (RECTIFY_JOBS=false): retry on a server that does',
});
