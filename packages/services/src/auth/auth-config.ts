/** Sign-in settings. The secret comes from the caller (the API's environment): nothing here reads env. */
export interface AuthConfig {
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  /**
   * Wrong passwords allowed per (account, address) pair before each further try must wait; the wait starts at
   * `pairDelaySeconds` and doubles with every further failure, up to `maxPairDelaySeconds`. Counted per pair,
   * so nobody can lock an account out from elsewhere.
   */
  freeFailuresPerPair: number;
  pairDelaySeconds: number;
  maxPairDelaySeconds: number;
  /** A pair's failures are forgotten after this long without a try (a success forgets them at once). */
  pairResetSeconds: number;
  /** Wrong passwords per address within the window, whatever the accounts: guessing across accounts. */
  maxFailuresPerAddress: number;
  addressWindowSeconds: number;
}

export const DEFAULT_AUTH_LIMITS: Omit<AuthConfig, 'jwtSecret'> = {
  accessTokenTtlSeconds: 15 * 60,
  refreshTokenTtlSeconds: 7 * 24 * 3600,
  freeFailuresPerPair: 5,
  pairDelaySeconds: 30,
  maxPairDelaySeconds: 15 * 60,
  pairResetSeconds: 24 * 3600,
  maxFailuresPerAddress: 100,
  addressWindowSeconds: 3600,
};
