import { hash } from '@node-rs/argon2';
import { describe, expect, it } from 'vitest';
import { Validator } from '../kernel/validate.js';
import { checkPasswordPolicy, hashPassword, needsRehash, verifyPassword } from './passwords.js';

describe('password hashing', () => {
  it('hashes with argon2id, salted, and verifies only the right password', async () => {
    const first = await hashPassword('correct horse');
    const second = await hashPassword('correct horse');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=65536,t=2,p=1\$/);
    expect(first).not.toBe(second);
    expect(first).not.toContain('correct horse');
    expect(await verifyPassword(first, 'correct horse')).toBe(true);
    expect(await verifyPassword(first, 'correct horsE')).toBe(false);
    expect(await verifyPassword('not a hash', 'correct horse')).toBe(false);
  });

  it('asks for a new hash when the parameters were weaker', async () => {
    const old = await hash('correct horse', {
      algorithm: 2,
      memoryCost: 19_456,
      timeCost: 2,
      parallelism: 1,
    });
    expect(await verifyPassword(old, 'correct horse')).toBe(true);
    expect(needsRehash(old)).toBe(true);
    expect(needsRehash(await hashPassword('correct horse'))).toBe(false);
  });
});

describe('password policy', () => {
  const codes = (password: string | null, field?: string) => {
    const v = new Validator();
    checkPasswordPolicy(v, password, field);
    return v.errors.map((e) => `${e.field}:${e.code}`);
  };

  it('requires at least 8 characters, counted as characters, and at most 200', () => {
    expect(codes(null)).toEqual(['password:REQUIRED']);
    expect(codes('   ')).toEqual(['password:REQUIRED']);
    expect(codes('1234567')).toEqual(['password:TOO_SHORT']);
    expect(codes('12345678')).toEqual([]);
    expect(codes('整改台账巡视整改')).toEqual([]);
    expect(codes('整改台账巡视整')).toEqual(['password:TOO_SHORT']);
    expect(codes('x'.repeat(201))).toEqual(['password:TOO_LONG']);
    expect(codes('short', 'newPassword')).toEqual(['newPassword:TOO_SHORT']);
  });

  it('says what is wrong in Chinese and English', () => {
    const v = new Validator();
    checkPasswordPolicy(v, 'short');
    expect(v.errors[0]?.message).toEqual({
      zh: '密码至少8位',
      en: 'the password must have at least 8 characters',
    });
  });
});
