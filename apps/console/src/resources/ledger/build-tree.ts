/** The fields of an issue the tree needs. */
export interface TreeIssue {
  id: number;
  parentId: number | null;
}

export interface TreeNode<T extends TreeIssue> {
  issue: T;
  depth: number;
  children: TreeNode<T>[];
}

/**
 * Nests issues (given in document order) under their parents. An issue whose parent the caller may not see
 * (a leader sees only what they lead) becomes a root rather than disappearing.
 */
export function buildTree<T extends TreeIssue>(issues: readonly T[]): TreeNode<T>[] {
  const nodes = new Map<number, TreeNode<T>>(
    issues.map((issue) => [issue.id, { issue, depth: 0, children: [] }]),
  );
  const roots: TreeNode<T>[] = [];
  for (const issue of issues) {
    const node = nodes.get(issue.id)!;
    const parent = issue.parentId == null ? undefined : nodes.get(issue.parentId);
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const setDepth = (node: TreeNode<T>, depth: number) => {
    node.depth = depth;
    for (const child of node.children) setDepth(child, depth + 1);
  };
  for (const root of roots) setDepth(root, 0);
  return roots;
}

/** The rows to draw: each node followed by its children, unless it is collapsed. */
export function visibleRows<T extends TreeIssue>(
  roots: readonly TreeNode<T>[],
  collapsed: ReadonlySet<number>,
) {
  const rows: TreeNode<T>[] = [];
  const walk = (node: TreeNode<T>) => {
    rows.push(node);
    if (!collapsed.has(node.issue.id)) node.children.forEach(walk);
  };
  roots.forEach(walk);
  return rows;
}
