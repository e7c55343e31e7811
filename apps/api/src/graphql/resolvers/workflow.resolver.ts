import type { IsoDate } from '@rectify/domain';
import {
  getReportingSettings,
  getWeeklySummary,
  getWorkflowSettings,
  listClosureRequests,
  listExtensionRequests,
  periodStartOf,
  readOne,
  reportMissing,
  todayOf,
} from '@rectify/services';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Authorized, Ctx, FieldResolver, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import { RequestFilterInput } from '../inputs/workflow.input.js';
import { DateScalar } from '../scalars.js';
import { specOf } from '../selection.js';
import { ProgressReportType, TaskType } from '../types/ledger.type.js';
import {
  ClosureRequestConnection,
  ClosureRequestType,
  DeadlineChangeType,
  EvidenceType,
  ExtensionRequestConnection,
  ExtensionRequestType,
  WeeklySummaryType,
  WorkflowSettingsType,
} from '../types/workflow.type.js';
import { PageArgs, wantsTotal } from './list-args.js';

/** The first day of the current reporting period, read at most once per request. */
const periodStarts = new WeakMap<GraphQLContext, Promise<IsoDate>>();
function periodStart(ctx: GraphQLContext): Promise<IsoDate> {
  let start = periodStarts.get(ctx);
  if (!start) {
    const today = todayOf(ctx.services());
    start = getReportingSettings(ctx.db).then((s) => periodStartOf(s.cadence, today));
    periodStarts.set(ctx, start);
  }
  return start;
}

export async function workflowSettingsOf(ctx: GraphQLContext): Promise<WorkflowSettingsType> {
  const settings = await getWorkflowSettings(ctx.db);
  const today = todayOf(ctx.services());
  return {
    warnings: settings.warnings,
    reporting: {
      ...settings.reporting,
      currentPeriodStart: periodStartOf(settings.reporting.cadence, today),
    },
  };
}

/** Closure and extension requests, evidence, the office's settings and the weekly summary. */
@Resolver()
export class WorkflowResolver {
  @Authorized('progress.read')
  @Query(() => ClosureRequestType, {
    nullable: true,
    description: 'One closure request; null when it does not exist or its task is outside your scope.',
  })
  closureRequest(
    @Arg('id', () => Int, { description: 'The record id.' }) id: number,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return readOne(ctx.services(), 'ClosureRequest', id, specOf(info, 'ClosureRequest'));
  }

  @Authorized('progress.read')
  @Query(() => ClosureRequestConnection, {
    description: 'Closure requests on tasks you may see, newest first.',
  })
  closureRequests(
    @Arg('filter', () => RequestFilterInput, {
      nullable: true,
      description: 'Conditions that must all hold.',
    })
    filter: RequestFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listClosureRequests(ctx.services(), { filter, page }, specOf(info, 'ClosureRequest', ['nodes']), {
      withTotal: wantsTotal(info),
    });
  }

  @Authorized('progress.read')
  @Query(() => ExtensionRequestType, {
    nullable: true,
    description: 'One extension request; null when it does not exist or its task is outside your scope.',
  })
  extensionRequest(
    @Arg('id', () => Int, { description: 'The record id.' }) id: number,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return readOne(ctx.services(), 'ExtensionRequest', id, specOf(info, 'ExtensionRequest'));
  }

  @Authorized('progress.read')
  @Query(() => ExtensionRequestConnection, {
    description: 'Extension requests on tasks you may see, newest first.',
  })
  extensionRequests(
    @Arg('filter', () => RequestFilterInput, {
      nullable: true,
      description: 'Conditions that must all hold.',
    })
    filter: RequestFilterInput | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return listExtensionRequests(
      ctx.services(),
      { filter, page },
      specOf(info, 'ExtensionRequest', ['nodes']),
      {
        withTotal: wantsTotal(info),
      },
    );
  }

  @Authorized('progress.read')
  @Query(() => EvidenceType, {
    nullable: true,
    description: 'One evidence file’s record; download it from its url. Null when outside your scope.',
  })
  evidence(
    @Arg('id', () => Int, { description: 'The record id.' }) id: number,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    return readOne(ctx.services(), 'Evidence', id, specOf(info, 'Evidence'));
  }

