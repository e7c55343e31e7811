import { can } from '@rectify/domain';
import {
  ENTITIES,
  type EntityName,
  type ListResult,
  listInspections,
  listIssues,
  listLeaders,
  listProgressReports,
  listTasks,
  listUnits,
  type RowShape,
  readOneJson,
  type ServiceContext,
} from '@rectify/services';
import { type FieldNode, type GraphQLField, getArgumentValues, getNamedType, isObjectType } from 'graphql';
import type { GraphQLContext } from '../context.js';
import { taskListWarnings } from '../task-list-warnings.js';
import { subSelections } from '../selected-fields.js';
import { collectFields, type Operation } from './collect-fields.js';
import { rowShape } from './row-shape.js';

/** A root field's answer as JSON text in pieces (to be written one after another), planned before any SQL runs. */
export type DirectAnswer = () => Promise<string[]>;

/** Plans a root field's direct answer, or null when graphql-js must execute it. */
export type DirectRoot = (
  field: GraphQLField<unknown, unknown>,
  nodes: FieldNode[],
  operation: Operation,
  context: GraphQLContext,
) => DirectAnswer | null;

type Args = Record<string, unknown>;

interface JsonList<X> {
  entity: EntityName;
  json(
    ctx: ServiceContext,
    args: { filter?: never; orderBy?: never; page: { first?: number | null; offset?: number | null } },
    shape: RowShape,
    options: { withTotal: boolean } & X,
  ): Promise<ListResult<string>>;
}

/**
 * A connection `{ nodes totalCount }` read by the list's `json` (the same filter, order, paging and scope
 * as its resolver), written in the selection's keys and order.
 */
function connectionRoot<X>(
  list: JsonList<X>,
  options: (args: Args, context: GraphQLContext) => X | Promise<X>,
): DirectRoot {
  return (field, nodes, operation, context) => {
    const connection = getNamedType(field.type);
    if (!context.actor || !can(context.actor, ENTITIES[list.entity].permission) || !isObjectType(connection))
      return null;
    const fields = collectFields(connection, subSelections(nodes), operation);
    if (!fields) return null;
    let shape: RowShape | null = null;
    const keys: [string, string][] = [];
    for (const [key, fieldNodes] of fields) {
      const name = (fieldNodes[0] as FieldNode).name.value;
      if (name === 'nodes') {
        const item = getNamedType(connection.getFields().nodes?.type);
        // Two aliases of `nodes` with different selections are left to graphql-js.
        if (shape || !isObjectType(item)) return null;
        shape = rowShape(item, list.entity, fieldNodes, operation, context.actor);
        if (!shape) return null;
      } else if (name !== 'totalCount' && name !== '__typename') return null;
      keys.push([key, name]);
    }
    const args = getArgumentValues(field, nodes[0] as FieldNode, operation.variables);
    return async () => {
      const page = await list.json(
        context.services(),
        {
          filter: args.filter as never,
          orderBy: args.orderBy as never,
          page: { first: args.first as number | null, offset: args.offset as number | null },
        },
        shape ?? [],
        { withTotal: keys.some(([, name]) => name === 'totalCount'), ...(await options(args, context)) },
      );
      const out = ['{'];
      for (const [i, [key, name]] of keys.entries()) {
        out.push(`${i ? ',' : ''}"${key}":`);
        if (name === 'nodes') {
          out.push('[');
          for (const [j, node] of page.nodes.entries()) {
            if (j) out.push(',');
            out.push(node);
          }
          out.push(']');
        } else out.push(name === 'totalCount' ? String(page.totalCount) : JSON.stringify(connection.name));
      }
      out.push('}');
      return out;
    };
  };
}

/** One record by id (null when absent or out of scope), as its resolver reads it. */
function recordRoot(entity: EntityName): DirectRoot {
  return (field, nodes, operation, context) => {
    const type = getNamedType(field.type);
    if (!context.actor || !can(context.actor, ENTITIES[entity].permission) || !isObjectType(type))
      return null;
    const shape = rowShape(type, entity, nodes, operation, context.actor);
    if (!shape) return null;
    const { id } = getArgumentValues(field, nodes[0] as FieldNode, operation.variables);
    return async () => [(await readOneJson(context.services(), entity, id as number, shape)) ?? 'null'];
  };
}

const noOptions = () => ({});

/** The ledger's reads that can be answered straight from PostgreSQL's JSON, by root field. */
export const DIRECT_ROOTS: Record<string, DirectRoot> = {
  issues: connectionRoot(listIssues, noOptions),
  tasks: connectionRoot(listTasks, async (args, context) => ({
    warnings: await taskListWarnings(args.filter as never, context),
  })),
  inspections: connectionRoot(listInspections, noOptions),
  progressReports: connectionRoot(listProgressReports, noOptions),
  units: connectionRoot(listUnits, noOptions),
  leaders: connectionRoot(listLeaders, noOptions),
  issue: recordRoot('Issue'),
  task: recordRoot('Task'),
  inspection: recordRoot('Inspection'),
  unit: recordRoot('Unit'),
  leader: recordRoot('Leader'),
};
