import type { Transaction } from '@rectify/db';
import type { Permission } from '@rectify/domain';
import { authorize } from './authorize.js';
import type { ServiceContext } from './context.js';

/** The context inside a use case's transaction. */
export interface TxContext extends ServiceContext {
  tx: Transaction;
}

export interface UseCase<I, O> {
  (ctx: ServiceContext, input: I): Promise<O>;
  /** The permission the use case requires; the API declares the same one on its mutation. */
  readonly permission: Permission;
}

/**
 * A write use case: authorize → run (scope, validate, write, audit) in one transaction. A thrown error rolls
 * everything back, so a failed request leaves no partial state.
 */
export function defineUseCase<I, O>(
  permission: Permission,
  run: (ctx: TxContext, input: I) => Promise<O>,
): UseCase<I, O> {
  const useCase = async (ctx: ServiceContext, input: I): Promise<O> => {
    authorize(ctx.actor, permission);
    return ctx.db.transaction((tx) => run({ ...ctx, tx }, input));
  };
  return Object.assign(useCase, { permission });
}
