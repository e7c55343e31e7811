import type { Label, Permission } from '@rectify/domain';
import { messages } from '../messages/index.js';

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'VALIDATION'
  | 'CONFLICT'
  | 'INVALID_TRANSITION'
  | 'RATE_LIMITED';

/** One thing wrong with one input field, said in both languages. */
export interface FieldError {
  field: string;
  code: string;
  message: Label;
}

/** An error the caller can act on. Its message never carries confidential values, SQL or stack traces. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly label: Label,
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(label.en);
    this.name = 'ServiceError';
  }
}

export const unauthenticated = () =>
  new ServiceError('UNAUTHENTICATED', messages.kernel.signFirstSessionExpired);

/** Refused for want of a permission, or of every one of several that would each do. */
export const forbidden = (permission: Permission | readonly Permission[]) =>
  new ServiceError(
    'FORBIDDEN',
    messages.kernel.notAllowed({ permissions: typeof permission === 'string' ? [permission] : permission }),
  );

/** Also the answer for a record outside the caller's scope: its existence is not revealed. */
export const notFound = (entity: Label, id: number | string, field = 'id') =>
  new ServiceError('NOT_FOUND', messages.kernel.notFound({ entity }), [
    {
      field,
      code: 'NOT_FOUND',
      message: messages.kernel.notFoundWithId({ entity, id }),
    },
  ]);

export const conflict = (entity: Label) => {
  const label = messages.kernel.changedSomeoneElseReloadTry({ entity });
  // A mutation payload carries the field errors only: the version's error says what to do, not just "stale".
  return new ServiceError('CONFLICT', label, [{ field: 'version', code: 'CONFLICT', message: label }]);
};

export const invalid = (fieldErrors: FieldError[]) =>
  new ServiceError('VALIDATION', messages.kernel.invalidInput({ count: fieldErrors.length }), fieldErrors);

export const invalidTransition = (reason: Label, field = 'status') =>
  new ServiceError('INVALID_TRANSITION', reason, [{ field, code: 'INVALID_TRANSITION', message: reason }]);
