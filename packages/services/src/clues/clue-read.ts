import { auditEvents } from '@rectify/db';
import { CLUE_IDENTITY_FIELDS } from '@rectify/domain';
import { authorize } from '../kernel/authorize.js';
import type { ServiceContext } from '../kernel/context.js';
import { readOne } from '../read/read-model.js';
import { type ReadSpec, readSpec } from '../read/read-spec.js';
import type { EntityName } from '../read/registry-types.js';
import { CLUE_ENTITIES, type ClueEntityName } from './clue-entities.js';

// Reading clue cases. A request for `subject` or `informant` becomes a read of the owner-scoped ClueIdentity
// relation, answered by the SQL with the values for the reader's own cases and null for the rest. Every case
// whose identity was returned is audited — one event per case and request — before the answer leaves.
// Only clue entities lead to a clue case, so the walks below follow the relations of CLUE_ENTITIES and stop
// at any other entity.

/** The relations of a clue entity; none for the rest, which never lead back to a clue case. */
const relationsOf = (entity: EntityName) =>
  entity in CLUE_ENTITIES ? CLUE_ENTITIES[entity as ClueEntityName].relations : undefined;

const IDENTITY: readonly string[] = CLUE_IDENTITY_FIELDS;

/** Moves `subject`/`informant` of every clue case in the spec into its `identity` relation. */
function withIdentity(entity: EntityName, spec: ReadSpec): ReadSpec {
  const relations = relationsOf(entity);
  if (!relations) return spec;
  const out = readSpec();
  const identity = readSpec();
  for (const field of spec.fields) {
    if (entity === 'ClueCase' && IDENTITY.includes(field)) identity.fields.add(field);
    else out.fields.add(field);
  }
  if (identity.fields.size > 0) out.relations.set('identity', identity);
  for (const [name, sub] of spec.relations) {
    const relation = relations[name];
    // The identity relation is reached only through the fields above, never asked for by name.
    if (!relation || (entity === 'ClueCase' && name === 'identity')) continue;
    out.relations.set(name, withIdentity(relation.target, sub));
  }
  return out;
}

type Node = Record<string, unknown>;

/** Puts the identity back as `subject`/`informant` (null for a non-owner) and notes whose was revealed. */
function reveal(entity: EntityName, node: Node, spec: ReadSpec, revealed: Map<number, Set<string>>): void {
  if (entity === 'ClueCase') {
    const identity = node.identity as Node | null | undefined;
    delete node.identity;
    for (const field of IDENTITY) {
      if (!spec.fields.has(field)) continue;
      node[field] = identity?.[field] ?? null;
      if (identity) {
        const fields = revealed.get(node.id as number) ?? new Set<string>();
        revealed.set(node.id as number, fields.add(field));
      }
    }
  }
  const relations = relationsOf(entity);
  if (!relations) return;
  for (const [name, sub] of spec.relations) {
    const relation = relations[name];
    const value = node[name];
    if (!relation || value == null) continue;
    for (const child of Array.isArray(value) ? value : [value])
      reveal(relation.target, child as Node, sub, revealed);
  }
}

/** One audit event per case whose identity the reader was given; the values themselves are not recorded. */
async function auditIdentityReads(ctx: ServiceContext, revealed: Map<number, Set<string>>): Promise<void> {
  if (revealed.size === 0) return;
  await ctx.db.insert(auditEvents).values(
    [...revealed].map(([id, fields]) => ({
      actorUserId: ctx.actor.userId,
      actorApiClientId: ctx.actor.apiClientId,
      action: 'clueCase.readIdentity',
      entity: 'clueCase',
      entityId: String(id),
      after: { fields: IDENTITY.filter((f) => fields.has(f)) },
      at: ctx.now(),
    })),
  );
}

/**
 * Reads through the read model with identity handled: `read` gets the rewritten spec, the nodes it returns
 * are revealed against the spec the caller asked for, and the identity reads are audited.
 */
export async function readWithIdentity<T>(
  ctx: ServiceContext,
  entity: EntityName,
  spec: ReadSpec,
  read: (spec: ReadSpec) => Promise<T[]>,
): Promise<T[]> {
  const nodes = await read(withIdentity(entity, spec));
  const revealed = new Map<number, Set<string>>();
  for (const node of nodes) reveal(entity, node as Node, spec, revealed);
  await auditIdentityReads(ctx, revealed);
  return nodes;
}

/** One clue case, or null when there is none of that id. */
export async function readClueCase<T>(ctx: ServiceContext, id: number, spec: ReadSpec): Promise<T | null> {
  authorize(ctx.actor, 'clueCase.read');
  const [node] = await readWithIdentity(ctx, 'ClueCase', spec, async (s) => {
    const one = await readOne<T>(ctx, 'ClueCase', id, s);
    return one ? [one] : [];
  });
  return node ?? null;
}

/** One disclosure request (with its case, if asked for), or null. */
export async function readClueDisclosureRequest<T>(
  ctx: ServiceContext,
  id: number,
  spec: ReadSpec,
): Promise<T | null> {
  authorize(ctx.actor, 'clueCase.read');
  const [node] = await readWithIdentity(ctx, 'ClueDisclosureRequest', spec, async (s) => {
    const one = await readOne<T>(ctx, 'ClueDisclosureRequest', id, s);
    return one ? [one] : [];
  });
  return node ?? null;
}
