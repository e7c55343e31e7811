import { describe, expect, it } from 'vitest';
import { readEnv } from './env.js';

describe('the API environment', () => {
  it('runs in development with defaults, and loads the demo', () => {
    const env = readEnv({});
    expect(env).toMatchObject({
      production: false,
      port: 4000,
      host: '127.0.0.1',
      loadDemo: true,
      databaseUrl: undefined,
    });
    expect(env.corsOrigins).toContain('http://localhost:5173');
  });

  it('refuses to run in production with the development secret or a short one', () => {
    expect(() => readEnv({ NODE_ENV: 'production' })).toThrow(/RECTIFY_JWT_SECRET/);
    expect(() => readEnv({ NODE_ENV: 'production', RECTIFY_JWT_SECRET: 'short' })).toThrow(
      /RECTIFY_JWT_SECRET/,
    );
    const env = readEnv({ NODE_ENV: 'production', RECTIFY_JWT_SECRET: 'x'.repeat(40) });
    expect(env).toMatchObject({ production: true, loadDemo: false, corsOrigins: [] });
  });

  it('refuses a port that is not one', () => {
    expect(() => readEnv({ PORT: 'eighty' })).toThrow(/PORT/);
  });

  it('reads the database, origins and limits', () => {
    const env = readEnv({
      DATABASE_URL: 'postgres://x@h/db',
      RECTIFY_CORS_ORIGINS: 'https://a.example, https://b.example',
      RECTIFY_MAX_QUERY_DEPTH: '7',
    });
    expect(env).toMatchObject({
      databaseUrl: 'postgres://x@h/db',
      maxQueryDepth: 7,
      corsOrigins: ['https://a.example', 'https://b.example'],
    });
  });
});
