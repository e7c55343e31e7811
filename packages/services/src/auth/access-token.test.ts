import { describe, expect, it } from 'vitest';
import { signAccessToken, verifyAccessToken } from './access-token.js';
import { type AuthConfig, DEFAULT_AUTH_LIMITS } from './auth-config.js';

const config: AuthConfig = {
  jwtSecret: 'access-token-test-secret-access-token-test',
  ...DEFAULT_AUTH_LIMITS,
};
const claims = { userId: 7, role: 'UNIT' as const, unitId: 3, leaderId: null };
const at = (ms: number) => new Date(Date.UTC(2026, 10, 27) + ms);

// Verified tokens are remembered (access-token.ts): these check that remembering changes no answer.
describe('access tokens', () => {
  it('verify to their claims, the first time and again', async () => {
    const { token } = await signAccessToken(config, claims, at(0));
    const issued = { ...claims, issuedAtMs: at(0).getTime() };
    expect(await verifyAccessToken(config, token, at(1_000))).toEqual(issued);
    expect(await verifyAccessToken(config, token, at(2_000))).toEqual(issued);
  });

  it('stop verifying when they expire, though verified before', async () => {
    const { token, expiresAt } = await signAccessToken(config, claims, at(0));
    expect(await verifyAccessToken(config, token, at(1_000))).not.toBeNull();
    expect(await verifyAccessToken(config, token, new Date(expiresAt.getTime() - 1))).not.toBeNull();
    expect(await verifyAccessToken(config, token, expiresAt)).toBeNull();
  });

  it('do not verify under another secret, though verified under theirs', async () => {
    const { token } = await signAccessToken(config, claims, at(0));
    expect(await verifyAccessToken(config, token, at(1_000))).not.toBeNull();
    const other = { ...config, jwtSecret: 'another-secret-another-secret-another-secret' };
    expect(await verifyAccessToken(other, token, at(1_000))).toBeNull();
  });

  it('do not verify when altered', async () => {
    const { token } = await signAccessToken(config, claims, at(0));
    const [header, payload, signature] = token.split('.');
    const forged = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    forged.role = 'OFFICE';
    const altered = [header, Buffer.from(JSON.stringify(forged)).toString('base64url'), signature].join('.');
    expect(await verifyAccessToken(config, altered, at(1_000))).toBeNull();
  });
});
