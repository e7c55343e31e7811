import { describe, expect, it } from 'vitest';
import { readStorageEnv } from './file-store-choice.js';

const refusal = (env: Record<string, string>) => {
  try {
    readStorageEnv(env);
  } catch (error) {
    return (error as Error).message.split('\n');
  }
  throw new Error('the environment was accepted');
};

describe('the storage variables the command line reads', () => {
  it('reads them, an empty value counting as unset', () => {
    expect(
      readStorageEnv({ DATABASE_URL: 'postgres://rectify@db/rectify', RECTIFY_FILE_STORE: '', OTHER: 'x' }),
    ).toEqual({ DATABASE_URL: 'postgres://rectify@db/rectify' });
    expect(readStorageEnv({ RECTIFY_FILE_STORE: 's3', RECTIFY_S3_BUCKET: 'evidence' })).toEqual({
      RECTIFY_FILE_STORE: 's3',
      RECTIFY_S3_BUCKET: 'evidence',
    });
  });

  it('names each wrong variable on its own line, never repeating the database URL', () => {
    expect(
      refusal({
        DATABASE_URL: 'mysql://root:hunter2@db/x',
        RECTIFY_FILE_STORE: 'disk',
        RECTIFY_S3_ENDPOINT: 'oss',
      }),
    ).toEqual([
      'DATABASE_URL must be a postgres:// connection string',
      'RECTIFY_FILE_STORE must be one of database, s3, folder (got "disk")',
      'RECTIFY_S3_ENDPOINT must be a URL such as https://oss.example.cn (got "oss")',
    ]);
  });
});
