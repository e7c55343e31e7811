import { describe, expect, it } from 'vitest';
import {
  createInput,
  deleteMutation,
  listFilter,
  listQuery,
  listVariables,
  mutation,
  updateInput,
} from './build-query.js';
import { resourceSpec } from './resources.js';

const tasks = resourceSpec('tasks');
const units = resourceSpec('units');

describe('list queries', () => {
  it('asks for one page of nodes and the total, typed by the resource', () => {
    const q = listQuery(tasks);
    expect(q).toContain('$filter: TaskFilter, $orderBy: TaskOrder, $first: Int, $offset: Int');
    expect(q).toContain('tasks(filter: $filter, orderBy: $orderBy, first: $first, offset: $offset)');
    // The selection is the resource's typed fragment, sent along with the operation.
    expect(q).toContain('nodes { ...TaskRecord }');
    expect(q).toMatch(/fragment TaskRecord on Task \{\s+id\s+issueId\s+ordinal/);
    expect(q).toContain('totalCount');
  });

  it("turns react-admin's page and sort into first/offset and the schema's order field", () => {
    expect(
      listVariables(tasks, {
        pagination: { page: 3, perPage: 25 },
        sort: { field: 'deadline', order: 'DESC' },
        filter: {},
      }),
    ).toEqual({ filter: {}, orderBy: { field: 'DEADLINE', direction: 'DESC' }, first: 25, offset: 50 });
  });

  it('never asks for more than the schema serves, and leaves unknown sorts to the server', () => {
    const v = listVariables(tasks, {
      pagination: { page: 1, perPage: 1000 },
      sort: { field: 'measure', order: 'ASC' },
    });
    expect(v.first).toBe(100);
    expect(v.orderBy).toBeNull();
  });

  it('maps the filters the office uses: free text, lists, dates, empty values dropped', () => {
    expect(
      listFilter(tasks, {
        q: '学习',
        status: 'IN_PROGRESS',
        warning: ['RED', 'YELLOW'],
        leadUnitId: 4,
        deadlineFrom: '2018-10-01',
        deadlineTo: '',
        term: [],
        leaderId: null,
      }),
    ).toEqual({
      search: '学习',
      status: ['IN_PROGRESS'],
      warning: ['RED', 'YELLOW'],
      leadUnitId: 4,
      deadlineFrom: '2018-10-01',
    });
  });

  it('sends audit record ids as strings, as the schema types them', () => {
    expect(listFilter(resourceSpec('auditEvents'), { entity: 'task', entityId: 12 })).toEqual({
      entity: 'task',
      entityId: '12',
    });
  });
});

describe('mutations', () => {
  it('write through the payload, asking for the record and the user errors', () => {
    const m = mutation(units, units.create!);
    expect(m).toContain('mutation Write($input: CreateUnitInput!)');
    expect(m).toContain('createUnit(input: $input) { unit { ...UnitRecord }');
    expect(m).toMatch(/fragment UnitRecord on Unit \{\s+id\s+name\s+kind/);
    expect(m).toContain('errors { field code message }');
  });

  it('hand back extra payload fields, such as a new API token', () => {
    const spec = resourceSpec('apiClients');
    expect(mutation(spec, spec.create!)).toMatch(/apiClient \{ \.\.\.ApiClientRecord \} token errors/);
  });

  it('delete with the version read', () => {
    expect(deleteMutation('deleteUnit')).toContain('deleteUnit(id: $id, version: $version) { id errors');
  });

  it('create with the mutation fields only, an emptied box meaning no value', () => {
    expect(
      createInput(units.create!, { name: '市委巡察办', kind: 'PARTY_COMMITTEE', parentId: '', extra: 1 }),
    ).toEqual({
      name: '市委巡察办',
      kind: 'PARTY_COMMITTEE',
      parentId: null,
    });
  });

  it('update with id, the version read and only what changed', () => {
    const previous = { id: 7, version: 3, name: '市委办', kind: 'PARTY_COMMITTEE', parentId: null };
    expect(
      updateInput(units.update!, 7, { ...previous, name: '市委办公室', parentId: '' }, previous),
    ).toEqual({
      id: 7,
      version: 3,
      name: '市委办公室',
    });
  });
});
