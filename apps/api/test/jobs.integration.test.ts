import { makeLeader, makeUnit } from '@rectify/db/testing';
import { jobDefinitions } from '@rectify/services';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../src/testing/index.js';

// The jobs page's query and retry over HTTP: ADMIN sees the queue with each job's error; no other role does.
let api: TestApi;
let broken = true;
beforeAll(async () => {
  api = await startTestApi({
    jobs: {
      pollingIntervalSeconds: 0.5,
      definitions: {
        ...jobDefinitions,
        DAILY_DIGEST: {
          ...jobDefinitions.DAILY_DIGEST,
          retry: { retryLimit: 0, retryDelay: 1, retryBackoff: false },
          run: async (db, data) => {
            if (data.fail && broken) throw new Error('短信网关无响应 SMS gateway down');
            return jobDefinitions.DAILY_DIGEST.run(db, data);
          },
        },
      },
    },
  });
});
afterAll(async () => {
  await api?.close();
});

interface Job {
  id: string;
  kind: string;
  state: string;
  attempts: number;
  error: string | null;
}
const JOBS = '($state: JobState) { jobs(state: $state) { id kind state attempts error } }';
const RETRY =
  'mutation ($id: String!) { retryJob(id: $id) { job { id state } errors { field code message } } }';

describe('the jobs query', () => {
  it('shows ADMIN each job, its state and its last error; a retry runs it again', async () => {
    const admin = await api.tokenFor('ADMIN');
    const queue = api.jobs!;
    const done = await queue.send('DAILY_DIGEST', { date: '2018-11-26' });
    await queue.result('DAILY_DIGEST', done);
    const failed = await queue.send('DAILY_DIGEST', { fail: true });
    await queue.result('DAILY_DIGEST', failed).catch(() => undefined);

    const all = await api.gql<{ jobs: Job[] }>(`query ${JOBS}`, {}, { token: admin });
    expect(all.errors).toBeUndefined();
    expect(all.data?.jobs).toEqual([
      {
        id: failed,
        kind: 'DAILY_DIGEST',
        state: 'FAILED',
        attempts: 1,
        error: '短信网关无响应 SMS gateway down',
      },
      { id: done, kind: 'DAILY_DIGEST', state: 'COMPLETED', attempts: 1, error: null },
    ]);
    const onlyFailed = await api.gql<{ jobs: Job[] }>(`query ${JOBS}`, { state: 'FAILED' }, { token: admin });
    expect(onlyFailed.data?.jobs.map((j) => j.id)).toEqual([failed]);

    const refused = await api.gql<{ retryJob: { errors: { code: string; message: string }[] } }>(
      RETRY,
      { id: done },
      { token: admin, locale: 'en' },
    );
    expect(refused.data?.retryJob.errors).toEqual([
      { field: 'state', code: 'INVALID_TRANSITION', message: 'only a failed job can be retried' },
    ]);
    const unknown = await api.gql<{ retryJob: { errors: { code: string }[] } }>(
      RETRY,
      { id: '00000000-0000-4000-8000-000000000000' },
      { token: admin },
    );
    expect(unknown.data?.retryJob.errors.map((e) => e.code)).toEqual(['NOT_FOUND']);

    broken = false;
    const retried = await api.gql<{ retryJob: { job: Job; errors: unknown[] } }>(
      RETRY,
      { id: failed },
      { token: admin },
    );
    expect(retried.data?.retryJob).toMatchObject({ job: { id: failed }, errors: [] });
    // Queued again: a worker may already have taken it (or finished it) by the time the answer is read.
    expect(['RETRY', 'ACTIVE', 'COMPLETED']).toContain(retried.data?.retryJob.job.state);
    await queue.result('DAILY_DIGEST', failed);
    const after = await api.gql<{ jobs: Job[] }>(`query ${JOBS}`, { state: 'COMPLETED' }, { token: admin });
    expect(after.data?.jobs.find((j) => j.id === failed)).toMatchObject({ attempts: 2, error: null });
  });

  it('is refused to every other role, and to anonymous callers', async () => {
    const unit = await makeUnit(api.db);
    const leader = await makeLeader(api.db);
    const tokens = [
      await api.tokenFor('OFFICE'),
      await api.tokenFor('LEADER', { leaderId: leader.id }),
      await api.tokenFor('UNIT', { unitId: unit.id }),
      await api.tokenFor('SUPERVISOR'),
      await api.tokenFor('DISCIPLINE'),
    ];
    for (const token of tokens) {
      const read = await api.gql(`query ${JOBS}`, {}, { token });
      expect(read.data).toBeNull();
      expect(read.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      const retry = await api.gql(RETRY, { id: '00000000-0000-4000-8000-000000000000' }, { token });
      expect(retry.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    }
    const anonymous = await api.gql(`query ${JOBS}`, {}, { token: null });
    expect(anonymous.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });
});
