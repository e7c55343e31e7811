import { describe, expect, it } from 'vitest';
import { buildTree, visibleRows } from './build-tree.js';

const issues = [
  { id: 1, parentId: null, code: '二(一)' },
  { id: 2, parentId: 1, code: '二(一)1.' },
  { id: 3, parentId: 2, code: '二(一)1.(1)' },
  { id: 4, parentId: 2, code: '二(一)1.(2)' },
  { id: 5, parentId: null, code: '二(二)' },
  { id: 9, parentId: 8, code: '二(三)2.(1)' },
];

describe('buildTree', () => {
  it('nests issues under their parents in document order', () => {
    const roots = buildTree(issues);
    expect(roots.map((r) => r.issue.code)).toEqual(['二(一)', '二(二)', '二(三)2.(1)']);
    expect(roots[0]!.children[0]!.children.map((c) => [c.issue.code, c.depth])).toEqual([
      ['二(一)1.(1)', 2],
      ['二(一)1.(2)', 2],
    ]);
  });

  it('keeps an issue whose parent is out of scope, as a root', () => {
    expect(buildTree(issues).at(-1)!.depth).toBe(0);
  });

  it('hides the children of collapsed nodes', () => {
    const rows = visibleRows(buildTree(issues), new Set([2]));
    expect(rows.map((r) => r.issue.id)).toEqual([1, 2, 5, 9]);
  });
});
