import type { Label, Permission } from '@rectify/domain';

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
  new ServiceError('UNAUTHENTICATED', {
    zh: '请先登录，或登录已过期',
    en: 'sign in first, or the session has expired',
  });

/** Refused for want of a permission, or of every one of several that would each do. */
export const forbidden = (permission: Permission | readonly Permission[]) =>
  new ServiceError('FORBIDDEN', {
    zh: `没有权限（${typeof permission === 'string' ? permission : permission.join('、')}）`,
    en: `not allowed (${typeof permission === 'string' ? permission : permission.join(', ')})`,
  });

/** Also the answer for a record outside the caller's scope: its existence is not revealed. */
export const notFound = (entity: Label, id: number | string, field = 'id') =>
  new ServiceError('NOT_FOUND', { zh: `${entity.zh}不存在`, en: `${entity.en} not found` }, [
    {
      field,
      code: 'NOT_FOUND',
      message: { zh: `${entity.zh}（${id}）不存在`, en: `${entity.en} ${id} not found` },
    },
  ]);

export const conflict = (entity: Label) => {
  const label = {
    zh: `${entity.zh}已被他人修改，请刷新后重试；您填写的内容已保留`,
    en: `the ${entity.en.toLowerCase()} was changed by someone else; reload and try again — your input is kept`,
  };
  // A mutation payload carries the field errors only: the version's error says what to do, not just "stale".
  return new ServiceError('CONFLICT', label, [{ field: 'version', code: 'CONFLICT', message: label }]);
};

export const invalid = (fieldErrors: FieldError[]) =>
  new ServiceError(
    'VALIDATION',
    { zh: `输入有误（${fieldErrors.length}处）`, en: `invalid input (${fieldErrors.length})` },
    fieldErrors,
  );

export const invalidTransition = (reason: Label, field = 'status') =>
  new ServiceError('INVALID_TRANSITION', reason, [{ field, code: 'INVALID_TRANSITION', message: reason }]);
