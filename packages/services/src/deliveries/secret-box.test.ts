import { afterEach, describe, expect, it, vi } from 'vitest';
import { decryptSecret, encryptSecret, maskSecret, maskUrl, SECRETS_KEY_ENV } from './secret-box.js';

describe('channel secrets at rest', () => {
  afterEach(() => {
    delete process.env[SECRETS_KEY_ENV];
    vi.unstubAllEnvs();
  });
  it('has no development key in production: sealing and opening ask for the variable', () => {
    // Unset for this test whatever another file of the worker left (a blank value counts as unset).
    vi.stubEnv(SECRETS_KEY_ENV, '');
    const sealed = encryptSecret('password');
    vi.stubEnv('NODE_ENV', 'production');
    expect(() => encryptSecret('password')).toThrow(`${SECRETS_KEY_ENV} must be set in production`);
    expect(() => decryptSecret(sealed)).toThrow(`${SECRETS_KEY_ENV} must be set in production`);
    process.env[SECRETS_KEY_ENV] = 'a-production-key-of-at-least-32-characters';
    expect(decryptSecret(encryptSecret('password'))).toBe('password');
  });
  it('seals with a fresh nonce each time and opens only with the same key', () => {
    process.env[SECRETS_KEY_ENV] = 'key-one';
    const a = encryptSecret('SECding-secret');
    const b = encryptSecret('SECding-secret');
    expect(a).not.toBe(b);
    expect(a).not.toContain('SECding-secret');
    expect(decryptSecret(a)).toBe('SECding-secret');
    process.env[SECRETS_KEY_ENV] = 'key-two';
    expect(() => decryptSecret(a)).toThrow();
  });
  it('refuses a tampered value', () => {
    const sealed = encryptSecret('password');
    const [v, nonce, tag, body] = sealed.split('.');
    const flipped = Buffer.from(body!, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    expect(() => decryptSecret([v, nonce, tag, flipped.toString('base64url')].join('.'))).toThrow();
  });
  it('masks all but the last four characters, and a webhook’s token', () => {
    expect(maskSecret('smtp-pass-4711')).toBe('****4711');
    expect(maskSecret('abc')).toBe('****');
    expect(
      maskUrl('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693axxx6-7aoc-4bc4-97a0-0ec2sifa5aaa'),
    ).toBe('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=****5aaa');
  });
});
