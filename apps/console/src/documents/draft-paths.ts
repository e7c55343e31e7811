import type { FlatNode } from '@rectify/domain';

/**
 * The path the API names each node of a flat draft by, once nested: `issues[0].children[2]`. Errors come back
 * with these paths (`issues[0].children[2].tasks[1].measure`), so that each lands beside its input.
 */
export function draftPaths(flat: readonly FlatNode[]): string[] {
  const open: { depth: number; path: string; children: number }[] = [];
  let roots = 0;
  return flat.map(({ depth }) => {
    while (open.length > 0 && open[open.length - 1]!.depth >= depth) open.pop();
    const parent = open[open.length - 1];
    const path = parent ? `${parent.path}.children[${parent.children++}]` : `issues[${roots++}]`;
    open.push({ depth, path, children: 0 });
    return path;
  });
}
