import {
  buildSchema,
  type FieldNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
  parse,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { collectFields } from './direct/collect-fields.js';
import { fragmentsOf, type SelectionScope, selectedFields } from './selected-fields.js';
import { specOf } from './selection.js';

// The one selection walk, and the three readers of a selection built on it: the direct answer's
// collectFields, the read spec (specOf) and, through them, what each sees of @skip, @include, fragments
// and aliases.

function operationOf(query: string) {
  const document = parse(query);
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
  );
  if (!operation) throw new Error('no operation');
  return { operation, fragments: fragmentsOf(document) };
}

const names = (query: string, variables?: Record<string, unknown>) => {
  const { operation, fragments } = operationOf(query);
  const scope: SelectionScope = variables ? { fragments, variables } : { fragments };
  return selectedFields([operation.selectionSet], scope).map(
    (f) => `${f.node.alias ? `${f.node.alias.value}:` : ''}${f.node.name.value}`,
  );
};

describe('selectedFields', () => {
  it('honours @skip and @include, literal or by variable', () => {
    const query = `query($yes: Boolean!, $no: Boolean!) {
      a b @skip(if: true) c @include(if: false) d @skip(if: false) e @include(if: true)
      f @skip(if: $yes) g @include(if: $no) h @skip(if: $no) @include(if: $yes)
    }`;
    expect(names(query, { yes: true, no: false })).toEqual(['a', 'd', 'e', 'h']);
  });

  it('counts a condition on a variable as met while the variables are not known', () => {
    const query = `query($v: Boolean!) { a b @skip(if: true) c @skip(if: $v) d @include(if: $v) }`;
    expect(names(query)).toEqual(['a', 'c', 'd']);
  });

  it('goes through named and inline fragments, skipped ones left out, each named fragment once', () => {
    const query = `query($off: Boolean!) {
      a ...F ... on Query { b ...G } ...F ... @include(if: $off) { c } ...G @skip(if: $off)
    }
    fragment F on Query { d ...G }
    fragment G on Query { e }`;
    expect(names(query, { off: false })).toEqual(['a', 'd', 'e', 'b']);
    expect(names(query, { off: true })).toEqual(['a', 'd', 'e', 'b', 'c']);
  });

  it('keeps aliases on the nodes and the type conditions each field sits under', () => {
    const { operation, fragments } = operationOf(`{
      first: a ... on Query { second: a ...F }
    }
    fragment F on Other { b }`);
    const fields = selectedFields([operation.selectionSet], { fragments, variables: {} });
    expect(fields.map((f) => [f.node.alias?.value, f.node.name.value, f.conditions])).toEqual([
      ['first', 'a', []],
      ['second', 'a', ['Query']],
      [undefined, 'b', ['Query', 'Other']],
    ]);
    expect([...(fields[2]?.entered ?? [])]).toEqual(['F']);
  });

  it('stops at a fragment already entered above (a cycle, refused by validation)', () => {
    const { operation, fragments } = operationOf(`{ ...F } fragment F on Query { a ...F }`);
    const [a] = selectedFields([operation.selectionSet], { fragments });
    expect(a?.node.name.value).toBe('a');
    expect(selectedFields([operation.selectionSet], { fragments }, a?.entered)).toEqual([]);
  });
});

describe('collectFields (the direct answer)', () => {
  const schema = buildSchema(`
    type Query { a: Int b: Int task: Task }
    type Task { id: Int }
  `);
  const query = schema.getQueryType() as GraphQLObjectType;

  it('groups the nodes by response key and leaves out what is skipped', () => {
    const { operation, fragments } = operationOf(`query($v: Boolean!) {
      x: a ...F b @include(if: $v) y: b @skip(if: $v)
    }
    fragment F on Query { x: a }`);
    const fields = collectFields(query, [operation.selectionSet], { fragments, variables: { v: false } });
    expect([...(fields ?? new Map()).entries()].map(([key, nodes]) => [key, nodes.length])).toEqual([
      ['x', 2],
      ['y', 1],
    ]);
  });

  it('is null when a fragment is conditioned on another type', () => {
    const { operation, fragments } = operationOf(`{ a ... on Node { b } }`);
    expect(collectFields(query, [operation.selectionSet], { fragments, variables: {} })).toBeNull();
  });
});

describe('specOf (the read spec)', () => {
  const infoOf = (query: string, variables: Record<string, unknown>) => {
    const { operation, fragments } = operationOf(query);
    const root = operation.selectionSet.selections[0] as FieldNode;
    return { fieldNodes: [root], fragments, variableValues: variables } as unknown as GraphQLResolveInfo;
  };

  it('reads the fields asked for, through fragments and aliases, and not those skipped', () => {
    const info = infoOf(
      `query($v: Boolean!) {
        task(id: 1) { id title: measure ...F leadUnit @skip(if: $v) { name } issue @include(if: $v) { title } }
      }
      fragment F on Task { status deadline @skip(if: true) }`,
      { v: true },
    );
    const spec = specOf(info, 'Task');
    expect([...spec.fields].sort()).toEqual(['id', 'measure', 'status']);
    expect([...spec.relations.keys()]).toEqual(['issue']);
    expect([...(spec.relations.get('issue')?.fields ?? [])]).toEqual(['title']);
  });

  it('follows a path below the field, through a fragment', () => {
    const info = infoOf(
      `{ page { ...P } } fragment P on TaskConnection { nodes { id } other: nodes @skip(if: true) { measure } }`,
      {},
    );
    expect([...specOf(info, 'Task', ['nodes']).fields]).toEqual(['id']);
  });
});
