import type { Locale, Permission } from '@rectify/domain';
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

/** How a mutation answers, given the request and its write to run (inside the answer, so its refusals land there). */
export type Answer<O> = (
  ctx: GraphQLContext,
  info: GraphQLResolveInfo,
  run: () => Promise<O>,
) => Promise<unknown>;

type Reader = (services: ServiceContext, id: number, spec: ReadSpec) => Promise<unknown>;

/**
 * The written record, read back through the read model as the payload's `field` with the selection the client
 * asked for there — so a payload's nested relations load exactly like a query's: the use case's result, or the
 * record `pick` finds in it. `read`: the entity's own reader where it has one (a clue case's, which audits who
 * saw the identity).
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
  const read: Reader = options.read ?? ((services, id, spec) => readOne(services, entity, id, spec));
  return (ctx, info, run) =>
    payload(field, ctx.locale, async () => {
      const row = pick(await run());
      return read(ctx.services(), row.id, specOf(info, entity, [field]));
    });
}

/** The result (or what `then` makes of it) as the payload's `field`. */
export const returned =
  <O>(field: string, then?: (result: O, ctx: GraphQLContext) => unknown): Answer<O> =>
  (ctx, _info, run) =>
    payload(field, ctx.locale, async () => {
      const result = await run();
      return then ? then(result, ctx) : result;
    });

/**
 * The result's own fields beside `errors` (a session, a reset with its code). `alsoCodes`: further refusals the
 * user can correct, such as a sign-in's UNAUTHENTICATED.
 */
export const spread =
  (alsoCodes: readonly string[] = []): Answer<object> =>
  async (ctx, _info, run) => {
    const result = await payload('result', ctx.locale, run, alsoCodes);
    return { ...(result.result as object | null), errors: result.errors };
  };

/** A delete: `{ id, errors }`. */
export const deleted: Answer<{ id: number }> = (ctx, _info, run) =>
  payload('id', ctx.locale, async () => (await run()).id);

/** The result itself, with no payload around it (ending a session answers true or false). */
export const bare: Answer<unknown> = (_ctx, _info, run) => run();

type TypeFn = Parameters<typeof Arg>[1];

/** A named argument of a mutation that takes no input type. */
interface NamedArg {
  type: TypeFn;
  description: string;
  nullable?: boolean;
}

/** One argument `input` of an input type, or named arguments handed on as one object. */
type Args<I> = (new () => I) | Record<string, NamedArg>;

interface Declared<O> {
  payload: ClassType | BooleanConstructor;
  description: string;
  /** The description of the `input` argument, when it says more than the default. */
  inputDescription?: string;
  answer: Answer<O>;
}

/**
 * A mutation over a use case: it requires the use case's permission and hands it its input (with what `also`
 * adds from the request), run on the caller's services.
 */
export interface UseCaseMutation<I, O> extends Declared<O> {
  useCase: UseCase<I, O>;
  input: Args<I>;
  also?: (ctx: GraphQLContext) => Partial<I>;
}

/**
 * A mutation that needs more of the request than the caller's services, or shapes its arguments first: signing
 * in (the database, the auth settings, the caller's address), the job queue, a base64 upload. `access`: the
 * permission it requires, `signedIn` (any signed-in caller) or `public` (anyone: signing in).
 */
export interface RequestMutation<A, O> extends Declared<O> {
  access: Permission | 'signedIn' | 'public';
  input: Args<A>;
  run: (ctx: GraphQLContext, args: A, info: GraphQLResolveInfo) => Promise<O>;
}

/** Checks one mutation's parts against each other (the input against the use case's) before the table erases them. */
export function mutation<I, O>(spec: UseCaseMutation<I, O>): RequestMutation<unknown, unknown>;
export function mutation<A, O>(spec: RequestMutation<A, O>): RequestMutation<unknown, unknown>;
export function mutation<I, O>(
  spec: UseCaseMutation<I, O> | RequestMutation<I, O>,
): RequestMutation<unknown, unknown> {
  if (!('useCase' in spec)) return spec as never;
  const { useCase, also, ...declared } = spec;
  return {
    ...declared,
    access: useCase.permission,
    run: (ctx, input) => useCase(ctx.services(), (also ? { ...input, ...also(ctx) } : input) as I),
  } as RequestMutation<I, O> as never;
}

const INPUT = 'What to write; see the input type.';

/**
 * A resolver class holding the given mutations, in the order given (the schema's order), decorated as its
 * methods would be by hand: `@Authorized(permission) @Mutation(payload) name(@Arg… args, @Ctx() ctx, @Info() info)`.
 */
export function mutationResolver(name: string, mutations: Record<string, RequestMutation<unknown, unknown>>) {
  const resolver = { [name]: class {} }[name] as ClassType;
  const prototype = resolver.prototype;
  for (const [key, spec] of Object.entries(mutations)) {
    const named = typeof spec.input === 'function' ? null : Object.entries(spec.input);
    const arity = named?.length ?? 1;
    const method = (...params: unknown[]) => {
      const ctx = params[arity] as GraphQLContext;
      const info = params[arity + 1] as GraphQLResolveInfo;
      const args = named ? Object.fromEntries(named.map(([arg], i) => [arg, params[i]])) : params[0];
      return spec.answer(ctx, info, () => spec.run(ctx, args, info));
    };
    Object.defineProperty(prototype, key, { value: method, writable: true, configurable: true });
    // Parameters last to first, as TypeScript applies their decorators: the schema lists arguments in that order.
    Info()(prototype, key, arity + 1);
    Ctx()(prototype, key, arity);
    if (named)
      for (const [i, [arg, { type, description, nullable }]] of [...named.entries()].reverse())
        Arg(arg, type, { description, nullable })(prototype, key, i);
    else Arg('input', () => spec.input, { description: spec.inputDescription ?? INPUT })(prototype, key, 0);
    const descriptor = Object.getOwnPropertyDescriptor(prototype, key) as PropertyDescriptor;
    Mutation(() => spec.payload, { description: spec.description })(prototype, key, descriptor);
    if (spec.access === 'signedIn') Authorized()(prototype, key, descriptor);
    else if (spec.access !== 'public') Authorized(spec.access)(prototype, key, descriptor);
  }
  Resolver()(resolver);
  return resolver;
}
