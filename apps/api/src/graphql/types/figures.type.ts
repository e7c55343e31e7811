import type { IssueTally, Leader, Unit } from '@rectify/domain';
import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType('TaskCounts', { description: 'Counts over a set of tasks.', simpleResolvers: true })
export class TaskCountsType {
  @Field(() => Int, { description: 'All tasks.' }) total!: number;
  @Field(() => Int, { description: 'Closed (销号).' }) closed!: number;
  @Field(() => Int, { description: 'Basically done and continuing.' }) ongoing!: number;
  @Field(() => Int, { description: 'Past their deadline and not closed.' }) overdue!: number;
  @Field(() => Float, { nullable: true, description: 'closed / total, 0–1; null without tasks.' })
  closureRate!: number | null;
}

@ObjectType('IssueTally', {
  description: 'Issues that hold tasks, by the status their tasks give them.',
  simpleResolvers: true,
})
export class IssueTallyType implements IssueTally {
  @Field(() => Int, { description: 'All such issues.' }) total!: number;
  @Field(() => Int, { description: 'Every task closed.' }) rectified!: number;
  @Field(() => Int, { description: 'Basically done and continuing.' }) ongoing!: number;
  @Field(() => Int, { description: 'Not yet done.' }) notDone!: number;
  @Field(() => Float, { nullable: true, description: 'rectified / total, 0–1 (the published 整改完成率).' })
  rectificationRate!: number | null;
}

@ObjectType('UnitRef', { description: 'A unit, named.', simpleResolvers: true })
export class UnitRefType implements Pick<Unit, 'id' | 'name'> {
  @Field(() => Int) id!: number;
  @Field(() => String, { description: 'Full name.' }) name!: string;
}

@ObjectType('LeaderRef', { description: 'A leader, named, with their post.', simpleResolvers: true })
export class LeaderRefType implements Pick<Leader, 'id' | 'name' | 'post'> {
  @Field(() => Int) id!: number;
  @Field(() => String, { description: 'Name.' }) name!: string;
  @Field(() => String, { description: 'Post.' }) post!: string;
}

@ObjectType('UnitFigures', { description: "A lead unit's task counts.", simpleResolvers: true })
export class UnitFiguresType extends TaskCountsType {
  @Field(() => UnitRefType, { description: 'The lead unit.' }) unit!: UnitRefType;
}

@ObjectType('LeaderFigures', { description: "A responsible leader's task counts.", simpleResolvers: true })
export class LeaderFiguresType extends TaskCountsType {
  @Field(() => LeaderRefType, { description: 'The responsible leader.' }) leader!: LeaderRefType;
}

@ObjectType('WeekCount', { description: 'Open tasks due in one week.', simpleResolvers: true })
export class WeekCountType {
  @Field(() => String, { description: 'The Monday the week starts on (ISO date).' }) weekStart!: string;
  @Field(() => Int, { description: 'Open tasks due that week.' }) count!: number;
}

@ObjectType('LedgerFigures', {
  description: 'The figures of the ledger you may see, computed as of today.',
  simpleResolvers: true,
})
export class LedgerFiguresType {
  @Field(() => TaskCountsType, { description: 'Task counts.' }) tasks!: TaskCountsType;
  @Field(() => IssueTallyType, { description: 'Issue counts.' }) issues!: IssueTallyType;
  @Field(() => [UnitFiguresType], { description: 'Per lead unit, most tasks first.' })
  byUnit!: UnitFiguresType[];
  @Field(() => [LeaderFiguresType], { description: 'Per responsible leader, most tasks first.' })
  byLeader!: LeaderFiguresType[];
  @Field(() => [WeekCountType], { description: 'Open deadlines in each of the next eight weeks.' })
  deadlinesAhead!: WeekCountType[];
}
