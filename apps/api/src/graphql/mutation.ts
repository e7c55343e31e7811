import type { Locale } from '@rectify/domain';
import {
  type EntityName,
  type ReadSpec,
  readOne,
  type ServiceContext,
  ServiceError,
  type UseCase,
} from '@rectify/services';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, type ClassType, Ctx, Info, Mutation, Resolver } from 'type-graphql';
import type { GraphQLContext } from './context.js';
import { specOf } from './selection.js';
import type { UserErrorType } from './types/payload.js';

/** Errors the user can correct come back in the payload; the rest (FORBIDDEN, UNAUTHENTICATED …) stay errors. */
const USER_ERROR_CODES = new Set([
  'VALIDATION',
  'CONFLICT',
  'NOT_FOUND',
  'INVALID_TRANSITION',
  'RATE_LIMITED',
]);

export function userErrorsOf(
  error: unknown,
  locale: Locale,
  alsoCodes: readonly string[] = [],
): UserErrorType[] | null {
  if (!(error instanceof ServiceError)) return null;
  if (!USER_ERROR_CODES.has(error.code) && !alsoCodes.includes(error.code)) return null;
  if (error.fieldErrors.length === 0) return [{ field: '', code: error.code, message: error.label[locale] }];
  return error.fieldErrors.map((f) => ({ field: f.field, code: f.code, message: f.message[locale] }));
}

/**
 * Runs a mutation and shapes its payload: `{ [field]: result, errors: [] }`, or `{ [field]: null, errors }` when
 * the use case refused the input (its transaction rolled back, so nothing was written).
 */
export async function payload<T>(
  field: string,
  locale: Locale,
  run: () => Promise<T>,
  alsoCodes: readonly string[] = [],
): Promise<{ errors: UserErrorType[] } & Record<string, T | null | UserErrorType[]>> {
  try {
    return { [field]: await run(), errors: [] } as never;
  } catch (error) {
    const errors = userErrorsOf(error, locale, alsoCodes);
    if (!errors) throw error;
    return { [field]: null, errors } as never;
  }
}

/**
 * Runs a write use case, then reads the written record back through the read model with the selection the
 * client asked for under `field` — so a payload's nested relations load exactly like a query's. `read`: the
 * entity's own reader where it has one (a clue case's, which audits who saw the identity).
 */
function writeThenRead(
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  field: string,
  entity: EntityName,
  run: (services: ServiceContext) => Promise<{ id: number }>,
  read: Reader = (services, id, spec) => readOne(services, entity, id, spec),
) {
  return payload(field, ctx.locale, async () => {
    const services = ctx.services();
    const row = await run(services);
    return read(services, row.id, specOf(info, entity, [field]));
  });
}

type Reader = (services: ServiceContext, id: number, spec: ReadSpec) => Promise<unknown>;

/** How a mutation answers, given the request and the use case to run with its arguments. */
export type Answer<O> = (
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  run: (services: ServiceContext) => Promise<O>,
) => Promise<unknown>;

/**
 * The written record, read back as the payload's `field` with the selection asked for there: the use case's
 * result, or the record `pick` finds in it.
 */
export function readBack(
  field: string,
  entity: EntityName,
  options?: { read?: Reader },
): Answer<{ id: number }>;
export function readBack<O>(
  field: string,
  entity: EntityName,
  options: { pick: (result: O) => { id: number }; read?: Reader },
): Answer<O>;
export function readBack<O>(
  field: string,
  entity: EntityName,
  options: { pick?: (result: O) => { id: number }; read?: Reader } = {},
): Answer<O> {
  const pick = options.pick ?? ((result: O) => result as { id: number });
  return (ctx, info, run) =>
    writeThenRead(ctx, info, field, entity, async (s) => pick(await run(s)), options.read);
}

/** The use case's result (or what `then` makes of it) as the payload's `field`. */
export const returned =
  <O>(field: string, then?: (result: O, ctx: GraphQLContext) => unknown): Answer<O> =>
  (ctx, _info, run) =>
    payload(field, ctx.locale, async () => {
      const result = await run(ctx.services());
      return then ? then(result, ctx) : result;
    });

/** A delete: `{ id, errors }`. */
export const deleted: Answer<{ id: number }> = (ctx, _info, run) =>
  payload('id', ctx.locale, async () => (await run(ctx.services())).id);

type TypeFn = Parameters<typeof Arg>[1];

/** A named argument of a mutation that takes no input type. */
interface NamedArg {
  type: TypeFn;
  description: string;
  nullable?: boolean;
}

/**
 * A mutation over a use case: it requires the use case's permission, takes one argument `input` of an input
 * type (or named arguments, handed to the use case as one object, with what `also` adds from the request)
 * and answers with its payload type as `answer` says.
 */
export interface UseCaseMutation<I, O> {
  useCase: UseCase<I, O>;
  payload: ClassType;
  description: string;
  input: (new () => I) | Record<string, NamedArg>;
  also?: (ctx: GraphQLContext) => Partial<I>;
  answer: Answer<O>;
}

/** Checks one mutation's parts against each other (the input against the use case's) before the table erases them. */
export const mutation = <I, O>(spec: UseCaseMutation<I, O>): UseCaseMutation<unknown, unknown> =>
  spec as never;

const INPUT = { description: 'What to write; see the input type.' };

/**
 * A resolver class holding the given mutations, in the order given (the schema's order), decorated as its
 * methods would be by hand: `@Authorized(permission) @Mutation(payload) name(@Arg… args, @Ctx() ctx, @Info() info)`.
 */
export function mutationResolver(name: string, mutations: Record<string, UseCaseMutation<unknown, unknown>>) {
  const resolver = { [name]: class {} }[name] as ClassType;
  const prototype = resolver.prototype;
  for (const [key, spec] of Object.entries(mutations)) {
    const named = typeof spec.input === 'function' ? null : Object.entries(spec.input);
    const arity = named?.length ?? 1;
    const method = (...params: unknown[]) => {
      const ctx = params[arity] as GraphQLContext;
      let input = named ? Object.fromEntries(named.map(([arg], i) => [arg, params[i]])) : params[0];
      if (spec.also) input = { ...(input as object), ...spec.also(ctx) };
      return spec.answer(ctx, params[arity + 1] as GraphQLResolveInfo, (s) => spec.useCase(s, input));
    };
    Object.defineProperty(prototype, key, { value: method, writable: true, configurable: true });
    // Parameters last to first, as TypeScript applies their decorators: the schema lists arguments in that order.
    Info()(prototype, key, arity + 1);
    Ctx()(prototype, key, arity);
    if (named)
      for (const [i, [arg, { type, description, nullable }]] of [...named.entries()].reverse())
        Arg(arg, type, { description, nullable })(prototype, key, i);
    else Arg('input', () => spec.input, INPUT)(prototype, key, 0);
    const descriptor = Object.getOwnPropertyDescriptor(prototype, key) as PropertyDescriptor;
    Mutation(() => spec.payload, { description: spec.description })(prototype, key, descriptor);
    Authorized(spec.useCase.permission)(prototype, key, descriptor);
  }
  Resolver()(resolver);
  return resolver;
}
