import { JobKind, JobState } from '@rectify/domain';
import type { JobView } from '@rectify/services';
import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../scalars.js';
import { UserErrorType } from './payload.js';

@ObjectType('Job', {
  description: 'Background work in the job queue (the daily digest …): its state, attempts and last error.',
  simpleResolvers: true,
})
export class JobType implements JobView {
  @Field(() => String, { description: 'The job.' }) id!: string;
  @Field(() => JobKind.object, { description: 'What it does.' }) kind!: JobKind;
  @Field(() => JobState.object, { description: 'Where it stands.' }) state!: JobState;
  @Field(() => Int, { description: 'Attempts started so far.' }) attempts!: number;
  @Field(() => Int, { description: 'Attempts allowed after the first.' }) retryLimit!: number;
  @Field(() => DateTimeScalar, { description: 'When it was queued.' }) createdAt!: Date;
  @Field(() => DateTimeScalar, {
    description: 'When its next attempt may start (a retry waits, backing off).',
  })
  startAfter!: Date;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When its latest attempt started.' })
  startedAt!: Date | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'When it completed or failed for good.' })
  completedAt!: Date | null;
  @Field(() => String, {
    nullable: true,
    description: 'The error of its last failed attempt, until it completes.',
  })
  error!: string | null;
}

@ObjectType('JobPayload', { description: 'A job as it stands after the mutation.', simpleResolvers: true })
export class JobPayload {
  @Field(() => JobType, { nullable: true, description: 'The job; null when there are errors.' })
  job!: JobType | null;
  @Field(() => [UserErrorType], { description: 'Empty when the mutation succeeded.' })
  errors!: UserErrorType[];
}
