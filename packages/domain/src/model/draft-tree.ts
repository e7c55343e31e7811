/** A node of a tree sent flat, in document order, with its depth (1 for a top-level node). */
export interface FlatNode {
  depth: number;
}

export type Nested<T extends FlatNode> = Omit<T, 'depth'> & { children: Nested<T>[] };

/**
 * Rebuilds a tree from its nodes in document order: each node goes under the nearest node before it that is
 * one level up. A node deeper than that (a level missing) goes under the nearest shallower node.
 */
export function nestDraft<T extends FlatNode>(flat: readonly T[]): Nested<T>[] {
  const roots: Nested<T>[] = [];
  const open: { depth: number; node: Nested<T> }[] = [];
  for (const { depth, ...rest } of flat) {
    const node = { ...rest, children: [] } as unknown as Nested<T>;
    while (open.length > 0 && open[open.length - 1]!.depth >= depth) open.pop();
    (open[open.length - 1]?.node.children ?? roots).push(node);
    open.push({ depth, node });
  }
  return roots;
}

/** The nodes of a subtree: the node at `index` and those after it that are deeper. */
export function subtreeEnd(flat: readonly FlatNode[], index: number): number {
  const depth = flat[index]?.depth ?? 0;
  let end = index + 1;
  while (end < flat.length && flat[end]!.depth > depth) end++;
  return end;
}
