import { clueCases, queryRows, units } from '@rectify/db';
import {
  type ClueFacts,
  type ClueFigures,
  ClueKind,
  ClueSource,
  clueFigures,
  type IsoDate,
} from '@rectify/domain';
import { inArray, sql } from 'drizzle-orm';
import { authorize } from '../kernel/authorize.js';
import type { ServiceContext } from '../kernel/context.js';
import { compact, eqFilter, inFilter, rangeFilter } from '../read/filters.js';
import { rootRow } from '../read/registry-types.js';

export interface ClueFiguresFilter {
  inspectionId?: number | null;
  source?: ClueSource[] | null;
  kind?: ClueKind[] | null;
  receivedFrom?: IsoDate | null;
  receivedTo?: IsoDate | null;
}

/** The domain's figures, with what they leave out: the duplicates (never counted) and the cases under way. */
export interface ClueFigureCounts extends ClueFigures {
  /** Intakes linked to a first intake of the same clue: not in `received`. */
  duplicates: number;
  /** Received and neither concluded nor filed: in disposal, routed, shelved or just received. */
  underWay: number;
}

export interface ClueFiguresResult {
  total: ClueFigureCounts;
  /** Every source, in the enum's order (zeros included). */
  bySource: { source: ClueSource; figures: ClueFigureCounts }[];
  /** Every kind, in the enum's order. */
  byKind: { kind: ClueKind; figures: ClueFigureCounts }[];
  /** The source × kind pairs that occur (the seed reports the inspection's transfers per kind). */
  bySourceAndKind: { source: ClueSource; kind: ClueKind; figures: ClueFigureCounts }[];
  /** Per responsible body (归口); `unitId` null for cases not yet routed. Most received first. */
  byBody: { unitId: number | null; unitName: string | null; figures: ClueFigureCounts }[];
}

type Fact = ClueFacts & { source: ClueSource; kind: ClueKind; unitId: number | null };

function clueFigureCounts(facts: readonly ClueFacts[]): ClueFigureCounts {
  const figures = clueFigures(facts);
  return {
    ...figures,
    duplicates: facts.filter((f) => f.duplicateOfId != null).length,
    underWay: figures.received - figures.concluded - figures.caseFiled,
  };
}

/**
 * 办结率、成案率、查实率 — received, concluded, filed — in total, per source, per kind and per responsible body,
 * computed by the domain's clueFigures from the facts of each case (one statement for the facts, one for the
 * bodies' names). For DISCIPLINE only: no other role learns even a count.
 */
export async function getClueFigures(
  ctx: ServiceContext,
  filter: ClueFiguresFilter,
): Promise<ClueFiguresResult> {
  authorize(ctx.actor, 'clueCase.read');
  const c = rootRow(clueCases);
  const conditions = compact([
    eqFilter(c.inspectionId, filter.inspectionId),
    inFilter(c.source, filter.source),
    inFilter(c.kind, filter.kind),
    ...rangeFilter(c.receivedDate, filter.receivedFrom, filter.receivedTo),
  ]);
  const where = conditions.length ? sql`where ${sql.join(conditions, sql` and `)}` : sql``;
  const facts = await queryRows<Fact>(
    ctx.db,
    sql`select ${c.status}, ${c.outcome}, ${c.duplicateOfId} as "duplicateOfId", ${c.source}, ${c.kind},
      ${c.routedToUnitId} as "unitId" from ${clueCases} ${c} ${where}`,
  );
  const bodyIds = [...new Set(facts.map((f) => f.unitId).filter((id): id is number => id != null))];
  const names = new Map(
    bodyIds.length === 0
      ? []
      : (
          await queryRows<{ id: number; name: string }>(
            ctx.db,
            sql`select ${units.id}, ${units.name} from ${units} where ${inArray(units.id, bodyIds)}`,
          )
        ).map((u) => [u.id, u.name]),
  );
  const pairs = new Map<string, { source: ClueSource; kind: ClueKind }>();
  for (const f of facts) pairs.set(`${f.source}/${f.kind}`, { source: f.source, kind: f.kind });
  const bodies = [...new Set(facts.map((f) => f.unitId))];
  return {
    total: clueFigureCounts(facts),
    bySource: ClueSource.values.map((source) => ({
      source,
      figures: clueFigureCounts(facts.filter((f) => f.source === source)),
    })),
    byKind: ClueKind.values.map((kind) => ({
      kind,
      figures: clueFigureCounts(facts.filter((f) => f.kind === kind)),
    })),
    bySourceAndKind: ClueSource.values.flatMap((source) =>
      ClueKind.values
        .filter((kind) => pairs.has(`${source}/${kind}`))
        .map((kind) => ({
          source,
          kind,
          figures: clueFigureCounts(facts.filter((f) => f.source === source && f.kind === kind)),
        })),
    ),
    byBody: bodies
      .map((unitId) => ({
        unitId,
        unitName: unitId == null ? null : (names.get(unitId) ?? null),
        figures: clueFigureCounts(facts.filter((f) => f.unitId === unitId)),
      }))
      .sort((a, b) => b.figures.received - a.figures.received || (a.unitId ?? 0) - (b.unitId ?? 0)),
  };
}
