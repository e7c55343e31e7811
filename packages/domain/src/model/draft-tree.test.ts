import { describe, expect, it } from 'vitest';
import { nestDraft, subtreeEnd } from './draft-tree.js';

const flat = [
  { depth: 1, code: 'a' },
  { depth: 2, code: 'a1' },
  { depth: 3, code: 'a1x' },
  { depth: 2, code: 'a2' },
  { depth: 1, code: 'b' },
  { depth: 3, code: 'b-deep' },
];

describe('nestDraft', () => {
  it('rebuilds the tree from depths, a node with a missing level under the nearest shallower one', () => {
    expect(nestDraft(flat)).toEqual([
      {
        code: 'a',
        children: [
          { code: 'a1', children: [{ code: 'a1x', children: [] }] },
          { code: 'a2', children: [] },
        ],
      },
      { code: 'b', children: [{ code: 'b-deep', children: [] }] },
    ]);
  });

  it('finds where a subtree ends, to delete a node with its children', () => {
    expect(subtreeEnd(flat, 0)).toBe(4);
    expect(subtreeEnd(flat, 1)).toBe(3);
    expect(subtreeEnd(flat, 5)).toBe(6);
  });
});
