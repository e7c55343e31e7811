import type { TaskCounts } from '@rectify/domain';
import { getLedgerFigures } from '@rectify/services';
import { Arg, Authorized, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../context.js';
import {
  type LedgerFiguresType,
  LedgerFiguresType as LedgerFigures,
  type TaskCountsType,
} from '../types/figures.type.js';

const counts = (c: TaskCounts): TaskCountsType => ({ ...c, closureRate: c.closureRate.value });

@Resolver()
export class FiguresResolver {
  @Authorized('figures.read')
  @Query(() => LedgerFigures, {
    description: 'Closed / total, overdue, per unit and per leader, deadlines ahead.',
  })
  async ledgerFigures(
    @Arg('inspectionId', () => Int, { nullable: true, description: 'One inspection; all when omitted.' })
    inspectionId: number | null,
    @Ctx() ctx: GraphQLContext,
  ): Promise<LedgerFiguresType> {
    const f = await getLedgerFigures(ctx.services(), { inspectionId }, ctx.figures);
    const byTotal = (a: { total: number }, b: { total: number }) => b.total - a.total;
    return {
      tasks: counts(f.tasks),
      issues: { ...f.issues, rectificationRate: f.issues.rectificationRate.value },
      byUnit: [...f.byUnit]
        .map(([id, c]) => ({ ...counts(c), unit: { id, name: f.unitNames.get(id) ?? '' } }))
        .sort(byTotal),
      byLeader: [...f.byLeader]
        .map(([id, c]) => ({
          ...counts(c),
          leader: { id, ...(f.leaders.get(id) ?? { name: '', post: '' }) },
        }))
        .sort(byTotal),
      deadlinesAhead: f.deadlinesAhead,
    };
  }
}
