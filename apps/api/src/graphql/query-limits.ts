import {
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { PAGE_SIZE } from '@rectify/services';

/** A nested list without `first` is assumed to hold this many items when estimating a query's cost. */
const ASSUMED_LIST_SIZE = 20;

/**
 * Refuses queries nested deeper than `maxDepth` or whose estimated cost — every field counted once per item
 * of the lists above it, lists sized by `first` or by an assumption — exceeds `maxCost`. Introspection is
 * not counted, so that tools can read the schema.
 */
export function queryLimits(maxDepth: number, maxCost: number) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const fragments = Object.fromEntries(
        context
          .getDocument()
          .definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
          .map((d) => [d.name.value, d]),
      );
      const { depth, cost } = measure(operation.selectionSet, fragments, 0, new Set());
      if (depth > maxDepth) {
        context.reportError(
          new GraphQLError(`query is nested ${depth} levels deep; the limit is ${maxDepth}`, {
            extensions: { code: 'QUERY_TOO_DEEP' },
          }),
        );
      }
      if (cost > maxCost) {
        context.reportError(
          new GraphQLError(`query would cost about ${cost}; the limit is ${maxCost}`, {
            extensions: { code: 'QUERY_TOO_COSTLY' },
          }),
        );
      }
    },
  });
}

function measure(
  set: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  depth: number,
  seen: Set<string>,
): { depth: number; cost: number } {
  let maxDepth = depth;
  let cost = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      if (selection.name.value.startsWith('__')) continue;
      if (!selection.selectionSet) {
        cost += 1;
        continue;
      }
      const inner = measure(selection.selectionSet, fragments, depth + 1, seen);
      maxDepth = Math.max(maxDepth, inner.depth);
      cost += 1 + multiplier(selection) * inner.cost;
    } else {
      const target = selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments[selection.name.value];
      if (!target) continue;
      const key = selection.kind === Kind.FRAGMENT_SPREAD ? selection.name.value : '';
      if (key && seen.has(key)) continue;
      const inner = measure(target.selectionSet, fragments, depth, key ? new Set([...seen, key]) : seen);
      maxDepth = Math.max(maxDepth, inner.depth);
      cost += inner.cost;
    }
  }
  return { depth: maxDepth, cost };
}

/** A connection multiplies by its page size; `nodes` and plain object fields by one; other lists by a guess. */
function multiplier(field: FieldNode): number {
  const first = field.arguments?.find((a) => a.name.value === 'first');
  if (first?.value.kind === Kind.INT) return Math.min(Number(first.value.value), PAGE_SIZE.max);
  if (first) return PAGE_SIZE.max; // a variable: assume the largest page
  return PLURAL_RELATIONS.has(field.name.value) ? ASSUMED_LIST_SIZE : 1;
}

/** Relation fields that hold lists without pagination. */
const PLURAL_RELATIONS = new Set(['tasks', 'children', 'coUnits', 'progressReports', 'areas']);
