/** Sign-in settings. The secret comes from the caller (the API's environment): nothing here reads env. */
export interface AuthConfig {
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  /** Failed sign-ins allowed per account, and per address, within the window; further tries are refused. */
  maxFailuresPerAccount: number;
  maxFailuresPerAddress: number;
  failureWindowSeconds: number;
}

export const DEFAULT_AUTH_LIMITS: Omit<AuthConfig, 'jwtSecret'> = {
  accessTokenTtlSeconds: 15 * 60,
  refreshTokenTtlSeconds: 7 * 24 * 3600,
  maxFailuresPerAccount: 5,
  maxFailuresPerAddress: 20,
  failureWindowSeconds: 15 * 60,
};
