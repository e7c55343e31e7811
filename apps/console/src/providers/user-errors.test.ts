import { describe, expect, it } from 'vitest';
import { userErrorsToApiError } from './user-errors.js';

describe('userErrorsToApiError', () => {
  it("puts each field's first message under that field, for react-hook-form", () => {
    const error = userErrorsToApiError([
      { field: 'name', code: 'TAKEN', message: '名称“市委办公室”已存在' },
      { field: 'name', code: 'TOO_LONG', message: '名称不能超过100个字' },
      { field: 'kind', code: 'REQUIRED', message: '类型不能为空' },
    ]);
    expect(error.status).toBe(400);
    expect(error.code).toBe('TAKEN');
    expect(error.body.errors).toMatchObject({ name: '名称“市委办公室”已存在', kind: '类型不能为空' });
  });

  it('keeps form-level problems (a stale version) out of the fields but in the notification', () => {
    const error = userErrorsToApiError([
      { field: 'version', code: 'CONFLICT', message: 'someone else changed it' },
    ]);
    expect(error.body.errors).toEqual({ root: { serverError: 'someone else changed it' } });
  });
});