  @Authorized()
  @Query(() => WorkflowSettingsType, {
    description: 'The warning lead times and the reporting cadence in force.',
  })
  workflowSettings(@Ctx() ctx: GraphQLContext) {
    return workflowSettingsOf(ctx);
  }

  @Authorized('figures.read')
  @Query(() => WeeklySummaryType, {
    description:
      '一周一小结: closed / total, newly closed, overdue, reports, per unit and leader, for one week.',
  })
  async weeklySummary(
    @Arg('date', () => DateScalar, {
      nullable: true,
      description: 'Any day of the week; this week when omitted.',
    })
    date: string | null,
    @Arg('inspectionId', () => Int, { nullable: true, description: 'One inspection; all when omitted.' })
    inspectionId: number | null,
    @Ctx() ctx: GraphQLContext,
  ) {
    const s = await getWeeklySummary(ctx.services(), { date, inspectionId });
    // The domain's rates carry their parts; the schema gives the value.
    const week = <T extends { closureRate: { value: number | null } }>(c: T) => ({
      ...c,
      closureRate: c.closureRate.value,
    });
    return { ...s, tasks: week(s.tasks), byUnit: s.byUnit.map(week), byLeader: s.byLeader.map(week) };
  }
}

type TaskWithWorkflow = TaskType & {
  closureRequests?: ClosureRequestType[];
  extensionRequests?: ExtensionRequestType[];
  evidence?: EvidenceType[];
  deadlineChanges?: DeadlineChangeType[];
  lastReportedAt?: string | null;
};

/** What the workflow adds to a task; read in the task's own SQL statement (see the read model's registry). */
@Resolver(() => TaskType)
export class TaskWorkflowResolver {
  @Authorized('progress.read')
  @FieldResolver(() => [ClosureRequestType], { description: 'Its closure requests, newest first.' })
  closureRequests(@Root() task: TaskWithWorkflow) {
    return task.closureRequests ?? [];
  }

  @Authorized('progress.read')
  @FieldResolver(() => [ExtensionRequestType], { description: 'Its extension requests, newest first.' })
  extensionRequests(@Root() task: TaskWithWorkflow) {
    return task.extensionRequests ?? [];
  }

  @Authorized('progress.read')
  @FieldResolver(() => [EvidenceType], { description: 'Its evidence files, newest first.' })
  evidence(@Root() task: TaskWithWorkflow) {
    return task.evidence ?? [];
  }

  @Authorized('progress.read')
  @FieldResolver(() => [DeadlineChangeType], { description: 'Every move of its deadline, oldest first.' })
  deadlineChanges(@Root() task: TaskWithWorkflow) {
    return task.deadlineChanges ?? [];
  }

  @Authorized('progress.read')
  @FieldResolver(() => Boolean, {
    description: '未按期报送: it should report and has no report in the current reporting period.',
  })
  async missingReport(@Root() task: TaskWithWorkflow, @Ctx() ctx: GraphQLContext) {
    return reportMissing(
      { status: task.status, lastReportedAt: task.lastReportedAt ?? null },
      await periodStart(ctx),
    );
  }
}

@Resolver(() => ProgressReportType)
export class ProgressReportWorkflowResolver {
  @Authorized('progress.read')
  @FieldResolver(() => [EvidenceType], { description: 'The evidence files attached to it.' })
  evidence(@Root() report: ProgressReportType & { evidence?: EvidenceType[] }) {
    return report.evidence ?? [];
  }
}

@Resolver(() => ClosureRequestType)
export class ClosureRequestResolver {
  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'Whether the endorsement holds for the task as it is now; false: the task changed since and needs endorsing again. Null before endorsement.',
  })
  endorsementCurrent(@Root() request: ClosureRequestType) {
    if (request.endorsedTaskVersion == null || request.status !== 'PENDING_APPROVAL') return null;
    return request.endorsedTaskVersion === request.taskVersion;
  }
}

@Resolver(() => EvidenceType)
export class EvidenceResolver {
  @FieldResolver(() => String, {
    description: 'Where to download the file (GET, with your bearer token), relative to the API.',
  })
  url(@Root() evidence: EvidenceType) {
    return `/files/evidence/${evidence.id}`;
  }
}
