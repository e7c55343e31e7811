import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { PAGE_SIZE } from '@rectify/services';
import {
  type ASTVisitor,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  GraphQLError,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  Kind,
  SchemaMetaFieldDef,
  type SelectionSetNode,
  TypeMetaFieldDef,
  TypeNameMetaFieldDef,
  type ValidationContext,
  type ValidationRule,
  type ValueNode,
} from 'graphql';
import { fragmentsOf, selectedFields } from './selected-fields.js';

/** A list without a page size of its own is assumed to hold this many items when estimating a query's cost. */
const ASSUMED_LIST_SIZE = 20;

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  /** Aliases per operation (`__typename` is free): aliases multiply work without nesting. */
  maxAliases: number;
  maxDirectives: number;
}

export const DEFAULT_QUERY_LIMITS: Omit<QueryLimits, 'maxDepth' | 'maxCost'> = {
  maxAliases: 30,
  maxDirectives: 20,
};

/**
 * The validation rules that bound a query before it runs: depth and cost (our own rule, since the cost of a
 * list depends on its page size), aliases and directives (graphql-armor). Every field counts, introspection
 * (`__schema`, `__type`) included. Each refusal carries its own code.
 */
export function queryLimitRules(limits: QueryLimits): ValidationRule[] {
  const reject = (code: string) => [
    (context: ValidationContext | null, error: GraphQLError) =>
      context?.reportError(
        new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code } }),
      ),
  ];
  return [
    depthAndCost(limits.maxDepth, limits.maxCost),
    maxAliasesRule({
      n: limits.maxAliases,
      propagateOnRejection: false,
      onReject: reject('QUERY_TOO_MANY_ALIASES'),
    }),
    maxDirectivesRule({
      n: limits.maxDirectives,
      propagateOnRejection: false,
      onReject: reject('QUERY_TOO_MANY_DIRECTIVES'),
    }),
  ];
}

/**
 * Refuses queries nested deeper than `maxDepth` (QUERY_TOO_DEEP) or whose estimated cost exceeds `maxCost`
 * (QUERY_TOO_COSTLY): every field counts once per item of the lists above it. Which fields are lists comes
 * from the schema; a list is sized by the `first` of its field or of the connection that holds it (a
 * variable counts as the largest page; a negative value as none, and is refused as bad input before it
 * runs: page-arguments.ts), else by an assumption. Variables are not known yet: a field under a condition on
 * a variable counts, one a literal `@skip(if: true)` leaves out does not (selected-fields.ts).
 */
function depthAndCost(maxDepth: number, maxCost: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(operation) {
      const schema = context.getSchema();
      const root =
        operation.operation === 'query'
          ? schema.getQueryType()
          : operation.operation === 'mutation'
            ? schema.getMutationType()
            : schema.getSubscriptionType();
      const walk = new Walk(schema, fragmentsOf(context.getDocument()));
      const { depth, cost } = walk.measure(
        operation.selectionSet,
        root ?? undefined,
        0,
        new Set(),
        undefined,
      );
      if (depth > maxDepth) {
        context.reportError(
          new GraphQLError(`query is nested ${depth} levels deep; the limit is ${maxDepth}`, {
            nodes: operation,
            extensions: { code: 'QUERY_TOO_DEEP', depth, limit: maxDepth },
          }),
        );
      }
      if (cost > maxCost) {
        context.reportError(
          new GraphQLError(`query would cost about ${cost}; the limit is ${maxCost}`, {
            nodes: operation,
            extensions: { code: 'QUERY_TOO_COSTLY', cost, limit: maxCost },
          }),
        );
      }
    },
  });
}

class Walk {
  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Record<string, FragmentDefinitionNode>,
  ) {}

  /**
   * `page`: the page size of the connection whose selection this is, for the list inside it. `entered`: the
   * fragments spread above, so that a cycle (refused by another rule, which runs alongside) ends the walk.
   */
  measure(
    set: SelectionSetNode,
    parent: GraphQLNamedType | undefined,
    depth: number,
    entered: ReadonlySet<string>,
    page: number | undefined,
  ): { depth: number; cost: number } {
    let deepest = depth;
    let cost = 0;
    for (const field of selectedFields([set], { fragments: this.fragments }, entered)) {
      const condition = field.conditions.at(-1);
      const on = (condition && this.schema.getType(condition)) || parent;
      const def = this.fieldDef(on, field.node.name.value);
      if (!field.node.selectionSet) {
        cost += 1;
        continue;
      }
      const own = def?.args.some((a) => a.name === 'first') ? pageSize(field.node) : undefined;
      const list = def !== undefined && isListType(getNullableType(def.type));
      const multiplier = list ? (own ?? page ?? ASSUMED_LIST_SIZE) : 1;
      const inner = this.measure(
        field.node.selectionSet,
        def && getNamedType(def.type),
        depth + 1,
        field.entered,
        list ? undefined : own,
      );
      deepest = Math.max(deepest, inner.depth);
      cost += 1 + multiplier * inner.cost;
    }
    return { depth: deepest, cost };
  }

  private fieldDef(
    parent: GraphQLNamedType | undefined,
    name: string,
  ): GraphQLField<unknown, unknown> | undefined {
    if (name === TypeNameMetaFieldDef.name) return TypeNameMetaFieldDef;
    if (parent && parent === this.schema.getQueryType()) {
      if (name === SchemaMetaFieldDef.name) return SchemaMetaFieldDef;
      if (name === TypeMetaFieldDef.name) return TypeMetaFieldDef;
    }
    if (!parent || !isCompositeType(parent) || !('getFields' in parent)) return undefined;
    return parent.getFields()[name];
  }
}

/** The page a `first` asks for: a literal as given (never below 0 nor above the largest page), else the largest. */
function pageSize(field: FieldNode): number {
  const value: ValueNode | undefined = field.arguments?.find((a) => a.name.value === 'first')?.value;
  if (!value || value.kind === Kind.NULL) return PAGE_SIZE.default;
  if (value.kind === Kind.INT) return Math.min(Math.max(Number(value.value), 0), PAGE_SIZE.max);
  return PAGE_SIZE.max;
}
