import type { DataProvider } from 'react-admin';
import { graphql, type VariablesOf } from '../graphql.js';
import {
  createInput,
  deleteMutation,
  type ListParams,
  listQuery,
  listVariables,
  MAX_PAGE_SIZE,
  mutation,
  oneQuery,
  updateInput,
} from './build-query.js';
import { clueActions } from './clue-actions.js';
import { CLUE_RECORDS, isClueRecord } from './clue-records.js';
import { mutate, mutateUntyped, request, requestUntyped } from './graphql-client.js';
import { LEDGER_FIGURES } from './ledger-figures.js';
import { resourceSpec } from './resources.js';

// react-admin's methods are generic in the record type, which only the calling page knows.
// biome-ignore lint/suspicious/noExplicitAny: records are untyped at this boundary
type Row = any;
type Connection = { nodes: Row[]; totalCount: number };

async function getPage(resource: string, params: ListParams) {
  const spec = resourceSpec(resource);
  const data = await requestUntyped<Record<string, Connection>>(listQuery(spec), listVariables(spec, params));
  const { nodes, totalCount } = data[spec.list]!;
  return { data: nodes, total: totalCount };
}

/** A page, or with `meta.all` every page (the ledger tree is drawn whole; pages hold at most 100). */
async function getList(resource: string, params: ListParams & { meta?: { all?: boolean } }) {
  if (!params.meta?.all) return getPage(resource, params);
  const all: Row[] = [];
  for (let page = 1; ; page++) {
    const { data, total } = await getPage(resource, {
      ...params,
      pagination: { page, perPage: MAX_PAGE_SIZE },
    });
    all.push(...data);
    if (all.length >= total || data.length === 0) return { data: all, total };
  }
}

const BULK_ASSIGN = graphql(`
  mutation BulkAssign($input: BulkAssignTasksInput!) {
    bulkAssignTasks(input: $input) { tasks { id version leaderId leadUnitId } errors { field code message } }
  }
`);
const ASSIGN = graphql(`
  mutation Assign($input: AssignTaskInput!) {
    assignTask(input: $input) { task { id version } errors { field code message } }
  }
`);
const REVOKE = graphql(`
  mutation Revoke($id: Int!) {
    revokeApiClient(id: $id) { apiClient { id revokedAt } errors { field code message } }
  }
`);

type BulkAssignInput = VariablesOf<typeof BULK_ASSIGN>['input'];
/** A leader and lead unit to set: null clears, and (in bulk) undefined keeps each task's own. */
export type AssignInput = Pick<BulkAssignInput, 'leaderId' | 'leadUnitId'>;

/** react-admin's data provider over the GraphQL API, plus the calls that are not CRUD. */
export const dataProvider = {
  getList,

  async getOne(resource, params) {
    // The figures are one record per inspection (id 0: all), so that react-admin caches and refreshes them.
    if (resource === 'ledgerFigures') {
      const inspectionId = Number(params.id) || null;
      const data = await request(LEDGER_FIGURES, { inspectionId });
      return { data: { id: params.id, ...data.ledgerFigures } };
    }
    if (isClueRecord(resource)) return { data: (await CLUE_RECORDS[resource](String(params.id))) as Row };
    const spec = resourceSpec(resource);
    const detail = params.meta?.detail === true;
    const data = await requestUntyped<Record<string, Row | null>>(oneQuery(spec, detail), {
      id: Number(params.id),
    });
    const record = data[spec.one!];
    // Out of scope reads as not found, as the server intends.
    if (!record) throw Object.assign(new Error('ra.notification.item_doesnt_exist'), { status: 404 });
    return { data: record };
  },

  async getMany(resource, params) {
    const ids = params.ids.map(Number);
    if (ids.length === 0) return { data: [] };
    const pages: Row[] = [];
    for (let i = 0; i < ids.length; i += MAX_PAGE_SIZE) {
      const slice = ids.slice(i, i + MAX_PAGE_SIZE);
      const page = await getPage(resource, {
        filter: { ids: slice },
        pagination: { page: 1, perPage: MAX_PAGE_SIZE },
      });
      pages.push(...page.data);
    }
    return { data: pages };
  },

  getManyReference(resource, params) {
    return getPage(resource, { ...params, filter: { ...params.filter, [params.target]: params.id } });
  },

  async create(resource, params) {
    const spec = resourceSpec(resource);
    const m = spec.create;
    if (!m) throw new Error(`${resource} cannot be created`);
    const payload: Row = await mutateUntyped(mutation(spec, m), { input: createInput(m, params.data) });
    const extra = Object.fromEntries((m.extra ?? []).map((k) => [k, payload[k]]));
    return { data: { ...payload[m.payload], ...extra } };
  },

  async update(resource, params) {
    const spec = resourceSpec(resource);
    const m = spec.update;
    if (!m) throw new Error(`${resource} cannot be changed`);
    const input = updateInput(m, params.id, params.data, params.previousData);
    if (Object.keys(input).length <= 2) return { data: params.previousData };
    const payload: Row = await mutateUntyped(mutation(spec, m), { input });
    return { data: payload[m.payload] };
  },

  async updateMany() {
    throw new Error('updateMany is not supported: use bulkAssignTasks');
  },

  async delete(resource, params) {
    const spec = resourceSpec(resource);
    if (!spec.delete) throw new Error(`${resource} cannot be deleted`);
    const version = (params.previousData as Row)?.version;
    await mutateUntyped(deleteMutation(spec.delete), { id: Number(params.id), version });
    return { data: params.previousData as Row };
  },

  async deleteMany() {
    // Nothing offers bulk deletion: each delete names the version its user read.
    throw new Error('deleteMany is not supported');
  },

  async assignTask(
    task: { id: number; version: number },
    input: Omit<VariablesOf<typeof ASSIGN>['input'], 'id' | 'version'>,
  ) {
    await mutate(ASSIGN, { input: { id: task.id, version: task.version, ...input } });
  },

  async bulkAssignTasks(taskIds: number[], input: AssignInput): Promise<number> {
    return (await mutate(BULK_ASSIGN, { input: { taskIds, ...input } })).tasks?.length ?? 0;
  },

  async revokeApiClient(id: number) {
    await mutate(REVOKE, { id });
  },

  ...clueActions,
} satisfies DataProvider;

export type RectifyDataProvider = typeof dataProvider;
